/**
 * The schema (zod, schema.ts) on raw JSON, as problems in plain words: each zod issue becomes
 * the problem of its rule in rules.ts, at its field; a union that fails on every branch is
 * reported by the branch that came closest. `collect` parses a file's records one by one, so a
 * broken record does not hide the others and a regeling with a schema error is still checked
 * for its references (`salvage`). After MAX_ERRORS errors it stops (`gestopt`): a hostile file
 * cannot make it spend long.
 */
import type { Location } from './check-scope.js';
import { joinPath } from './json-text.js';
import { DatasetError, errorsOf, problem, type Problem } from './problems.js';
import { MAX_ITEMS, scanRaw, tooMany } from './raw-scan.js';
import { found, type Verdict } from './rules.js';
import * as z from './zod.js';

export interface Report<T> {
  /** Every problem, errors and warnings, in file order. */
  problems: Problem[];
  /** The validated data when there is no error. */
  value?: T;
}

type Issue = z.Issue;

/** After this many errors in one file the validator stops: a hostile file cannot make it spend long. */
export const MAX_ERRORS = 1000;

/** The error limit of the validation that runs now (its `maxErrors` option); validation is synchronous. */
let errorLimit = MAX_ERRORS;

/** Run `fn` with `limit` as the error limit. */
export function limited<T>(limit: number | undefined, fn: () => T): T {
  const before = errorLimit;
  errorLimit = limit ?? MAX_ERRORS;
  try {
    return fn();
  } finally {
    errorLimit = before;
  }
}

/** Whether `problems` holds as many errors as the limit allows (the overlay then skips its checks on the whole). */
export const atLimit = (problems: Problem[]): boolean => errorsOf(problems).length >= errorLimit;

/**
 * Whether `problems` already holds the limit's number of errors; the first time, one more error
 * says the validator stopped (so a file it did not finish is never accepted).
 */
function stopped(problems: Problem[], file: string): boolean {
  let errors = 0;
  for (const p of problems) {
    if (p.rule === 'gestopt') return true;
    if (p.level === 'fout') errors++;
  }
  if (errors < errorLimit) return false;
  problems.push(problem({ file, path: '', ...found('gestopt', { errors: errorLimit }) }));
  return true;
}

const kindOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
export const shown = (v: unknown): string => {
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

/** A zod issue in the words of its rule (rules.ts). */
function words(issue: Issue): Verdict {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return found('ontbreekt', { expected: issue.expected });
      return found('type', { expected: issue.expected, found: kindOf(input) });
    case 'unrecognized_keys':
      return found('onbekend-veld', { keys: issue.keys });
    case 'invalid_value':
      return found('waarde', { values: issue.values.map((v) => JSON.stringify(v)).join(', '), found: shown(input) });
    case 'invalid_format':
      if (issue.format === 'date') return found('datum', { found: shown(input) });
      if (issue.format === 'url') return found('url', { found: shown(input) });
      if (issue.format === 'regex') {
        const own = issue.message && issue.message !== 'Invalid input' ? issue.message : 'ongeldige vorm';
        const en = own.startsWith('verwacht een CBS')
          ? 'expected a CBS municipality code like GM0344'
          : own.startsWith('verwacht kleine')
            ? 'expected lower case letters, digits, dot or dash'
            : own.startsWith('verwacht een telefoon')
              ? 'expected a phone number'
              : 'invalid form';
        return found('vorm', { expected: { nl: own, en }, found: shown(input) });
      }
      return found('vorm', {
        expected: { nl: `ongeldige vorm (${issue.format})`, en: `invalid form (${issue.format})` },
        found: shown(input),
      });
    case 'too_small':
      if (issue.origin === 'array') return found('te-weinig', { minimum: String(issue.minimum) });
      return found('te-klein', {
        nl: issue.message !== 'Invalid input' ? issue.message : `te klein (minimaal ${String(issue.minimum)})`,
        en: issue.message === 'mag niet leeg zijn' ? 'must not be empty' : `too small (at least ${String(issue.minimum)})`,
      });
    case 'invalid_union':
      return found('vorm', {
        expected: { nl: 'past niet bij een van de toegestane vormen', en: 'does not match any allowed form' },
        found: shown(input),
      });
    default:
      return found('ongeldig', { code: issue.code });
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
export function schemaCheck<T>(
  schema: z.ZodMiniType<T>,
  file: string,
  raw: unknown,
  prefix: (string | number)[] = [],
  scanned = true,
): Report<T> {
  const scan = scanned ? scanRaw(raw, file, prefix) : { data: raw, problems: [], cut: [] as string[] };
  const result = schema.safeParse(scan.data, { reportInput: true });
  const problems = [...scan.problems];
  if (!result.success) {
    for (const { path, issue } of flatten(result.error.issues).slice(0, errorLimit)) {
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

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const itemsOf = (raw: unknown, key: string): unknown[] => (isObject(raw) && Array.isArray(raw[key]) ? raw[key] : []);
const rawId = (x: unknown): string | undefined => (isObject(x) && typeof x['id'] === 'string' ? x['id'] : undefined);

/**
 * Parse every item on its own, once: its problems (with their place in the file) go to
 * `problems` when given, the valid items on to the checks between files.
 */
export function collect<T extends object>(
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
  if (items.length > MAX_ITEMS) {
    problems?.push(tooMany(file, joinPath([key]), items.length));
    return out;
  }
  for (const [i, item] of items.entries()) {
    if (problems && stopped(problems, file)) break;
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
  }
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
export function envelope(schema: z.ZodMiniType): z.ZodMiniType {
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
