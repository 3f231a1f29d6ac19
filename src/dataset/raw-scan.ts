/**
 * Raw JSON before the schema reads it: invisible direction characters in any text or key, and
 * values nested too deep or too wide (more than MAX_ITEMS parts), cut off (reported) so that zod and the engine never recurse that deep.
 */
import { joinPath, MAX_DEPTH } from './json-text.js';
import { problem, type Problem } from './problems.js';
import { found } from './rules.js';

export { MAX_DEPTH };

/** More parts than this in one list or object (regelingen, loketten, options) is refused before zod. Real data: at most about 40. */
export const MAX_ITEMS = 250;

/** Invisible characters that change the direction of text: "0800 2000" would show as "0002 0080". */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * Walk raw JSON without recursion: report direction characters in any string (keys too) and
 * replace values nested deeper than MAX_DEPTH by null (reported), so zod and the engine never
 * recurse that deep. Returns the data to validate (a copy only along the cut paths).
 */
export function scanRaw(
  raw: unknown,
  file: string,
  prefix: (string | number)[] = [],
): { data: unknown; problems: Problem[]; cut: string[] } {
  const problems: Problem[] = [];
  const cut: string[] = [];
  const todo: { value: unknown; path: (string | number)[] }[] = [{ value: raw, path: prefix }];
  const cuts: (string | number)[][] = [];
  const wide: { path: (string | number)[]; count: number }[] = [];
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
    const count = Array.isArray(value) ? value.length : Object.keys(value).length;
    if (count > MAX_ITEMS) {
      wide.push({ path, count });
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
    problems.push(problem({ file, path: shown, ...found('te-diep', { depth: MAX_DEPTH }) }));
    data = replaceAt(data, path.slice(prefix.length), null);
  }
  for (const { path, count } of wide) {
    const shown = joinPath(path);
    cut.push(shown);
    problems.push(tooMany(file, shown, count));
    data = replaceAt(data, path.slice(prefix.length), null);
  }
  return { data, problems, cut };
}

/** A list or object with more than MAX_ITEMS parts, as a problem. */
export const tooMany = (file: string, path: string, count: number): Problem =>
  problem({ file, path, ...found('te-veel', { count, max: MAX_ITEMS }) });

/** Whether any string (key or value) down to MAX_DEPTH passes `test`; no recursion. */
export function someString(raw: unknown, test: (s: string) => boolean): boolean {
  const todo: { value: unknown; depth: number }[] = [{ value: raw, depth: 0 }];
  while (todo.length) {
    const { value, depth } = todo.pop()!;
    if (typeof value === 'string') {
      if (test(value)) return true;
    } else if (value && typeof value === 'object' && depth < MAX_DEPTH) {
      for (const [k, v] of Object.entries(value)) {
        if (test(k)) return true;
        todo.push({ value: v, depth: depth + 1 });
      }
    }
  }
  return false;
}

function bidiProblem(file: string, path: string, ch: string): Problem {
  const code = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return problem({ file, path, ...found('richtingsteken', { code }) });
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
