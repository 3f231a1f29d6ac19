/** line:column in the JSON text for problems, found from their field path (json-text.ts): one linear pass per text, for the reported paths only. */
import { joinPath, positionsOf, type Position } from './json-text.js';
import type { Problem } from './problems.js';

/** Adds line:column to problems whose file text is known. */
export function withPositions(
  problems: Problem[],
  texts: Record<string, string | undefined>,
  where: (file: string) => { text: string; prefix: (string | number)[] } | undefined = (f) => {
    const text = texts[f];
    return text === undefined ? undefined : { text, prefix: [] };
  },
): Problem[] {
  // per text, the full paths of its problems: positions are looked up for these only, in one pass
  const full = (src: { prefix: (string | number)[] }, path: string): string => {
    const base = joinPath(src.prefix);
    return base && path ? `${base}${path.startsWith('[') ? '' : '.'}${path}` : base || path;
  };
  const wanted = new Map<string, Set<string>>();
  for (const p of problems) {
    if (p.line) continue;
    const src = where(p.file);
    if (!src) continue;
    let set = wanted.get(src.text);
    if (!set) wanted.set(src.text, (set = new Set()));
    set.add(full(src, p.path));
  }
  const maps = new Map<string, Map<string, Position>>();
  for (const [text, set] of wanted) maps.set(text, positionsOf(text, [...set]));
  return problems.map((p) => {
    if (p.line) return p;
    const src = where(p.file);
    const pos = src && maps.get(src.text)?.get(full(src, p.path));
    return pos ? { ...p, ...pos } : p;
  });
}

/** Where a file of the dataset stands in the one-file form (DatasetFiles). */
export const bundlePath = (file: string): string[] =>
  file.startsWith('regelingen/') ? ['regelingen', file.slice('regelingen/'.length)] : [file];
