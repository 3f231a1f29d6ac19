/**
 * Loading the dataset, and with a hand-over link ("Verder op uw telefoon") the answers it
 * carries. The codec and the municipality list are loaded on demand, only when there is such a
 * link: the widget's main bundle holds neither.
 */
import type { Dataset, Perspective, Text } from '../dataset/model.js';
import type { Gemeenten } from '../engine/route.js';
import type { Answers } from '../engine/types.js';
import { embeddedCounters } from '../dataset/source.js';

export interface Loaded {
  dataset: Dataset;
  /** The answers of a hand-over link that could be read. */
  restored?: { perspectief: Perspective; answers: Answers; keuze: Gemeenten };
  /** Why a hand-over link could not be read (B1), for the start screen. */
  melding?: Text;
}

/** A municipality chosen from the list, with its own contacts when we ship its overlay (through the merge, as for the page's own). */
export function withOverlay(code: string, naam: string): NonNullable<Gemeenten['zelf']> {
  const loketten = embeddedCounters(code);
  return { code, naam, ...(loketten ? { loketten } : {}) };
}

/**
 * Loads the dataset for `gemeente` (the host's) or, without one, for the municipality the link
 * was made for; then reads the link's answers for that dataset's questions.
 */
export async function loadWith(
  load: (gemeente?: string) => Promise<Dataset>,
  gemeente: string | undefined,
  fragment?: string,
): Promise<Loaded> {
  if (!fragment) return { dataset: await load(gemeente) };
  const { peekHandover, decodeHandover } = await import('../handover/codec.js');
  const peek = peekHandover(fragment);
  const dataset = await load(gemeente ?? peek?.gemeente);
  const d = decodeHandover(fragment, dataset.vragen);
  if (!d.ok) {
    console.warn('regelingenwijzer: hand-over link not read:', d.error.detail);
    return { dataset, melding: d.error.code === 'geen-link' ? undefined : d.error.message };
  }
  const { MUNICIPALITY_INDEX, findMunicipality } = await import('../municipalities/index.js');
  const named = (code: string | undefined) => {
    const m = findMunicipality(MUNICIPALITY_INDEX, code);
    return m ? withOverlay(m.code, m.naam) : undefined;
  };
  const keuze: Gemeenten = {};
  const zelf = gemeente ? undefined : named(d.state.gemeente);
  const persoon = named(d.state.gemeentePersoon);
  if (zelf) keuze.zelf = zelf;
  if (persoon) keuze.persoon = persoon;
  // A GP's link opens on the patient's own phone: there the result speaks to the patient ("u"),
  // not of "uw patiënt". The answers are the same: every question a GP answers is about the person.
  const perspectief = d.state.perspectief === 'professional' ? 'zelf' : d.state.perspectief;
  return { dataset, restored: { perspectief, answers: d.state.antwoorden, keuze } };
}
