/**
 * The questionnaire as an XState v5 machine: load the dataset, choose a perspective, answer
 * one question at a time (back, change), review, result, start over. The engine decides which
 * question comes next; this machine only keeps the answers and where the person is.
 *
 * Answers are never deleted by going back or changing an earlier answer: answers that the new
 * path no longer needs are kept (they come back if the path returns) but do not count.
 */
import { assign, fromPromise, setup } from 'xstate';
import type { Dataset, Perspective } from '../dataset/schema.js';
import { walk, type Walk } from '../engine/next-question.js';
import { makeContext } from '../engine/context.js';
import { crisisRoutes, type Route } from '../engine/route.js';
import type { Answer, Answers } from '../engine/types.js';

export interface FlowInput {
  /** Loads (and validates) the dataset; a rejection shows the error screen. */
  load: () => Promise<Dataset>;
  /** Preselect who it is for; the start screen then skips the choice. */
  perspectief?: Perspective;
  /** Check date JJJJ-MM-DD (default today). */
  datum?: string;
  /** Answers to restore (host opted in to session storage). */
  answers?: Answers;
}

export interface FlowContext {
  load: () => Promise<Dataset>;
  dataset?: Dataset;
  error?: unknown;
  preset?: Perspective;
  perspectief?: Perspective;
  datum?: string;
  /** Every answer given, also those the current path no longer needs. */
  answers: Record<string, Answer>;
  /** The question on screen. */
  shown?: string;
  /** The path for the current answers (recomputed after every change). */
  walk?: Walk;
  /** The crisis lines that fit the answers so far: at the top of every screen from then on. */
  crisis: Route[];
  /** Changing an answer from the review screen: return there when nothing new is needed. */
  fromReview: boolean;
}

export type FlowEvent =
  | { type: 'KIES'; perspectief: Perspective }
  | { type: 'START' }
  | { type: 'ANTWOORD'; waarde: Answer }
  | { type: 'TERUG' }
  | { type: 'WIJZIG'; vraag: string }
  | { type: 'BEKIJK_RESULTAAT' }
  | { type: 'NAAR_OVERZICHT' }
  | { type: 'OPNIEUW' };

function recompute(ctx: FlowContext): Walk | undefined {
  if (!ctx.dataset || !ctx.perspectief) return undefined;
  return walk(ctx.dataset, ctx.answers, { perspectief: ctx.perspectief, datum: ctx.datum });
}

function crisisOf(ctx: FlowContext, w: Walk | undefined): Route[] {
  if (!ctx.dataset || !ctx.perspectief || !w) return [];
  return crisisRoutes(makeContext(ctx.dataset, w.answers, { perspectief: ctx.perspectief, datum: ctx.datum }));
}

/** After answering `shown`: the next question on the path, or the first unanswered one. */
function nextShown(w: Walk, shown: string | undefined, fromReview: boolean): string | undefined {
  if (fromReview) return w.vraag?.id;
  const i = shown ? w.path.indexOf(shown) : -1;
  if (i >= 0 && i + 1 < w.path.length) return w.path[i + 1];
  return w.vraag?.id;
}

export const wizardMachine = setup({
  types: {
    context: {} as FlowContext,
    events: {} as FlowEvent,
    input: {} as FlowInput,
  },
  actors: {
    loadDataset: fromPromise<Dataset, { load: () => Promise<Dataset> }>(({ input }) => input.load()),
  },
  guards: {
    noPerspective: ({ context }) => !context.perspectief,
    fromReview: ({ context }) => context.fromReview,
    canGoBack: ({ context }) => !!context.walk && !!context.shown && context.walk.path.length > 0 && context.walk.path.indexOf(context.shown) !== 0,
    loaded: ({ context }) => !!context.dataset,
  },
  actions: {
    reset: assign(({ context }) => ({
      answers: {}, shown: undefined, walk: undefined, fromReview: false, crisis: [],
      perspectief: context.preset,
    })),
    begin: assign(({ context }) => {
      const w = recompute(context);
      return { walk: w, shown: w?.path[0] ?? w?.vraag?.id, fromReview: false, crisis: crisisOf(context, w) };
    }),
  },
}).createMachine({
  id: 'regelingenwijzer',
  context: ({ input }) => ({
    load: input.load, preset: input.perspectief, perspectief: input.perspectief,
    datum: input.datum, answers: { ...(input.answers ?? {}) }, fromReview: false, crisis: [],
  }),
  initial: 'laden',
  states: {
    laden: {
      invoke: {
        src: 'loadDataset',
        input: ({ context }) => ({ load: context.load }),
        onDone: { target: 'start', actions: assign({ dataset: ({ event }) => event.output }) },
        onError: { target: 'fout', actions: assign({ error: ({ event }) => event.error }) },
      },
    },
    fout: {},
    start: {
      on: {
        KIES: { actions: assign({ perspectief: ({ event }) => event.perspectief }) },
        START: [{ guard: 'noPerspective' }, { target: 'vragen', actions: 'begin' }],
      },
    },
    vragen: {
      always: { guard: ({ context }) => !context.shown, target: 'overzicht' },
      on: {
        ANTWOORD: {
          actions: assign(({ context, event }) => {
            const answers = { ...context.answers, [context.shown!]: event.waarde };
            const w = recompute({ ...context, answers });
            return { answers, walk: w, shown: w ? nextShown(w, context.shown, context.fromReview) : undefined, crisis: crisisOf(context, w) };
          }),
        },
        TERUG: [
          { guard: 'fromReview', target: 'overzicht' },
          {
            guard: 'canGoBack',
            actions: assign(({ context }) => {
              const path = context.walk!.path;
              const i = path.indexOf(context.shown!);
              return { shown: path[(i < 0 ? path.length : i) - 1] };
            }),
          },
          { target: 'start' },
        ],
        NAAR_OVERZICHT: { target: 'overzicht' },
      },
    },
    overzicht: {
      entry: assign({ fromReview: false, shown: undefined }),
      on: {
        WIJZIG: { target: 'vragen', actions: assign({ shown: ({ event }) => event.vraag, fromReview: true }) },
        BEKIJK_RESULTAAT: { target: 'resultaat' },
        TERUG: {
          target: 'vragen',
          actions: assign(({ context }) => ({ shown: context.walk?.path.at(-1) })),
        },
      },
    },
    resultaat: {
      on: {
        NAAR_OVERZICHT: { target: 'overzicht' },
      },
    },
  },
  on: {
    OPNIEUW: { guard: 'loaded', target: '.start', actions: 'reset' },
  },
});
