/**
 * Where to go: group the regelingen that fit (or may fit) by the counter to ask at, resolve a
 * municipal role through the municipality of the right subject, crisis lines first.
 */
import type { Contact, Counter, Regeling, Text } from '../dataset/schema.js';
import { applicable, decide, explain } from './outcome.js';
import type { Context, Result } from './types.js';

export interface Route {
  loket: Counter;
  /** The contact to show: national, or the municipality's own for a role. */
  contact?: Contact;
  /**
   * A municipal role whose own contact gives no phone (Utrecht's buurtteam: a website only), or
   * that the overlay does not name (the general wording): the municipality's general contact with
   * its phone (the overlay's `gemeente-algemeen`), so the person, and the GP's printed handout,
   * can still call.
   */
  gemeenteContact?: Contact;
  /** A role without local contact: show the counter's honest general wording. */
  algemeen?: Text;
  /**
   * The role belongs to the cared-for person's municipality, which may not be the one the widget
   * is set to (mantelzorger perspective): show the local contact with a note to ask their own.
   */
  andereGemeente: boolean;
  crisis: boolean;
  urgent: boolean;
  results: Result[];
  /** The municipality whose counter this is, when the person chose it from the list (its name for the general wording). */
  gemeente?: GemeenteKeuze;
  /** The counter is in the municipality where the cared-for person lives (chosen, and not the asker's own). */
  vanPersoon?: boolean;
}

/** A municipality chosen from the CBS list; `loketten` are its own contacts when we ship its overlay. */
export interface GemeenteKeuze {
  code: string;
  naam: string;
  loketten?: Record<string, Contact>;
}

/**
 * Where the people live, when known beyond the dataset's merged overlay (`ctx.ds.gemeente`):
 * `zelf` the asker's municipality chosen from the list, `persoon` (carer perspective) the
 * cared-for person's. A role for the cared-for person (`loketVan: persoon`, e.g. the Wmo and
 * respijtzorg) goes through `persoon`; the carer's own roles through the asker's municipality.
 */
export interface Gemeenten {
  zelf?: GemeenteKeuze;
  persoon?: GemeenteKeuze;
}

type Resolved = Pick<Route, 'contact' | 'algemeen' | 'andereGemeente' | 'gemeente' | 'vanPersoon' | 'gemeenteContact'>;

/** The general contact of a municipality, when a role has no phone of its own (or no contact) and it has one. */
function general(
  counter: Counter,
  own: Contact | undefined,
  loketten: Record<string, Contact> | undefined,
): Pick<Route, 'gemeenteContact'> {
  const g = loketten?.['gemeente-algemeen'];
  return !own?.telefoon && g?.telefoon && counter.id !== 'gemeente-algemeen' ? { gemeenteContact: g } : {};
}

function contactFor(
  ctx: Context,
  counter: Counter,
  subject: Result['regeling']['voor'] | undefined,
  g: Gemeenten = {},
): Resolved & { key: string } {
  if (counter.soort === 'landelijk') {
    const { naam, telefoon, website, afspraak, adres, openingstijden, bron, peildatum } = counter;
    return {
      key: counter.id,
      contact: { naam, telefoon, website, afspraak, adres, openingstijden, bron, peildatum },
      andereGemeente: false,
    };
  }
  const ownCode = ctx.ds.gemeente?.code ?? g.zelf?.code;
  const forPerson = subject === 'persoon' && ctx.perspectief === 'mantelzorger';
  // The cared-for person lives in another municipality we know: that one's counter.
  if (forPerson && g.persoon && g.persoon.code !== ownCode) {
    const there = g.persoon;
    const local = there.loketten?.[counter.id];
    return {
      key: `${counter.id}|${there.code}`,
      andereGemeente: false,
      gemeente: there,
      vanPersoon: true,
      ...(local ? { contact: local } : generic(counter)),
      ...general(counter, local, there.loketten),
    };
  }
  // The asker's own municipality (or the same one); unknown where the cared-for person lives: say so.
  const elsewhere = forPerson && !g.persoon;
  const own = ctx.ds.gemeente ? undefined : g.zelf;
  const loketten = ctx.ds.gemeente?.loketten;
  const local = loketten?.[counter.id];
  const base = { key: `${counter.id}|${ownCode ?? ''}`, andereGemeente: elsewhere, ...(own ? { gemeente: own } : {}) };
  return { ...base, ...(local ? { contact: local } : generic(counter)), ...general(counter, local, loketten) };
}

function generic(counter: Counter): Pick<Route, 'contact' | 'algemeen'> {
  return {
    algemeen: counter.algemeen ?? counter.naam,
    contact:
      counter.website || counter.telefoon
        ? {
            naam: counter.naam,
            telefoon: counter.telefoon,
            website: counter.website,
            afspraak: counter.afspraak,
            bron: counter.bron,
            peildatum: counter.peildatum,
          }
        : undefined,
  };
}

/** A crisis line that fits (something at it is `past`): it leads every screen and the result. */
export const fitsCrisis = (r: Route) => r.crisis && r.results.some((x) => x.uitkomst === 'past');

/**
 * One route per counter and municipality: a municipal role the carer and the cared-for person
 * share (both live in the same municipality, or the cared-for person's is not known) is one
 * counter, not two near-identical blocks.
 */
export function route(ctx: Context, results: Result[], gemeenten: Gemeenten = {}): Route[] {
  const byKey = new Map<string, Route>();
  for (const res of results) {
    if (res.uitkomst === 'past-niet') continue;
    const counter = ctx.counters.get(res.regeling.loket);
    if (!counter) continue;
    const subject = res.regeling.loketVan ?? 'persoon';
    const { key, ...found } = contactFor(ctx, counter, subject, gemeenten);
    let r = byKey.get(key);
    if (!r) {
      r = { loket: counter, ...found, crisis: !!counter.crisis, urgent: false, results: [] };
      byKey.set(key, r);
    }
    if (found.andereGemeente) r.andereGemeente = true;
    r.results.push(res);
    if (res.regeling.crisis) r.crisis = true;
    if (res.urgent) r.urgent = true;
  }
  // A crisis line that fits comes first, then urgent counters, then those where something
  // fits; a crisis line that only may fit leads the counters where something only may fit.
  const rank = (r: Route) => (fitsCrisis(r) ? 0 : r.urgent ? 1 : r.results.some((x) => x.uitkomst === 'past') ? 2 : r.crisis ? 3 : 4);
  // Among equals, a counter that decides where other help comes from goes first (its regeling
  // goes first for another one shown, e.g. the zorgkantoor with a Wlz-indicatie), then the
  // counter where more fits.
  const gates = new Set(results.flatMap((x) => (x.regeling.voorrang ?? []).map((v) => v.regeling)));
  const gate = (r: Route) => (r.loket.eerst || r.results.some((x) => gates.has(x.regeling.id)) ? 0 : 1);
  const fitting = (r: Route) => r.results.filter((x) => x.uitkomst === 'past').length;
  return [...byKey.values()].sort((a, b) => rank(a) - rank(b) || gate(a) - gate(b) || fitting(b) - fitting(a));
}

/** The crisis lines of a dataset's regelingen (per list: a dataset is never changed in place). */
const crisisLines = new WeakMap<readonly Regeling[], Regeling[]>();

/**
 * The crisis lines that fit the answers given so far (e.g. "Gedachten aan zelfdoding" ticked on
 * the first question), as routes with their contact. Shown at the top of every screen from the
 * moment they fit, and first on the result. Empty when no crisis line fits yet.
 */
export function crisisRoutes(ctx: Context): Route[] {
  // Every step asks this: look at the dataset's few crisis lines, not at every regeling.
  let lines = crisisLines.get(ctx.ds.regelingen);
  if (!lines) crisisLines.set(ctx.ds.regelingen, (lines = ctx.ds.regelingen.filter((r) => r.crisis)));
  // Only a line whose condition holds can be past: explain (its lines, its age check) only those.
  const fitting = applicable(ctx, lines)
    .filter((r) => decide(r, ctx).tri === 'ja')
    .map((r) => explain(r, ctx))
    .filter((x) => x.uitkomst === 'past');
  return route(ctx, fitting);
}
