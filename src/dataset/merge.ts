/**
 * Putting a dataset together without the validator: assemble the embedded files and merge an
 * embedded overlay (both checked by the test suite and the build, not on every page load).
 */
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
 * the municipality does not offer are dropped. No checks: for the embedded, tested data.
 * Data from a URL goes through `mergeOverlay` in load.ts, which checks the result as a whole.
 */
export function combine(base: Dataset, overlay: Overlay): Dataset {
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
