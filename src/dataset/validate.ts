/**
 * Validation with precise errors: every problem names the file, the field path and what was
 * expected, in Dutch, the language of the policy officers who edit regelingen/.
 */
import * as z from './zod.js';
import { DatasetError } from './problems.js';

export { DatasetError, formatProblem, checkReferences, type Problem } from './problems.js';

type Issue = z.Issue;

function joinPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += (out ? '.' : '') + String(part);
  }
  return out;
}

/** A union fails on every branch; report the branch that came closest (fewest, deepest issues). */
function closestBranch(errors: Issue[][]): Issue[] {
  const score = (issues: Issue[]) =>
    issues.length * 100 - Math.max(0, ...issues.map((i) => i.path.length)) + (issues.some((i) => i.code === 'unrecognized_keys') ? 1000 : 0);
  return [...errors].sort((a, b) => score(a) - score(b))[0] ?? [];
}

function describe(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `ontbreekt; verwacht ${issue.expected}` : `verwacht ${issue.expected}, gevonden ${typeof issue.input}`;
    case 'unrecognized_keys':
      return `onbekend veld ${issue.keys.map((k) => `"${k}"`).join(', ')}; controleer de spelling of haal het weg`;
    case 'invalid_value':
      return `verwacht een van: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array' ? `verwacht minstens ${String(issue.minimum)} item(s)` : issue.message !== 'Invalid input' ? issue.message : `te klein (minimaal ${String(issue.minimum)})`;
    case 'invalid_union':
      return 'past niet bij een van de toegestane vormen';
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : `ongeldige waarde (${issue.code})`;
  }
}

function flatten(issues: Issue[], prefix: readonly PropertyKey[] = []): { path: PropertyKey[]; message: string }[] {
  const out: { path: PropertyKey[]; message: string }[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      out.push(...flatten(closestBranch(issue.errors), path));
    } else {
      out.push({ path, message: describe(issue) });
    }
  }
  return out;
}

/** Parse `raw` with `schema`; throw a DatasetError naming `file` and each field on failure. */
export function parseFile<T>(schema: z.ZodMiniType<T>, file: string, raw: unknown): T {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  throw new DatasetError(flatten(result.error.issues).map((p) => ({ file, path: joinPath(p.path), message: p.message })));
}

