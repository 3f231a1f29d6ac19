/**
 * Putting a dataset together without the validator: assemble the embedded files (checked by the
 * test suite and the build) and merge a municipal overlay into the national dataset.
 */
import { checkReferences, DatasetError } from './problems.js';
import type { Dataset, Overlay, Regeling } from './model.js';

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
 * Merge a municipal overlay into a national dataset: local counters fill the roles, local
 * figures replace national ones with the same id, local regelingen are added, and regelingen
 * the municipality does not offer are dropped. The result is checked again as a whole.
 */
export function mergeOverlay(base: Dataset, overlay: Overlay, file = `gemeenten/${overlay.gemeente}.json`): Dataset {
  const gone = new Set(overlay.vervalt ?? []);
  const localFigures = new Map((overlay.cijfers ?? []).map((f) => [f.id, f]));
  const local = overlay.regelingen ?? [];
  const localIds = new Set(local.map((r) => r.id));
  const merged: Dataset = {
    ...base,
    cijfers: [...base.cijfers.map((f) => localFigures.get(f.id) ?? f), ...[...localFigures.values()].filter((f) => !base.cijfers.some((b) => b.id === f.id))],
    regelingen: [...base.regelingen.filter((r) => !gone.has(r.id) && !localIds.has(r.id)), ...local],
    gemeente: { code: overlay.gemeente, naam: overlay.naam, bron: overlay.bron, peildatum: overlay.peildatum, loketten: overlay.loketten ?? {} },
  };
  const problems = checkReferences(merged, (id) => (localIds.has(id) ? file : 'regelingen'));
  for (const id of gone) if (!base.regelingen.some((r) => r.id === id)) problems.push({ file, path: 'vervalt', message: `regeling "${id}" bestaat niet in de landelijke dataset` });
  if (problems.length) throw new DatasetError(problems);
  return merged;
}
