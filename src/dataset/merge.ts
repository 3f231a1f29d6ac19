/**
 * Putting a dataset together without the validator: assemble the embedded files and merge a
 * municipal overlay. The national crisis lines are protected here, in the widget itself: no
 * overlay, embedded or from a URL, can remove, replace or outrank them.
 */
import { DatasetError, problem, type Problem } from './problems.js';
import type { Dataset, Overlay, Regeling } from './schema.js';

/** The files of a dataset: file name → parsed JSON. Regelingen files are under `regelingen/`. */
export interface DatasetFiles {
  'vragen.json': unknown;
  'cijfers.json': unknown;
  'loketten.json': unknown;
  regelingen: Record<string, unknown>;
}

/**
 * The embedded default files, assembled without parsing: they are validated by the test suite
 * and the build, so the widget does not pay for validating them on every page load.
 */
export function assembleTrusted(files: DatasetFiles): Dataset {
  const q = files['vragen.json'] as { vragen: Dataset['vragen']; afgeleid?: Dataset['afgeleid'] };
  return {
    vragen: q.vragen,
    afgeleid: q.afgeleid ?? [],
    cijfers: (files['cijfers.json'] as { cijfers: Dataset['cijfers'] }).cijfers,
    loketten: (files['loketten.json'] as { loketten: Dataset['loketten'] }).loketten,
    regelingen: Object.values(files.regelingen).flatMap((f) => (f as { regelingen: Regeling[] }).regelingen),
  };
}

/**
 * What an overlay may not do to the national crisis lines (113, Veilig Thuis ...): drop one
 * (`vervalt`), replace one (a local regeling with its id), or outrank them (a local regeling
 * marked `crisis` or sent to a crisis counter, or a local contact for a crisis counter).
 */
export function crisisProblems(base: Dataset, overlay: Overlay, file: string): Problem[] {
  const lines = new Set(base.regelingen.filter((r) => r.crisis).map((r) => r.id));
  const crisisCounters = new Set(base.loketten.filter((c) => c.crisis).map((c) => c.id));
  const out: Problem[] = [];
  (overlay.vervalt ?? []).forEach((id, i) => {
    if (lines.has(id)) out.push(problem({ file, path: `vervalt[${i}]`, rule: 'crisis-vervalt',
      message: `"${id}" is een landelijke crisislijn; een gemeente kan die niet laten vervallen`,
      en: `"${id}" is a national crisis line; a municipality cannot drop it`,
      fix: { nl: `Haal "${id}" uit vervalt.`, en: `Remove "${id}" from vervalt.` } }));
  });
  (overlay.regelingen ?? []).forEach((r, i) => {
    const at = `regelingen[${i}]`;
    if (lines.has(r.id)) out.push(problem({ file, path: `${at}.id`, rule: 'crisis-vervangen',
      message: `"${r.id}" is een landelijke crisislijn; een gemeente kan die niet vervangen`,
      en: `"${r.id}" is a national crisis line; a municipality cannot replace it`,
      fix: { nl: 'Geef de lokale regeling een eigen id.', en: 'Give the local regeling an id of its own.' } }));
    if (r.crisis) out.push(problem({ file, path: `${at}.crisis`, rule: 'crisis-overlay',
      message: 'een lokale regeling kan geen crisislijn zijn: de landelijke crisislijnen gaan altijd voor',
      en: 'a local regeling cannot be a crisis line: the national crisis lines always come first',
      fix: { nl: 'Haal "crisis" weg; zet dringende hulp in urgentAls.', en: 'Remove "crisis"; use urgentAls for urgent help.' } }));
    if (crisisCounters.has(r.loket)) out.push(problem({ file, path: `${at}.loket`, rule: 'crisis-loket',
      message: `"${r.loket}" is het loket van een landelijke crisislijn; een lokale regeling kan daar niet naartoe verwijzen`,
      en: `"${r.loket}" is the counter of a national crisis line; a local regeling cannot point to it`,
      fix: { nl: 'Kies een gemeentelijk loket (soort "rol").', en: 'Choose a municipal counter (soort "rol").' } }));
  });
  for (const role of Object.keys(overlay.loketten ?? {})) {
    if (crisisCounters.has(role)) out.push(problem({ file, path: `loketten.${role}`, rule: 'crisis-loket',
      message: `"${role}" is het loket van een landelijke crisislijn; een gemeente kan het contact niet vervangen`,
      en: `"${role}" is the counter of a national crisis line; a municipality cannot replace its contact`,
      fix: { nl: `Haal "${role}" uit loketten.`, en: `Remove "${role}" from loketten.` } }));
  }
  return out;
}

/**
 * Merge a municipal overlay into a national dataset: local counters fill the roles, local
 * figures replace national ones with the same id, local regelingen are added, and regelingen
 * the municipality does not offer are dropped. Throws a DatasetError when the overlay touches
 * a crisis line; every other check is in validate.ts (`mergeOverlay`), for data from a URL.
 */
export function combine(base: Dataset, overlay: Overlay, file = `gemeenten/${overlay.gemeente}.json`): Dataset {
  const refused = crisisProblems(base, overlay, file);
  if (refused.length) throw new DatasetError(refused);
  const gone = new Set(overlay.vervalt ?? []);
  const localFigures = new Map((overlay.cijfers ?? []).map((f) => [f.id, f]));
  const local = overlay.regelingen ?? [];
  const localIds = new Set(local.map((r) => r.id));
  return {
    ...base,
    cijfers: [...base.cijfers.map((f) => localFigures.get(f.id) ?? f), ...[...localFigures.values()].filter((f) => !base.cijfers.some((b) => b.id === f.id))],
    regelingen: [...base.regelingen.filter((r) => !gone.has(r.id) && !localIds.has(r.id)), ...local],
    gemeente: { code: overlay.gemeente, naam: overlay.naam, bron: overlay.bron, peildatum: overlay.peildatum, loketten: overlay.loketten ?? {} },
  };
}
