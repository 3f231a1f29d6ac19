/**
 * Putting a dataset together without the validator: assemble the embedded files and merge a
 * municipal overlay. The national crisis lines are protected here, in the widget itself: no
 * overlay, embedded or from a URL, can remove, replace or outrank them.
 */
import { overlayViolations } from './crisis.js';
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
 * Merge a municipal overlay into a national dataset: local counters fill the roles, local
 * figures replace national ones with the same id, local regelingen are added, and regelingen
 * the municipality does not offer are dropped. The national crisis lines are protected by
 * construction, whatever the overlay says: every item that breaks a crisis rule (crisis.ts) is
 * left out. The validator (crisis-problems.ts) reports each of these with its fix; data from a
 * URL is validated before it is merged, so there it never comes to leaving out.
 */
export function combine(base: Dataset, overlay: Overlay): Dataset {
  const out = new Set(overlayViolations(base, overlay).map((v) => v.item));
  const gone = new Set((overlay.vervalt ?? []).filter((_, i) => !out.has(`vervalt[${i}]`)));
  const localFigures = new Map((overlay.cijfers ?? []).map((f) => [f.id, f]));
  const local = (overlay.regelingen ?? []).filter((_, i) => !out.has(`regelingen[${i}]`));
  const loketten = Object.fromEntries(Object.entries(overlay.loketten ?? {}).filter(([role]) => !out.has(`loketten.${role}`)));
  const localIds = new Set(local.map((r) => r.id));
  return {
    ...base,
    cijfers: [
      ...base.cijfers.map((f) => localFigures.get(f.id) ?? f),
      ...[...localFigures.values()].filter((f) => !base.cijfers.some((b) => b.id === f.id)),
    ],
    regelingen: [...base.regelingen.filter((r) => !gone.has(r.id) && !localIds.has(r.id)), ...local],
    gemeente: { code: overlay.gemeente, naam: overlay.naam, bron: overlay.bron, peildatum: overlay.peildatum, loketten },
  };
}
