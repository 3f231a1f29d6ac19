/**
 * Validating a dataset or a municipal overlay completely, in one pass: the JSON Schema (zod),
 * hidden direction characters and too deep nesting in any text, then every check between files
 * (checks.ts) on the parts that passed, the protection of the crisis lines (merge.ts), and
 * line:column in the JSON text where it is known. The same code runs in `npm run validate`, in
 * the build, in the tests, on the preview page and in the widget for data from a URL (this
 * module and zod are loaded on demand, never with the embedded dataset).
 */
import * as z from './zod.js';
import { checkDataset, noneKnown, type Known, type Locate, type Location } from './checks.js';
import { joinPath, positions, type Position } from './json-text.js';
import { combine, type DatasetFiles } from './merge.js';
import { crisisProblems } from './crisis-problems.js';
import { DatasetError, errorsOf, problem, type Problem } from './problems.js';
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
  ScenarioSchema,
  type Dataset,
  type Overlay,
  type Regeling,
  type Scenario,
} from './schema.js';

/** Deeper than this (JSON levels) is refused before zod or the engine walk it. Real data: about 14. */
export const MAX_DEPTH = 64;

/** Invisible characters that change the direction of text: "0800 2000" would show as "0002 0080". */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

export interface Report<T> {
  /** Every problem, errors and warnings, in file order. */
  problems: Problem[];
  /** The validated data when there is no error. */
  value?: T;
}

// ---------------------------------------------------------------- raw JSON: direction characters, depth

/**
 * Walk raw JSON without recursion: report direction characters in any string (keys too) and
 * replace values nested deeper than MAX_DEPTH by null (reported), so zod and the engine never
 * recurse that deep. Returns the data to validate (a copy only along the cut paths).
 */
function scanRaw(raw: unknown, file: string, prefix: (string | number)[] = []): { data: unknown; problems: Problem[]; cut: string[] } {
  const problems: Problem[] = [];
  const cut: string[] = [];
  const todo: { value: unknown; path: (string | number)[] }[] = [{ value: raw, path: prefix }];
  const cuts: (string | number)[][] = [];
  while (todo.length) {
    const { value, path } = todo.pop()!;
    if (typeof value === 'string') {
      const m = BIDI.exec(value);
      if (m) problems.push(bidiProblem(file, joinPath(path), m[0]));
      continue;
    }
    if (!value || typeof value !== 'object') continue;
    if (path.length >= MAX_DEPTH) {
      cuts.push(path);
      continue;
    }
    if (Array.isArray(value)) value.forEach((v, i) => todo.push({ value: v, path: [...path, i] }));
    else {
      for (const [k, v] of Object.entries(value)) {
        const m = BIDI.exec(k);
        if (m) problems.push(bidiProblem(file, joinPath([...path, k]), m[0]));
        todo.push({ value: v, path: [...path, k] });
      }
    }
  }
  let data = raw;
  for (const path of cuts) {
    const shown = joinPath(path);
    cut.push(shown);
    problems.push(
      problem({
        file,
        path: shown,
        rule: 'te-diep',
        message: `te diep genest: meer dan ${MAX_DEPTH} niveaus`,
        en: `nested too deeply: more than ${MAX_DEPTH} levels`,
        fix: {
          nl: 'Maak de voorwaarde platter: zet gelijke delen samen in één "alle" of "een-van".',
          en: 'Flatten the condition: put like parts together in one "alle" or "een-van".',
        },
      }),
    );
    data = replaceAt(data, path.slice(prefix.length), null);
  }
  return { data, problems, cut };
}

function bidiProblem(file: string, path: string, ch: string): Problem {
  const code = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return problem({
    file,
    path,
    rule: 'richtingsteken',
    message: `onzichtbaar richtingsteken ${code} in de tekst; dat kan op het scherm "0800 2000" omdraaien tot "0002 0080"`,
    en: `invisible direction character ${code} in the text; on screen it can turn "0800 2000" into "0002 0080"`,
    fix: {
      nl: 'Typ de tekst opnieuw in plaats van hem te kopiëren, of haal het teken weg.',
      en: 'Type the text again instead of copying it, or remove the character.',
    },
  });
}

/** A copy of `data` with the value at `path` replaced, copying only the containers on the path. */
function replaceAt(data: unknown, path: (string | number)[], value: unknown): unknown {
  if (!path.length) return value;
  const copies: unknown[] = [];
  let node = data;
  for (const key of path) {
    copies.push(node);
    node = (node as Record<string | number, unknown>)[key];
  }
  let result = value;
  for (let i = path.length - 1; i >= 0; i--) {
    const parent = copies[i] as Record<string | number, unknown>;
    const copy = (Array.isArray(parent) ? [...parent] : { ...parent }) as Record<string | number, unknown>;
    copy[path[i]!] = result;
    result = copy;
  }
  return result;
}

// ---------------------------------------------------------------- zod issues in plain words

type Issue = z.Issue;

const kindOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const shown = (v: unknown): string => {
  const s = JSON.stringify(v);
  return s === undefined ? kindOf(v) : s.length > 60 ? `${s.slice(0, 57)}...` : s;
};

/** A union fails on every branch; report the branch that came closest (fewest, deepest issues). */
function closestBranch(errors: Issue[][]): Issue[] {
  const score = (issues: Issue[]) =>
    issues.length * 100 -
    Math.max(0, ...issues.map((i) => i.path.length)) +
    (issues.some((i) => i.code === 'unrecognized_keys') ? 1000 : 0);
  return [...errors].sort((a, b) => score(a) - score(b))[0] ?? [];
}

function words(issue: Issue): Pick<Problem, 'rule' | 'message' | 'en' | 'fix'> {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined)
        return {
          rule: 'ontbreekt',
          message: `ontbreekt; verwacht ${issue.expected}`,
          en: `missing; expected ${issue.expected}`,
          fix: { nl: 'Vul dit veld in.', en: 'Fill in this field.' },
        };
      return {
        rule: 'type',
        message: `verwacht ${issue.expected}, gevonden ${kindOf(input)}`,
        en: `expected ${issue.expected}, found ${kindOf(input)}`,
        fix:
          issue.expected === 'number' && typeof input === 'string'
            ? { nl: 'Schrijf het getal zonder aanhalingstekens.', en: 'Write the number without quotes.' }
            : { nl: `Geef een ${issue.expected}.`, en: `Give a ${issue.expected}.` },
      };
    case 'unrecognized_keys':
      return {
        rule: 'onbekend-veld',
        message: `onbekend veld ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
        en: `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
        fix: { nl: 'Controleer de spelling of haal het weg.', en: 'Check the spelling or remove it.' },
      };
    case 'invalid_value':
      return {
        rule: 'waarde',
        message: `verwacht een van: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; gevonden ${shown(input)}`,
        en: `expected one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; found ${shown(input)}`,
      };
    case 'invalid_format':
      if (issue.format === 'date')
        return {
          rule: 'datum',
          message: `verwacht een bestaande datum als JJJJ-MM-DD, gevonden ${shown(input)}`,
          en: `expected a real date as YYYY-MM-DD, found ${shown(input)}`,
          fix: { nl: 'Controleer dag en maand.', en: 'Check the day and the month.' },
        };
      if (issue.format === 'url')
        return {
          rule: 'url',
          message: `verwacht een https-adres, gevonden ${shown(input)}`,
          en: `expected an https address, found ${shown(input)}`,
          fix: { nl: 'Begin het adres met https://.', en: 'Start the address with https://.' },
        };
      if (issue.format === 'regex') {
        const own = issue.message && issue.message !== 'Invalid input' ? issue.message : 'ongeldige vorm';
        const en = own.startsWith('verwacht een CBS')
          ? 'expected a CBS municipality code like GM0344'
          : own.startsWith('verwacht kleine')
            ? 'expected lower case letters, digits, dot or dash'
            : own.startsWith('verwacht een telefoon')
              ? 'expected a phone number'
              : 'invalid form';
        return { rule: 'vorm', message: `${own}, gevonden ${shown(input)}`, en: `${en}, found ${shown(input)}` };
      }
      return {
        rule: 'vorm',
        message: `ongeldige vorm (${issue.format}), gevonden ${shown(input)}`,
        en: `invalid form (${issue.format}), found ${shown(input)}`,
      };
    case 'too_small':
      if (issue.origin === 'array')
        return {
          rule: 'te-weinig',
          message: `verwacht minstens ${String(issue.minimum)} item(s)`,
          en: `expected at least ${String(issue.minimum)} item(s)`,
        };
      return {
        rule: 'te-klein',
        message: issue.message !== 'Invalid input' ? issue.message : `te klein (minimaal ${String(issue.minimum)})`,
        en: issue.message === 'mag niet leeg zijn' ? 'must not be empty' : `too small (at least ${String(issue.minimum)})`,
      };
    case 'invalid_union':
      return {
        rule: 'vorm',
        message: `past niet bij een van de toegestane vormen, gevonden ${shown(input)}`,
        en: `does not match any allowed form, found ${shown(input)}`,
      };
    default:
      return { rule: issue.code, message: `ongeldige waarde (${issue.code})`, en: `invalid value (${issue.code})` };
  }
}

function flatten(issues: Issue[], prefix: readonly PropertyKey[] = []): { path: PropertyKey[]; issue: Issue }[] {
  const out: { path: PropertyKey[]; issue: Issue }[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) out.push(...flatten(closestBranch(issue.errors), path));
    else out.push({ path, issue });
  }
  return out;
}

/** zod's verdict on `raw` as problems of `file` (after scanRaw); values under a cut path are skipped. */
function schemaCheck<T>(schema: z.ZodMiniType<T>, file: string, raw: unknown, prefix: (string | number)[] = [], scanned = true): Report<T> {
  const scan = scanned ? scanRaw(raw, file, prefix) : { data: raw, problems: [], cut: [] as string[] };
  const result = schema.safeParse(scan.data, { reportInput: true });
  const problems = [...scan.problems];
  if (!result.success) {
    for (const { path, issue } of flatten(result.error.issues)) {
      const where = joinPath([...prefix, ...(path as (string | number)[])]);
      if (scan.cut.some((c) => where === c || where.startsWith(`${c}.`) || where.startsWith(`${c}[`))) continue;
      problems.push(problem({ file, path: where, ...words(issue) }));
    }
  }
  return { problems, value: result.success ? result.data : undefined };
}

/** Parse `raw` with `schema`; throw a DatasetError naming `file` and each field on failure. */
export function parseFile<T>(schema: z.ZodMiniType<T>, file: string, raw: unknown): T {
  const r = schemaCheck(schema, file, raw);
  if (errorsOf(r.problems).length || r.value === undefined) throw new DatasetError(errorsOf(r.problems));
  return r.value;
}

// ---------------------------------------------------------------- positions

/** Adds line:column to problems whose file text is known. */
export function withPositions(
  problems: Problem[],
  texts: Record<string, string | undefined>,
  where: (file: string) => { text: string; prefix: (string | number)[] } | undefined = (f) => {
    const text = texts[f];
    return text === undefined ? undefined : { text, prefix: [] };
  },
): Problem[] {
  const maps = new Map<string, Map<string, Position>>();
  return problems.map((p) => {
    if (p.line) return p;
    const src = where(p.file);
    if (!src) return p;
    let map = maps.get(src.text);
    if (!map) {
      map = positions(src.text);
      maps.set(src.text, map);
    }
    const base = joinPath(src.prefix);
    // the field itself, or the nearest parent that has a position
    let path = p.path;
    for (;;) {
      const full = base && path ? `${base}${path.startsWith('[') ? '' : '.'}${path}` : base || path;
      const pos = map.get(full);
      if (pos) return { ...p, ...pos };
      if (!path) return p;
      const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
      path = cut > 0 ? path.slice(0, cut) : '';
    }
  });
}

// ---------------------------------------------------------------- a whole dataset

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const itemsOf = (raw: unknown, key: string): unknown[] => (isObject(raw) && Array.isArray(raw[key]) ? raw[key] : []);
const rawId = (x: unknown): string | undefined => (isObject(x) && typeof x['id'] === 'string' ? x['id'] : undefined);

/**
 * Parse every item on its own, once: its problems (with their place in the file) go to
 * `problems` when given, the valid items on to the checks between files.
 */
function collect<T extends object>(
  schema: z.ZodMiniType<T>,
  items: unknown[],
  file: string,
  key: string,
  origin: Map<object, Location>,
  known: Set<string>,
  partial?: Set<object>,
  problems?: Problem[],
): T[] {
  const out: T[] = [];
  items.forEach((item, i) => {
    const r = schemaCheck(schema, file, item, [key, i]);
    if (problems) problems.push(...r.problems);
    const value = r.value;
    const deep = r.problems.some((p) => p.rule === 'te-diep');
    if (value !== undefined) {
      out.push(value);
      origin.set(value, { file, path: `${key}[${i}]` });
    } else {
      const id = rawId(item);
      if (id) known.add(id);
      // a regeling with a schema error still has its references checked, from the fields that passed
      const part = partial && !deep ? salvage(schema, item) : undefined;
      if (part && partial) {
        out.push(part as T);
        origin.set(part, { file, path: `${key}[${i}]` });
        partial.add(part);
      }
    }
  });
  return out;
}

/** The fields of an object that pass their own schema (undefined when it has no id to name it by). */
function salvage(schema: z.ZodMiniType, raw: unknown): Record<string, unknown> | undefined {
  const shape = (schema as unknown as { shape?: Record<string, z.ZodMiniType> }).shape;
  if (!shape || !isObject(raw) || typeof raw['id'] !== 'string') return undefined;
  const out: Record<string, unknown> = {};
  for (const [k, field] of Object.entries(shape)) {
    const r = field.safeParse(raw[k]);
    if (r.success && r.data !== undefined) out[k] = r.data;
  }
  return out;
}

/** A file schema with its lists' items left to `collect`: the outline only (fields, arrays). */
const envelopes = new Map<z.ZodMiniType, z.ZodMiniType>();
function envelope(schema: z.ZodMiniType): z.ZodMiniType {
  let e = envelopes.get(schema);
  if (!e) {
    const shape = (schema as unknown as { shape: Record<string, z.ZodMiniType & { def: { type: string; innerType?: z.ZodMiniType } }> })
      .shape;
    e = z.strictObject(
      Object.fromEntries(
        Object.entries(shape).map(([k, f]) => {
          const optional = f.def.type === 'optional';
          const inner = optional ? f.def.innerType! : f;
          const outline = (inner as { def: { type: string } }).def.type === 'array' ? z.array(z.unknown()) : inner;
          return [k, optional ? z.optional(outline) : outline];
        }),
      ),
    );
    envelopes.set(schema, e);
  }
  return e;
}

export interface DatasetOptions {
  /** The JSON text per file name (`vragen.json`, `regelingen/wmo.json`), for line:column. */
  texts?: Record<string, string | undefined>;
  /** The JSON text of the whole dataset in one file (DatasetFiles, as dist/regelingen.json), for line:column. */
  bundle?: string;
  /** How messages name a file, e.g. with the folder or URL in front. */
  name?: (file: string) => string;
}

/** Where a file of the dataset stands in the one-file form (DatasetFiles). */
export const bundlePath = (file: string): string[] =>
  file.startsWith('regelingen/') ? ['regelingen', file.slice('regelingen/'.length)] : [file];

/** Validate every file of a dataset and the references between them. */
export function validateDataset(files: DatasetFiles, opts: DatasetOptions = {}): Report<Dataset> & { at: Locate } {
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

// ---------------------------------------------------------------- a municipal overlay

export interface OverlayOptions {
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
  const file = opts.file ?? (isObject(raw) && typeof raw['gemeente'] === 'string' ? `gemeenten/${raw['gemeente']}.json` : 'overlay');
  const schema = schemaCheck(OverlaySchema, file, raw);
  const problems = [...schema.problems];
  const origin = new Map<object, Location>();
  const knownRegelingen = new Set<string>();
  const o = isObject(raw) ? raw : {};
  if (opts.gemeente && typeof o['gemeente'] === 'string' && o['gemeente'].toUpperCase() !== opts.gemeente.toUpperCase()) {
    problems.push(
      problem({
        file,
        path: 'gemeente',
        rule: 'andere-gemeente',
        message: `deze overlay is voor ${o['gemeente']}, maar de pagina is voor ${opts.gemeente.toUpperCase()}`,
        en: `this overlay is for ${o['gemeente']}, but the page is for ${opts.gemeente.toUpperCase()}`,
        fix: {
          nl: `Gebruik de overlay van ${opts.gemeente.toUpperCase()}, of zet gemeente="${o['gemeente']}" op de pagina.`,
          en: `Use the overlay of ${opts.gemeente.toUpperCase()}, or set gemeente="${o['gemeente']}" on the page.`,
        },
      }),
    );
  }
  if (o['gemeente'] === 'GM9999' || JSON.stringify(raw ?? null).includes('gemeente.example')) {
    problems.push(
      problem({
        file,
        path: o['gemeente'] === 'GM9999' ? 'gemeente' : '',
        level: 'waarschuwing',
        rule: 'sjabloon',
        message: 'er staan nog voorbeeldwaarden uit het sjabloon in (GM9999 of gemeente.example)',
        en: "the template's example values are still there (GM9999 or gemeente.example)",
        fix: { nl: 'Vul de eigen gemeentecode en de echte adressen in.', en: 'Fill in your own municipality code and the real addresses.' },
      }),
    );
  }
  // the parts that passed, for the checks on the merged whole
  const partial = new Set<object>();
  const local = collect(RegelingSchema, itemsOf(o, 'regelingen'), file, 'regelingen', origin, knownRegelingen, partial);
  const figures = collect(FigureSchema, itemsOf(o, 'cijfers'), file, 'cijfers', origin, new Set());
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
      problems.push(
        problem({
          ...origin.get(r)!,
          path: `${origin.get(r)!.path}.niveau`,
          rule: 'overlay-niveau',
          message: `een overlay voegt alleen gemeentelijke regelingen toe, gevonden niveau "${r.niveau}"`,
          en: `an overlay adds only municipal regelingen, found level "${r.niveau}"`,
          fix: {
            nl: 'Zet niveau op "gemeentelijk", of voeg de regeling toe aan de landelijke dataset.',
            en: 'Set niveau to "gemeentelijk", or add the regeling to the national dataset.',
          },
        }),
      );
  });
  overlay.vervalt!.forEach((id, i) => {
    if (!base.regelingen.some((r) => r.id === id))
      problems.push(
        problem({
          file,
          path: `vervalt[${i}]`,
          rule: 'onbekende-regeling',
          message: `regeling "${id}" bestaat niet in de landelijke dataset`,
          en: `regeling "${id}" does not exist in the national dataset`,
          fix: { nl: 'Controleer de spelling van het id.', en: 'Check the spelling of the id.' },
        }),
      );
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

// ---------------------------------------------------------------- a scenario

/** Whether an answer fits its question (null is "weet ik niet"); the expectation when it does not. */
function answerProblem(q: Dataset['vragen'][number], a: unknown): { nl: string; en: string } | undefined {
  if (a === null) return undefined;
  const options = q.opties?.map((o) => o.waarde) ?? [];
  switch (q.type) {
    case 'ja-nee':
      return typeof a === 'boolean' ? undefined : { nl: 'verwacht true of false', en: 'expected true or false' };
    case 'keuze':
      return typeof a === 'string' && options.includes(a)
        ? undefined
        : { nl: `verwacht een van: ${options.join(', ')}`, en: `expected one of: ${options.join(', ')}` };
    case 'meerkeuze':
      return Array.isArray(a) && a.every((x) => options.includes(x))
        ? undefined
        : { nl: `verwacht een lijst met: ${options.join(', ')}`, en: `expected a list of: ${options.join(', ')}` };
    case 'getal':
    case 'bedrag':
      return typeof a === 'number' && a >= (q.min ?? -Infinity) && a <= (q.max ?? Infinity)
        ? undefined
        : {
            nl: `verwacht een getal${q.min !== undefined ? ` vanaf ${q.min}` : ''}${q.max !== undefined ? ` tot en met ${q.max}` : ''}`,
            en: `expected a number${q.min !== undefined ? ` from ${q.min}` : ''}${q.max !== undefined ? ` up to ${q.max}` : ''}`,
          };
    case 'datum':
      return typeof a === 'string' && z.iso.date().safeParse(a).success
        ? undefined
        : { nl: 'verwacht een datum als JJJJ-MM-DD', en: 'expected a date as YYYY-MM-DD' };
  }
}

/** Validate a scenario fixture against a dataset: schema, every id it names, and its answers. */
export function validateScenario(raw: unknown, ds: Dataset, file: string, text?: string): Report<Scenario> {
  const r = schemaCheck(ScenarioSchema, file, raw);
  const problems = [...r.problems];
  const s = r.value;
  if (s) {
    const questions = new Map(ds.vragen.map((q) => [q.id, q]));
    const ids = new Set(ds.regelingen.map((x) => x.id));
    const missing = (path: string, what: [string, string], id: string, fix: [string, string]) =>
      problems.push(
        problem({
          file,
          path,
          rule: 'onbekend-id',
          message: `${what[0]} "${id}" bestaat niet in de dataset`,
          en: `${what[1]} "${id}" does not exist in the dataset`,
          fix: { nl: fix[0], en: fix[1] },
        }),
      );
    for (const [id, answer] of Object.entries(s.antwoorden)) {
      const q = questions.get(id);
      if (!q) {
        missing(`antwoorden.${id}`, ['vraag', 'question'], id, [
          'Kies het id van een vraag uit vragen.json.',
          'Choose the id of a question in vragen.json.',
        ]);
        continue;
      }
      const wrong = answerProblem(q, answer);
      if (wrong)
        problems.push(
          problem({
            file,
            path: `antwoorden.${id}`,
            rule: 'antwoord',
            message: `${wrong.nl}; gevonden ${shown(answer)}`,
            en: `${wrong.en}; found ${shown(answer)}`,
          }),
        );
    }
    // magNietTonen may name regelingen that are not there at all (abolished, another municipality's)
    (['moetTonen', 'urgent', 'komt'] as const).forEach((key) =>
      (s[key] ?? []).forEach((id, i) => {
        if (!ids.has(id))
          missing(`${key}[${i}]`, ['regeling', 'regeling'], id, ['Kies het id van een regeling.', 'Choose the id of a regeling.']);
      }),
    );
    if (s.eersteLoket && !ds.loketten.some((c) => c.id === s.eersteLoket))
      missing('eersteLoket', ['loket', 'counter'], s.eersteLoket, [
        'Kies het id van een loket uit loketten.json.',
        'Choose the id of a counter in loketten.json.',
      ]);
  }
  const named = withPositions(problems, { [file]: text });
  return { problems: named, value: errorsOf(named).length ? undefined : s };
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
