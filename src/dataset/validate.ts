/**
 * Validating a dataset or a municipal overlay completely, in one pass: the raw JSON (raw-scan.ts:
 * hidden direction characters, too deep nesting), the schema (schema-check.ts), then every check
 * between files (checks.ts) on the parts that passed, the protection of the crisis lines, and
 * line:column in the JSON text where it is known (positions.ts). Overlays: overlay-check.ts;
 * scenarios: scenario-check.ts. Every problem is worded by its rule in rules.ts. The same code
 * runs in `npm run validate`, in the build, in the tests, on the preview page and in the widget
 * for data from a URL (these modules and zod are loaded on demand, never with the embedded dataset).
 */
import { noneKnown, type Known, type Locate, type Location } from './check-scope.js';
import { checkDataset } from './checks.js';
import type { DatasetFiles } from './merge.js';
import { validateOverlay } from './overlay-check.js';
import { bundlePath, withPositions } from './positions.js';
import { DatasetError, errorsOf, type Problem } from './problems.js';
import { collect, envelope, itemsOf, limited, parseFile, schemaCheck, type Report } from './schema-check.js';
import {
  CounterSchema,
  DerivedSchema,
  FigureSchema,
  FiguresFileSchema,
  CountersFileSchema,
  OverlaySchema,
  QuestionSchema,
  QuestionsFileSchema,
  RegelingSchema,
  RegelingenFileSchema,
  type Dataset,
  type Overlay,
  type Regeling,
} from './schema.js';

export { MAX_DEPTH, MAX_ITEMS } from './raw-scan.js';
export { MAX_ERRORS, parseFile, type Report } from './schema-check.js';
export { bundlePath, withPositions } from './positions.js';
export { validateOverlay, type OverlayOptions } from './overlay-check.js';
export { validateScenario } from './scenario-check.js';

export interface DatasetOptions {
  /** Stop after this many errors (default MAX_ERRORS); the widget shows only the first. */
  maxErrors?: number;
  /** The JSON text per file name (`vragen.json`, `regelingen/wmo.json`), for line:column. */
  texts?: Record<string, string | undefined>;
  /** The JSON text of the whole dataset in one file (DatasetFiles, as dist/regelingen.json), for line:column. */
  bundle?: string;
  /** How messages name a file, e.g. with the folder or URL in front. */
  name?: (file: string) => string;
}

/** Validate every file of a dataset and the references between them. */
export function validateDataset(files: DatasetFiles, opts: DatasetOptions = {}): Report<Dataset> & { at: Locate } {
  return limited(opts.maxErrors, () => datasetReport(files, opts));
}

function datasetReport(files: DatasetFiles, opts: DatasetOptions): Report<Dataset> & { at: Locate } {
  const problems: Problem[] = [];
  const origin = new Map<object, Location>();
  const known: Known = noneKnown();
  const q = files['vragen.json'],
    c = files['cijfers.json'],
    l = files['loketten.json'];
  // each file's outline, then each record once (a file of 100 regelingen is parsed once, not twice)
  problems.push(...schemaCheck(envelope(QuestionsFileSchema), 'vragen.json', q, [], false).problems);
  const vragen = collect(QuestionSchema, itemsOf(q, 'vragen'), 'vragen.json', 'vragen', origin, known.facts, undefined, problems);
  const afgeleid = collect(DerivedSchema, itemsOf(q, 'afgeleid'), 'vragen.json', 'afgeleid', origin, known.facts, undefined, problems);
  problems.push(...schemaCheck(envelope(FiguresFileSchema), 'cijfers.json', c, [], false).problems);
  const cijfers = collect(FigureSchema, itemsOf(c, 'cijfers'), 'cijfers.json', 'cijfers', origin, known.figures, undefined, problems);
  problems.push(...schemaCheck(envelope(CountersFileSchema), 'loketten.json', l, [], false).problems);
  const loketten = collect(CounterSchema, itemsOf(l, 'loketten'), 'loketten.json', 'loketten', origin, known.counters, undefined, problems);
  const regelingen: Regeling[] = [];
  for (const [name, raw] of Object.entries(files.regelingen ?? {})) {
    const file = `regelingen/${name}`;
    problems.push(...schemaCheck(envelope(RegelingenFileSchema), file, raw, [], false).problems);
    regelingen.push(
      ...collect(RegelingSchema, itemsOf(raw, 'regelingen'), file, 'regelingen', origin, known.regelingen, known.partial, problems),
    );
  }
  const ds: Dataset = { vragen, afgeleid, cijfers, loketten, regelingen };
  const at: Locate = (r) => origin.get(r) ?? { file: 'dataset', path: '' };
  problems.push(...checkDataset(ds, at, known));
  const { bundle, texts = {}, name } = opts;
  const located =
    bundle === undefined ? withPositions(problems, texts) : withPositions(problems, {}, (f) => ({ text: bundle, prefix: bundlePath(f) }));
  const named = name ? located.map((p) => ({ ...p, file: name(p.file) })) : located;
  const where: Locate = name
    ? (r) => {
        const l = at(r);
        return { ...l, file: name(l.file) };
      }
    : at;
  return { problems: named, value: errorsOf(named).length ? undefined : ds, at: where };
}

// ---------------------------------------------------------------- throwing forms, for the build and the tests

/** Validate every file and the references between them; throws DatasetError with all errors. */
export function parseDataset(files: DatasetFiles): Dataset {
  const r = validateDataset(files);
  if (!r.value) throw new DatasetError(errorsOf(r.problems));
  return r.value;
}

/** The overlay's own schema (no merge); throws DatasetError. */
export function parseOverlay(raw: unknown, file = 'overlay'): Overlay {
  return parseFile(OverlaySchema, file, raw);
}

/** Merge an overlay and check the result as a whole; throws DatasetError with all errors. */
export function mergeOverlay(base: Dataset, overlay: unknown, file?: string, gemeente?: string): Dataset {
  const r = validateOverlay(overlay, base, { file, gemeente });
  if (!r.value) throw new DatasetError(errorsOf(r.problems));
  return r.value;
}
