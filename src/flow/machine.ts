/**
 * The questionnaire as an XState v5 machine: load the dataset, choose a perspective, answer
 * one question at a time (back, change), review, result, start over. The engine decides which
 * question comes next; this machine keeps the answers and where the person is, and computes the
 * outcome once, on entering the result. What each screen shows is `viewOf` (view.ts).
 *
 * Answers are never deleted by going back or changing an earlier answer: answers that the new
 * path no longer needs are kept (they come back if the path returns) but do not count.
 *
 * The top-level state names are public: they are the `scherm` of the host's step event.
 * `vragen` has three modes: `doorlopen` (the first time through), `wijzigen` (changing an answer
 * from the review: back to the review when nothing new is needed) and `aanvullen` (more topics
 * from the result: only the extra questions, then back to the result).
 */
import { assertEvent, assign, fromPromise, setup, type SnapshotFrom } from 'xstate';
import type { Dataset, Perspective } from '../dataset/model.js';
import { walk, type Walk } from '../engine/walk.js';
import { makeContext } from '../engine/context.js';
import { checkDateFor, earliestPeriod } from '../engine/check-date.js';
import { explainAll } from '../engine/outcome.js';
import { crisisRoutes, route, type GemeenteKeuze, type Gemeenten, type Route } from '../engine/route.js';
import type { Answer, Answers, Context, Result } from '../engine/types.js';
import type { Text } from '../dataset/model.js';
import { loadWith, type Loaded } from './load.js';

export interface FlowInput {
  /**
   * Loads (and validates) the dataset, with the overlay of `gemeente` (default: the host's); a
   * rejection shows the error screen.
   */
  load: (gemeente?: string) => Promise<Dataset>;
  /** A hand-over link's fragment (`#rw1.…`), already taken out of the address bar: restore its answers. */
  handover?: string;
  /** Preselect who it is for; the start screen then skips the choice. */
  perspectief?: Perspective;
  /** Check date JJJJ-MM-DD (default today). */
  datum?: string;
  /** Answers to keep (a restart with new settings, or the host opted in to session storage). */
  answers?: Answers;
  /** CBS code: the error screen names this municipality's contact when we ship its overlay. */
  gemeente?: string;
  /** The crisis lines that fitted before a restart: they stay on screen through the reload, also when it fails. */
  crisis?: Route[];
  /**
   * A restart in the middle of a journey (new settings, moved in the DOM), in this perspective:
   * once loaded, go on at the next open question (or the review), not at the start screen.
   */
  hervat?: Perspective;
}

/** The outcome, computed once on entering the result. */
export interface Uitkomst {
  results: Result[];
  routes: Route[];
  /** The engine context the outcome was computed in (labels, topics, check date). */
  ctx: Context;
}

export interface FlowContext {
  load: (gemeente?: string) => Promise<Dataset>;
  gemeente?: string;
  handover?: string;
  /** Where the asker and (carer) the cared-for person live, chosen from the list on the result. */
  keuze: Gemeenten;
  /** Why a hand-over link could not be read. */
  melding?: Text;
  /** The answers came from a hand-over link: the person's own device, not the GP's consult ("Volgende patiënt" does not belong). */
  overgedragen?: boolean;
  dataset?: Dataset;
  error?: unknown;
  preset?: Perspective;
  perspectief?: Perspective;
  /** Continue a journey after a restart, in this perspective (until the dataset is loaded). */
  hervat?: Perspective;
  datum?: string;
  /** Every answer given, also those the current path no longer needs. */
  answers: Record<string, Answer>;
  /** The question on screen. */
  shown?: string;
  /** The path for the current answers (recomputed after every change). */
  walk?: Walk;
  /** The crisis lines that fit the answers so far: at the top of every screen from then on. */
  crisis: Route[];
  uitkomst?: Uitkomst;
}

export type FlowEvent =
  | { type: 'KIES'; perspectief: Perspective }
  | { type: 'START' }
  | { type: 'ANTWOORD'; waarde: Answer }
  | { type: 'TERUG' }
  | { type: 'WIJZIG'; vraag: string }
  | { type: 'BEKIJK_RESULTAAT' }
  | { type: 'NAAR_OVERZICHT' }
  | { type: 'ONDERWERPEN' }
  /** The municipality chosen on the result: the asker's own (`zelf`) and/or the cared-for person's (`persoon`). */
  | { type: 'GEMEENTE'; zelf?: GemeenteKeuze; persoon?: GemeenteKeuze }
  /** The error screen's "Probeer opnieuw": load again. */
  | { type: 'OPNIEUW_LADEN' }
  | { type: 'OPNIEUW' };

const engineCtx = (c: FlowContext, answers: Answers): Context =>
  makeContext(c.dataset!, answers, { perspectief: c.perspectief!, datum: c.datum });

/** The path and the crisis lines for the given answers. */
function recompute(c: FlowContext, answers: Record<string, Answer>) {
  const w = walk(c.dataset!, answers, { perspectief: c.perspectief!, datum: c.datum });
  return { answers, walk: w, crisis: crisisRoutes(engineCtx(c, w.answers)) };
}

/** Answer the question on screen; `next` picks the question after it. */
function answer(c: FlowContext, e: FlowEvent, next: (w: Walk, shown: string) => string | undefined) {
  assertEvent(e, 'ANTWOORD');
  const r = recompute(c, { ...c.answers, [c.shown!]: e.waarde });
  return { ...r, shown: next(r.walk, c.shown!) };
}

export const wizardMachine = setup({
  types: {
    context: {} as FlowContext,
    events: {} as FlowEvent,
    input: {} as FlowInput,
  },
  actors: {
    loadDataset: fromPromise<Loaded, { load: FlowContext['load']; gemeente?: string; handover?: string }>(({ input }) =>
      loadWith(input.load, input.gemeente, input.handover),
    ),
  },
  guards: {
    noPerspective: ({ context }) => !context.perspectief,
    done: ({ context }) => !context.shown,
    canGoBack: ({ context: c }) => !!c.walk?.path.length && c.walk.path.indexOf(c.shown!) !== 0,
    hasDataset: ({ context }) => !!context.dataset,
    hasTopics: ({ context }) => !!context.dataset?.vragen.some((q) => q.hulpvraag),
    /** The load carried a hand-over link's answers (`params`: the loader's output). */
    restored: (_, loaded: Loaded) => !!loaded.restored,
    /** A restart in the middle of a journey. */
    resuming: ({ context }) => !!context.hervat,
    /** The asker's municipality changed from the one the dataset was loaded for: load its overlay. */
    otherOverlay: ({ context: c, event }) => {
      assertEvent(event, 'GEMEENTE');
      const code = event.zelf?.code;
      return !c.gemeente && !!code && code !== (c.dataset?.gemeente?.code ?? c.keuze.zelf?.code);
    },
    moreToAsk: ({ context }) => !!context.walk?.vraag,
    /** Start over after the person chose another municipality than the host's: the host's dataset must be loaded again. */
    chosenOverlay: ({ context: c }) => !c.gemeente && !!c.keuze.zelf && !!c.dataset?.gemeente,
  },
  actions: {
    /** The dataset is loaded (`params`: the loader's output); a link that could not be read leaves a message. */
    loaded: assign((_, { dataset, melding }: Loaded) => ({ dataset, melding, handover: undefined })),
    /** A hand-over link's answers (`params`: the loader's output): the person continues where the link was made. */
    restore: assign((_, { dataset, restored: r }: Loaded) => ({
      dataset,
      perspectief: r!.perspectief,
      answers: r!.answers,
      keuze: r!.keuze,
      handover: undefined,
      hervat: undefined,
      overgedragen: true,
    })),
    /** After a restart: the answers kept, on at the next open question (none left: the review). */
    resume: assign(({ context }) => {
      const c = { ...context, perspectief: context.hervat };
      const r = recompute(c, c.answers);
      return { ...r, perspectief: c.perspectief, hervat: undefined, shown: r.walk.vraag?.id };
    }),
    /** The chosen municipality's dataset (`params`): the path and crisis lines for the answers so far. */
    overlayLoaded: assign(({ context }, dataset: Dataset) => ({ dataset, ...recompute({ ...context, dataset }, context.answers) })),
    /** Loading failed (`params`: the error): the error screen. */
    failed: assign((_, { error }: { error: unknown }) => ({ error })),
    pick: assign(({ event }) => {
      assertEvent(event, 'KIES');
      return { perspectief: event.perspectief };
    }),
    /** From the review: the question to change. */
    change: assign(({ event }) => {
      assertEvent(event, 'WIJZIG');
      return { shown: event.vraag };
    }),
    /** No question on screen (the review, the result). */
    hide: assign({ shown: undefined }),
    /** Back from the review: the last question on the path. */
    showLast: assign(({ context }) => ({ shown: context.walk?.path.at(-1) })),
    /** The first question still open. */
    showOpen: assign(({ context }) => ({ shown: context.walk!.vraag!.id })),
    /** More topics from the result: the question that asks for them. */
    showTopics: assign(({ context }) => ({ shown: context.dataset!.vragen.find((q) => q.hulpvraag)!.id })),
    /** A check date before the dataset's earliest period: today's rules, with a warning. */
    checkDate: assign(({ context: c }) => {
      const datum = checkDateFor(c.dataset!, c.datum);
      if (datum !== c.datum)
        console.warn(
          `Regelingenwijzer: datum="${c.datum}" ligt voor de eerste periode van de dataset (${earliestPeriod(c.dataset!)}); de widget rekent met de regels van vandaag. / before the dataset's earliest period; using today's rules.`,
        );
      return { datum };
    }),
    reset: assign(({ context }) => ({
      answers: {},
      shown: undefined,
      walk: undefined,
      crisis: [],
      uitkomst: undefined,
      perspectief: context.preset,
      keuze: {},
      melding: undefined,
    })),
    choose: assign(({ context, event: e }) => {
      assertEvent(e, 'GEMEENTE');
      return { keuze: { ...context.keuze, ...(e.zelf ? { zelf: e.zelf } : {}), ...(e.persoon ? { persoon: e.persoon } : {}) } };
    }),
    begin: assign(({ context }) => {
      const r = recompute(context, context.answers);
      return { ...r, shown: r.walk.path[0] ?? r.walk.vraag?.id };
    }),
    /** First time through: the next question on the path, or the first unanswered one. */
    answerOnward: assign(({ context, event }) =>
      answer(context, event, (w, shown) => {
        const i = w.path.indexOf(shown);
        return i >= 0 && i + 1 < w.path.length ? w.path[i + 1] : w.vraag?.id;
      }),
    ),
    /** Changing or adding: only what is still unanswered. */
    answerOpen: assign(({ context, event }) => answer(context, event, (w) => w.vraag?.id)),
    back: assign(({ context: c }) => {
      const path = c.walk!.path;
      const i = path.indexOf(c.shown!);
      return { shown: path[(i < 0 ? path.length : i) - 1] };
    }),
    outcome: assign(({ context: c }) => {
      const ctx = engineCtx(c, c.walk!.answers);
      const results = explainAll(ctx);
      return { uitkomst: { results, routes: route(ctx, results, c.keuze), ctx } };
    }),
  },
}).createMachine({
  id: 'regelingenwijzer',
  context: ({ input }) => ({
    load: input.load,
    gemeente: input.gemeente,
    preset: input.perspectief,
    perspectief: input.perspectief,
    datum: input.datum,
    answers: { ...input.answers },
    crisis: input.crisis ?? [],
    handover: input.handover,
    hervat: input.hervat,
    keuze: {},
  }),
  initial: 'laden',
  states: {
    laden: {
      invoke: {
        src: 'loadDataset',
        input: ({ context }) => ({ load: context.load, gemeente: context.gemeente, handover: context.handover }),
        onDone: [
          // A hand-over link: its answers, straight to the result (the person can change them there).
          {
            guard: { type: 'restored', params: ({ event }) => event.output },
            target: 'resultaat',
            actions: [{ type: 'restore', params: ({ event }) => event.output }, 'checkDate', 'begin'],
          },
          // A restart mid-journey: on where the person was (the review when nothing is open).
          {
            guard: 'resuming',
            target: 'vragen',
            actions: [{ type: 'loaded', params: ({ event }) => event.output }, 'checkDate', 'resume'],
          },
          { target: 'start', actions: [{ type: 'loaded', params: ({ event }) => event.output }, 'checkDate'] },
        ],
        onError: { target: 'fout', actions: { type: 'failed', params: ({ event }) => ({ error: event.error }) } },
      },
    },
    fout: { on: { OPNIEUW_LADEN: 'laden' } },
    start: {
      on: {
        KIES: { actions: 'pick' },
        START: [{ guard: 'noPerspective' }, { target: 'vragen', actions: 'begin' }],
      },
    },
    vragen: {
      initial: 'doorlopen',
      // From the crisis help at the top: straight to the result with the answers so far.
      on: { BEKIJK_RESULTAAT: { target: 'resultaat' } },
      states: {
        doorlopen: {
          always: { guard: 'done', target: '#regelingenwijzer.overzicht' },
          on: {
            ANTWOORD: { actions: 'answerOnward' },
            TERUG: [{ guard: 'canGoBack', actions: 'back' }, { target: '#regelingenwijzer.start' }],
          },
        },
        wijzigen: {
          always: { guard: 'done', target: '#regelingenwijzer.overzicht' },
          on: { ANTWOORD: { actions: 'answerOpen' }, TERUG: { target: '#regelingenwijzer.overzicht' } },
        },
        aanvullen: {
          always: { guard: 'done', target: '#regelingenwijzer.resultaat' },
          on: { ANTWOORD: { actions: 'answerOpen' }, TERUG: { target: '#regelingenwijzer.resultaat' } },
        },
      },
    },
    overzicht: {
      entry: 'hide',
      on: {
        WIJZIG: { target: 'vragen.wijzigen', actions: 'change' },
        BEKIJK_RESULTAAT: { target: 'resultaat' },
        TERUG: { target: 'vragen.doorlopen', actions: 'showLast' },
      },
    },
    resultaat: {
      entry: 'outcome',
      initial: 'tonen',
      states: {
        tonen: {
          on: {
            GEMEENTE: [{ guard: 'otherOverlay', target: 'gemeente', actions: 'choose' }, { actions: ['choose', 'outcome'] }],
          },
        },
        // The chosen municipality's overlay (local counters and regelingen); new questions it needs are asked.
        gemeente: {
          invoke: {
            src: 'loadDataset',
            input: ({ context }) => ({ load: context.load, gemeente: context.keuze.zelf?.code }),
            onDone: { target: 'klaar', actions: { type: 'overlayLoaded', params: ({ event }) => event.output.dataset } },
            onError: { target: '#regelingenwijzer.fout', actions: { type: 'failed', params: ({ event }) => ({ error: event.error }) } },
          },
        },
        klaar: {
          always: [
            { guard: 'moreToAsk', target: '#regelingenwijzer.vragen.aanvullen', actions: 'showOpen' },
            { target: 'tonen', actions: 'outcome' },
          ],
        },
      },
      on: {
        NAAR_OVERZICHT: { target: 'overzicht' },
        ONDERWERPEN: {
          guard: 'hasTopics',
          target: 'vragen.aanvullen',
          actions: 'showTopics',
        },
      },
    },
  },
  on: {
    OPNIEUW: [
      // The previous person's municipality is not kept either: back to the host's dataset.
      { guard: 'chosenOverlay', target: '.laden', actions: 'reset' },
      { guard: 'hasDataset', target: '.start', actions: 'reset' },
    ],
  },
});

/** In the middle of a journey: a question, the review or the result is on screen. */
export const midJourney = (s: SnapshotFrom<typeof wizardMachine>): boolean =>
  s.matches('vragen') || s.matches('overzicht') || s.matches('resultaat');

/**
 * What a restart (new settings, moved in the DOM) carries over from the machine it replaces: the
 * answers, the crisis lines on screen, and in the middle of a journey the perspective to go on in.
 */
export function carriedOver(s: SnapshotFrom<typeof wizardMachine>): Pick<FlowInput, 'answers' | 'crisis' | 'hervat'> {
  return { answers: s.context.answers, crisis: s.context.crisis, hervat: midJourney(s) ? s.context.perspectief : undefined };
}
