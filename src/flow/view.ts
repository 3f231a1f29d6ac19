/**
 * What each screen shows, as data: `viewOf(snapshot)` turns the machine's state into one typed
 * screen per public `scherm` (laden, fout, start, vragen, overzicht, resultaat). It is pure and
 * language-free (texts are picked by the renderer), and holds everything a screen shows and
 * every host event it causes, so the screen and the events cannot disagree.
 */
import type { SnapshotFrom } from 'xstate';
import { embeddedCounters } from '../dataset/source.js';
import {
  ALL_TOPICS,
  SUBJECTS,
  type Contact,
  type Option,
  type Perspective,
  type Question,
  type Subject,
  type Text,
} from '../dataset/model.js';
import { applicable, figureYears } from '../engine/outcome.js';
import type { KnownDate } from '../engine/dates.js';
import { fitsCrisis, type GemeenteKeuze, type Route } from '../engine/route.js';
import type { Answer, Answers, Context, Result } from '../engine/types.js';
import { makeContext } from '../engine/context.js';
import { walk } from '../engine/walk.js';
import type { wizardMachine } from './machine.js';

export type Snapshot = SnapshotFrom<typeof wizardMachine>;
export type Scherm = 'laden' | 'fout' | 'start' | 'vragen' | 'overzicht' | 'resultaat';

/** The detail of the host's `regelingenwijzer:step` event: never an answer. */
export interface Step {
  scherm: Scherm;
  vraag?: string;
}

interface Base {
  /** Changes exactly when a new screen is shown (focus, announcement, step event). */
  key: string;
  step: Step;
  /** The crisis lines that fit the answers so far: first on every screen but the result (which they lead), also while loading and on the error screen. */
  crisis: Route[];
}

export interface LadenView extends Base {
  scherm: 'laden';
}
export interface FoutView extends Base {
  scherm: 'fout';
  /** The municipality's general contact, when we ship its overlay. */
  contact?: Contact;
  /** The `regelingenwijzer:error` detail. */
  fout: { url?: string; reden: string; problemen?: unknown[] };
  /** What to log on the console. */
  log: unknown[];
}
export interface StartView extends Base {
  scherm: 'start';
  preset?: Perspective;
  gekozen?: Perspective;
  /** Why a hand-over link could not be read ("Vul de vragen opnieuw in"). */
  melding?: Text;
}
export interface VraagView extends Base {
  scherm: 'vragen';
  vraag: Question;
  perspectief: Perspective;
  antwoord?: Answer;
  nummer: number;
  /** At most this many questions after this one. */
  nog: number;
}
export interface OverzichtView extends Base {
  scherm: 'overzicht';
  perspectief: Perspective;
  rijen: { vraag: Question; antwoord: Answer }[];
}
/**
 * The counters for one person, in the engine's order. A counter appears once: with the first
 * person (in SUBJECTS order) a regeling of it is for; a regeling there for the other person says so.
 */
export interface Groep {
  voor: Subject;
  routes: Route[];
}
/** One thing to bring (a document, a letter), once, with the counters that ask for it. */
export interface Meenemen {
  tekst: Text;
  /** Indexes into `routes`, in route order. */
  loketten: number[];
}
export interface ResultaatView extends Base {
  scherm: 'resultaat';
  perspectief: Perspective;
  datum: string;
  /** Crisis lines that fit: they lead the result. */
  leiding: Route[];
  groepen: Groep[];
  /** Whether the groups carry a heading ("Voor uzelf"). */
  perPersoon: boolean;
  /** Every route, the leading ones first: the short overview. */
  routes: Route[];
  /** What does not fit (crisis lines left out): rendered only when opened. */
  pastNiet: Result[];
  /** What does not fit yet, but will within a year as the person gets older (`komt`): shown, with the month when known. */
  komt: Result[];
  /** The chosen topics and those not checked, when the topic question was answered with topics. */
  onderwerpen?: { gekozen: Option[]; nietBekeken: Option[] };
  /** The `regelingenwijzer:result` detail. */
  uitslag: { past: string[]; misschien: string[] };
  /** A question's or derived fact's short label. */
  label: (id: string) => Text | undefined;
  /**
   * Choosing the municipality on the result, where it can change a counter: the asker's own when
   * the host page did not fix it (`vraagZelf`), and in the carer perspective where the cared-for
   * person lives (`vraagPersoon`).
   */
  gemeente: { vraagZelf: boolean; vraagPersoon: boolean; zelf?: GemeenteKeuze; persoon?: GemeenteKeuze; vast?: string };
  /** The years of the figures the outcome was checked with (for the handout). */
  jaren: string[];
  /** What to bring, across all counters, in the order first asked for. */
  meenemen: Meenemen[];
  /** The dates the widget knows for "Zet in uw agenda" (computed, and its code loaded, only when asked). */
  agenda: () => Promise<KnownDate[]>;
  /**
   * The engine's context of this result (dataset, answers, perspective, date), for what is
   * loaded on demand: the amounts, "Dit past wel als …" and the handout (engine/amount.ts,
   * engine/would-fit.ts). Never in an event.
   */
  context: Context;
  /**
   * The context for other answers, as the machine makes a result's (only the answers on the walk's
   * path count): for "Wat als …?" (engine/what-if.ts). Changes nothing.
   */
  contextFor: (answers: Answers) => Context;
  /**
   * What "Verder op uw telefoon" carries, read only when the person asks for the link (never in
   * an event): the perspective, the municipalities, the answers that count, the questions.
   */
  delen: () => {
    perspectief: Perspective;
    gemeente?: string;
    gemeentePersoon?: string;
    antwoorden: Record<string, Answer>;
    vragen: Question[];
  };
}

export type View = LadenView | FoutView | StartView | VraagView | OverzichtView | ResultaatView;

/** The ids for the host's result event: never a sensitive regeling (`gevoelig`) or a crisis line (special-category data). */
const ids = (rs: Result[], u: Result['uitkomst']) =>
  rs.filter((r) => r.uitkomst === u && !r.regeling.gevoelig && !r.regeling.crisis).map((r) => r.regeling.id);

/** A crisis line that fits leads the result, above everything else. */
const leads = fitsCrisis;

/** Per person, the person the questions are about first ("Voor degene voor wie u zorgt", then "Voor uzelf"). */
function groups(routes: Route[]): Groep[] {
  const out = new Map<Subject, Route[]>(SUBJECTS.map((s) => [s, []]));
  for (const r of routes) {
    const voor = SUBJECTS.find((s) => r.results.some((x) => x.regeling.voor === s))!;
    out.get(voor)!.push(r);
  }
  return [...out].filter(([, rs]) => rs.length).map(([voor, rs]) => ({ voor, routes: rs }));
}

/** Each document once (by its Dutch wording), with the counters whose regelingen ask for it. */
function toBring(routes: Route[]): Meenemen[] {
  const byText = new Map<string, Meenemen>();
  routes.forEach((r, i) => {
    for (const res of r.results) {
      for (const m of res.regeling.meenemen ?? []) {
        let item = byText.get(m.nl);
        if (!item) byText.set(m.nl, (item = { tekst: m, loketten: [] }));
        if (!item.loketten.includes(i)) item.loketten.push(i);
      }
    }
  });
  return [...byText.values()];
}

function result(s: Snapshot, base: Base): ResultaatView {
  const { results, routes, ctx } = s.context.uitkomst!;
  const leiding = routes.filter(leads);
  const groepen = groups(routes.filter((r) => !leads(r)));
  const ordered = [...leiding, ...routes.filter((r) => !leads(r))];
  const topic = ctx.topic;
  const chosen = topic && ctx.answers[topic.id];
  let onderwerpen: ResultaatView['onderwerpen'];
  if (topic && Array.isArray(chosen) && !chosen.includes(ALL_TOPICS)) {
    const inScope = new Set(applicable(ctx).flatMap((r) => r.onderwerpen ?? []));
    const opties = topic.opties ?? [];
    onderwerpen = {
      gekozen: opties.filter((o) => chosen.includes(o.waarde)),
      nietBekeken: opties.filter((o) => inScope.has(o.waarde) && !chosen.includes(o.waarde)),
    };
  }
  const role = (r: Route) => r.loket.soort === 'rol';
  const carer = ctx.perspectief === 'mantelzorger';
  const { keuze, gemeente: vast } = s.context;
  const gemeente = {
    vraagZelf: !vast && (!!keuze.zelf || routes.some(role)),
    vraagPersoon:
      carer && (!!keuze.persoon || routes.some((r) => role(r) && r.results.some((x) => (x.regeling.loketVan ?? 'persoon') === 'persoon'))),
    zelf: keuze.zelf,
    persoon: keuze.persoon,
    vast,
  };
  return {
    ...base,
    scherm: 'resultaat',
    perspectief: ctx.perspectief,
    datum: ctx.datum,
    gemeente,
    jaren: figureYears(ctx, results),
    context: ctx,
    contextFor: (answers) => makeContext(ctx.ds, walk(ctx.ds, answers, ctx).answers, ctx),
    delen: () => ({
      perspectief: ctx.perspectief,
      gemeente: vast ?? keuze.zelf?.code,
      gemeentePersoon: keuze.persoon?.code,
      antwoorden: { ...s.context.walk!.answers },
      vragen: s.context.dataset!.vragen,
    }),
    leiding,
    groepen,
    perPersoon: groepen.length > 1 || ctx.perspectief === 'mantelzorger' || ctx.perspectief === 'werkgever',
    routes: ordered,
    meenemen: toBring(ordered),
    agenda: async () => (await import('../engine/dates.js')).knownDates(ctx, results),
    // A crisis line that does not apply is not a regeling someone missed: leave it out.
    pastNiet: results.filter((r) => r.uitkomst === 'past-niet' && !r.regeling.crisis && !r.komt),
    komt: results.filter((r) => r.komt),
    onderwerpen,
    uitslag: { past: ids(results, 'past'), misschien: ids(results, 'misschien') },
    label: (id) => (ctx.questions.get(id) ?? ctx.derived.get(id))?.label,
  };
}

function failure(s: Snapshot, base: Base): FoutView {
  const e = s.context.error as (Error & { url?: string; reason?: string; problems?: unknown[] }) | undefined;
  // By name: the on-demand chunk may carry its own copy of the LoadError class.
  const load = e?.name === 'LoadError';
  const counters = embeddedCounters(s.context.gemeente);
  return {
    ...base,
    scherm: 'fout',
    contact: counters?.['gemeente-algemeen'] ?? counters?.['wmo-loket'],
    fout: load ? { url: e!.url, reden: e!.reason!, problemen: e!.problems } : { reden: String(e) },
    log: [e instanceof Error ? e.message : e, load ? e!.problems : ''],
  };
}

/** The screen for a snapshot of the machine. */
export function viewOf(s: Snapshot): View {
  const c = s.context;
  const scherm = (typeof s.value === 'string' ? s.value : Object.keys(s.value)[0]) as Scherm;
  const vraag = scherm === 'vragen' ? c.shown : undefined;
  const base: Base = {
    key: `${scherm}:${vraag ?? ''}`,
    step: { scherm, vraag },
    crisis: scherm === 'resultaat' ? [] : c.crisis,
  };
  const p = c.perspectief!;
  switch (scherm) {
    case 'fout':
      return failure(s, base);
    case 'start':
      return { ...base, scherm, preset: c.preset, gekozen: c.perspectief, melding: c.melding };
    case 'vragen': {
      const q = c.dataset!.vragen.find((x) => x.id === c.shown)!;
      const w = c.walk!;
      const i = w.path.indexOf(q.id);
      return {
        ...base,
        scherm,
        vraag: q,
        perspectief: p,
        antwoord: c.answers[q.id],
        nummer: (i >= 0 ? i : w.path.length) + 1,
        nog: i >= 0 ? w.path.length - i - 1 + w.nogHoogstens : w.nogHoogstens - 1,
      };
    }
    case 'overzicht': {
      const byId = new Map(c.dataset!.vragen.map((q) => [q.id, q]));
      return {
        ...base,
        scherm,
        perspectief: p,
        rijen: c.walk!.path.map((id) => ({ vraag: byId.get(id)!, antwoord: c.walk!.answers[id]! })),
      };
    }
    case 'resultaat':
      return result(s, base);
    default:
      return { ...base, scherm: 'laden' };
  }
}
