/**
 * Validate a dataset from the files of regelingen/ (already read, as parsed JSON) or an overlay
 * from a URL. Validation errors name the file, the field and the fix. This module and zod are
 * loaded only when a host configures a dataset or overlay URL.
 */
import { checkReferences, DatasetError, parseFile } from './validate.js';
import type { DatasetFiles } from './merge.js';
import {
  CountersFileSchema, FiguresFileSchema, OverlaySchema, QuestionsFileSchema, RegelingenFileSchema,
  type Dataset, type Overlay, type Regeling,
} from './schema.js';

import { combine } from './merge.js';

export { assembleTrusted, combine, type DatasetFiles } from './merge.js';

/** Validate every file and the references between them; throws DatasetError with all problems. */
export function parseDataset(files: DatasetFiles): Dataset {
  const problems: DatasetError['problems'] = [];
  const attempt = <T>(fn: () => T): T | undefined => {
    try { return fn(); } catch (e) { if (e instanceof DatasetError) { problems.push(...e.problems); return undefined; } throw e; }
  };
  const q = attempt(() => parseFile(QuestionsFileSchema, 'vragen.json', files['vragen.json']));
  const c = attempt(() => parseFile(FiguresFileSchema, 'cijfers.json', files['cijfers.json']));
  const l = attempt(() => parseFile(CountersFileSchema, 'loketten.json', files['loketten.json']));
  const fileOf = new Map<string, string>();
  const regelingen: Regeling[] = [];
  for (const [name, raw] of Object.entries(files.regelingen)) {
    const file = `regelingen/${name}`;
    const parsed = attempt(() => parseFile(RegelingenFileSchema, file, raw));
    for (const r of parsed?.regelingen ?? []) { regelingen.push(r); fileOf.set(r.id, file); }
  }
  if (problems.length || !q || !c || !l) throw new DatasetError(problems);
  const ds: Dataset = { vragen: q.vragen, afgeleid: q.afgeleid ?? [], cijfers: c.cijfers, loketten: l.loketten, regelingen };
  const refs = checkReferences(ds, (id) => fileOf.get(id) ?? 'regelingen');
  if (refs.length) throw new DatasetError(refs);
  return ds;
}

export function parseOverlay(raw: unknown, file = 'overlay'): Overlay {
  return parseFile(OverlaySchema, file, raw);
}

/** Merge an overlay (see `combine`) and check the result as a whole: dangling references, ids. */
export function mergeOverlay(base: Dataset, overlay: Overlay, file = `gemeenten/${overlay.gemeente}.json`): Dataset {
  const merged = combine(base, overlay);
  const localIds = new Set((overlay.regelingen ?? []).map((r) => r.id));
  const problems = checkReferences(merged, (id) => (localIds.has(id) ? file : 'regelingen'));
  for (const id of overlay.vervalt ?? []) if (!base.regelingen.some((r) => r.id === id)) problems.push({ file, path: 'vervalt', message: `regeling "${id}" bestaat niet in de landelijke dataset` });
  if (problems.length) throw new DatasetError(problems);
  return merged;
}
