/** line:column in the JSON text for problems, found from their field path (json-text.ts). */
import { joinPath, positions, type Position } from './json-text.js';
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

/** Where a file of the dataset stands in the one-file form (DatasetFiles). */
export const bundlePath = (file: string): string[] =>
  file.startsWith('regelingen/') ? ['regelingen', file.slice('regelingen/'.length)] : [file];
