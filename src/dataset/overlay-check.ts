/**
 * Validating a municipal overlay on its own and merged into the national dataset: its schema,
 * the crisis lines (crisis.ts, worded in crisis-problems.ts), the municipality of the page, and
 * every check between files (checks.ts) on the merged whole.
 */
import { fieldOf, noneKnown, type Locate, type Location } from './check-scope.js';
import { checkDataset } from './checks.js';
import { crisisProblems } from './crisis-problems.js';
import { combine } from './merge.js';
import { withPositions } from './positions.js';
import { errorsOf, problem } from './problems.js';
import { someString } from './raw-scan.js';
import { found } from './rules.js';
import { atLimit, collect, envelope, isObject, itemsOf, limited, schemaCheck, type Report } from './schema-check.js';
import { FigureSchema, OverlaySchema, RegelingSchema, type Dataset, type Overlay } from './schema.js';

export interface OverlayOptions {
  /** Stop after this many errors (default MAX_ERRORS); the widget shows only the first. */
  maxErrors?: number;
  /** The file or URL, as messages name it. */
  file?: string;
  /** Its JSON text, for line:column. */
  text?: string;
  /** The municipality of the page (`gemeente="GM0344"`): an overlay for another one is refused. */
  gemeente?: string;
  /** Where the national records stand, for messages (default: "landelijke dataset"). */
  baseAt?: Locate;
}

/**
 * Validate an overlay on its own and merged into the national dataset: schema, the crisis lines,
 * the municipality, and every check between files on the merged whole. Problems of the national
 * dataset itself are not repeated. `value` is the merged dataset when there is no error.
 */
export function validateOverlay(raw: unknown, base: Dataset, opts: OverlayOptions = {}): Report<Dataset> & { overlay?: Overlay } {
  return limited(opts.maxErrors, () => overlayReport(raw, base, opts));
}

function overlayReport(raw: unknown, base: Dataset, opts: OverlayOptions): Report<Dataset> & { overlay?: Overlay } {
  const file = opts.file ?? (isObject(raw) && typeof raw['gemeente'] === 'string' ? `gemeenten/${raw['gemeente']}.json` : 'overlay');
  // the outline (every field but the lists' items), then each regeling and figure on its own,
  // stopping after MAX_ERRORS: a hostile overlay cannot make zod report ten thousand problems
  const o = isObject(raw) ? raw : {};
  const lists = ['regelingen', 'cijfers'].filter((k) => Array.isArray(o[k]));
  const outline = schemaCheck(
    envelope(OverlaySchema),
    file,
    isObject(raw) ? { ...raw, ...Object.fromEntries(lists.map((k) => [k, []])) } : raw,
  );
  const problems = [...outline.problems];
  const origin = new Map<object, Location>();
  const knownRegelingen = new Set<string>();
  // the parts that passed, for the checks on the merged whole
  const partial = new Set<object>();
  const local = collect(RegelingSchema, itemsOf(o, 'regelingen'), file, 'regelingen', origin, knownRegelingen, partial, problems);
  const figures = collect(FigureSchema, itemsOf(o, 'cijfers'), file, 'cijfers', origin, new Set(), undefined, problems);
  // a hostile overlay full of errors: report the first ones, do not check the merged whole
  if (atLimit(problems) || problems.some((p) => p.rule === 'te-veel')) return { problems: withPositions(problems, { [file]: opts.text }) };
  const parsed = errorsOf(problems).length ? undefined : OverlaySchema.safeParse(raw);
  const schema = { value: parsed?.success ? parsed.data : undefined };
  if (opts.gemeente && typeof o['gemeente'] === 'string' && o['gemeente'].toUpperCase() !== opts.gemeente.toUpperCase()) {
    problems.push(
      problem({ file, path: 'gemeente', ...found('andere-gemeente', { overlay: o['gemeente'], page: opts.gemeente.toUpperCase() }) }),
    );
  }
  if (o['gemeente'] === 'GM9999' || someString(raw, (t) => t.includes('gemeente.example'))) {
    problems.push(problem({ file, path: o['gemeente'] === 'GM9999' ? 'gemeente' : '', ...found('sjabloon') }));
  }
  const overlay: Overlay = {
    gemeente: typeof o['gemeente'] === 'string' ? o['gemeente'] : 'GM0000',
    naam: typeof o['naam'] === 'string' ? o['naam'] : '',
    bron: typeof o['bron'] === 'string' ? o['bron'] : '',
    peildatum: typeof o['peildatum'] === 'string' ? o['peildatum'] : '',
    loketten: isObject(o['loketten'])
      ? (Object.fromEntries(Object.entries(o['loketten']).filter(([, v]) => isObject(v))) as Overlay['loketten'])
      : {},
    cijfers: figures,
    regelingen: local,
    vervalt: itemsOf(o, 'vervalt').filter((x): x is string => typeof x === 'string'),
  };
  problems.push(...crisisProblems(base, overlay, file));
  local.forEach((r) => {
    if (partial.has(r)) return;
    if (r.niveau !== 'gemeentelijk')
      problems.push(problem({ ...fieldOf(origin.get(r)!, 'niveau'), ...found('overlay-niveau', { niveau: r.niveau }) }));
  });
  overlay.vervalt!.forEach((id, i) => {
    if (!base.regelingen.some((r) => r.id === id))
      problems.push(problem({ file, path: `vervalt[${i}]`, ...found('onbekende-regeling', { id, national: true }) }));
  });
  const gemeente = {
    code: overlay.gemeente,
    naam: overlay.naam,
    bron: overlay.bron,
    peildatum: overlay.peildatum,
    loketten: overlay.loketten ?? {},
  };
  origin.set(gemeente, { file, path: '' });
  const gone = new Set(overlay.vervalt);
  const localIds = new Set(local.map((r) => r.id));
  const localFigures = new Map(figures.map((f) => [f.id, f]));
  const merged: Dataset = {
    ...base,
    cijfers: [...base.cijfers.map((f) => localFigures.get(f.id) ?? f), ...figures.filter((f) => !base.cijfers.some((b) => b.id === f.id))],
    regelingen: [...base.regelingen.filter((r) => !gone.has(r.id) && !localIds.has(r.id)), ...local],
    gemeente,
  };
  const baseAt = opts.baseAt ?? (() => ({ file: 'landelijke dataset', path: '' }));
  const at: Locate = (r) => origin.get(r) ?? baseAt(r);
  const known = noneKnown();
  knownRegelingen.forEach((id) => known.regelingen.add(id));
  partial.forEach((r) => known.partial.add(r));
  problems.push(...checkDataset(merged, at, known).filter((p) => p.file === file));
  const named = withPositions(problems, { [file]: opts.text });
  const ok = !errorsOf(named).length && schema.value;
  // (with partial regelingen there is a schema error, so there is no merged value)
  return { problems: named, value: ok ? combine(base, schema.value!) : undefined, overlay: schema.value };
}
