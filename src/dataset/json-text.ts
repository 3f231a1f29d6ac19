/**
 * A JSON text before and around JSON.parse: a depth and size scan before parsing (so a hostile
 * file a hundred thousand levels deep is refused with its place, not parsed and walked), and
 * line and column of the values that problems are reported for. Everything here is one linear
 * pass without recursion: no input can overflow the stack or take quadratic time.
 */

export interface Position {
  line: number;
  column: number;
}

/** Deeper than this (JSON levels) is refused before zod or the engine walk it. Real data: about 14. */
export const MAX_DEPTH = 64;

/** Longer than this (characters) is refused before parsing. The national dataset is about 0.4 MB. */
export const MAX_CHARS = 8_000_000;

/** `a.b[0].c`: the field path format of every problem. */
export function joinPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += (out ? '.' : '') + String(part);
  }
  return out;
}

const QUOTE = 34,
  BACKSLASH = 92,
  COMMA = 44,
  COLON = 58,
  OPEN_OBJECT = 123,
  CLOSE_OBJECT = 125,
  OPEN_ARRAY = 91,
  CLOSE_ARRAY = 93;

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/** The index just after the string that starts (with its quote) at `i`. */
function stringEnd(text: string, i: number): number {
  const n = text.length;
  i++;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i += 2;
    else if (c === QUOTE) return i + 1;
    else i++;
  }
  return n;
}

function decodeKey(text: string, start: number, end: number): string {
  try {
    return JSON.parse(text.slice(start, end)) as string;
  } catch {
    return text.slice(start + 1, end - 1);
  }
}

/** Line and column of each offset (sorted or not), in one pass over the text up to the last. */
export function lineColumns(text: string, offsets: readonly number[]): Map<number, Position> {
  const out = new Map<number, Position>();
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  let line = 1,
    lineStart = 0,
    i = 0;
  for (const offset of sorted) {
    for (; i < offset && i < text.length; i++) {
      if (text.charCodeAt(i) === 10) {
        line++;
        lineStart = i + 1;
      }
    }
    out.set(offset, { line, column: offset - lineStart + 1 });
  }
  return out;
}

export const lineColumn = (text: string, offset: number): Position => lineColumns(text, [offset]).get(offset)!;

/**
 * The first place where the text is nested deeper than `max` levels: the field path of the
 * container that is one level too deep (as joinPath writes it) and its line and column.
 * One pass, no recursion; keys are decoded only for the path that is reported.
 */
export function tooDeep(text: string, max = MAX_DEPTH): { path: string; position: Position } | undefined {
  // per open container: an array index, or the key's place in the text
  const stack: { array: boolean; index: number; keyStart: number; keyEnd: number }[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      const top = stack[stack.length - 1];
      // a key: the next non-space is a colon
      if (top && !top.array) {
        let j = end;
        while (j < n && isSpace(text.charCodeAt(j))) j++;
        if (text.charCodeAt(j) === COLON) {
          top.keyStart = i;
          top.keyEnd = end;
        }
      }
      i = end - 1;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (stack.length >= max) {
        const path: (string | number)[] = [];
        for (const f of stack) path.push(f.array ? f.index : decodeKey(text, f.keyStart, f.keyEnd));
        return { path: joinPath(path), position: lineColumn(text, i) };
      }
      stack.push({ array: c === OPEN_ARRAY, index: 0, keyStart: 0, keyEnd: 0 });
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) stack.pop();
    else if (c === COMMA) {
      const top = stack[stack.length - 1];
      if (top?.array) top.index++;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------- positions of the reported fields

/**
 * The fields asked for, as a tree of path pieces: a joined path is cut before every "." and "[",
 * on both sides (asked and read), so a key with a dot in it ("wmo.json") still matches.
 */
interface Node {
  kids: Map<string, Node>;
  at: number;
}

const pieces = (s: string): string[] => s.split(/(?=[.[])/).filter((p) => p !== '');

function walk(node: Node | null, piece: string, grow: boolean): Node | null {
  let cur = node;
  for (const p of pieces(piece)) {
    if (!cur) return null;
    let next = cur.kids.get(p);
    if (!next && grow) {
      next = { kids: new Map(), at: -1 };
      cur.kids.set(p, next);
    }
    cur = next ?? null;
  }
  return cur;
}

/**
 * Position of the value at each path (as joinPath writes it), or of its nearest parent that is
 * in the text. One pass over the text; only the asked paths are followed, keys are decoded only
 * on them. Paths that are not in the text at all are left out.
 */
export function positionsOf(text: string, paths: readonly string[]): Map<string, Position> {
  const root: Node = { kids: new Map(), at: -1 };
  for (const p of paths) walk(root, p, true);
  const frames: { array: boolean; node: Node | null; index: number }[] = [];
  const n = text.length;
  let i = 0;
  const ws = () => {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
  };
  // after a key's opening quote at i: the node of its value (null off the asked paths), i after the colon
  const key = (frame: { node: Node | null }): Node | null | undefined => {
    ws();
    if (text.charCodeAt(i) !== QUOTE) return undefined;
    const end = stringEnd(text, i);
    const node = frame.node ? walk(frame.node, (frames.length > 1 ? '.' : '') + decodeKey(text, i, end), false) : null;
    i = end;
    ws();
    if (text.charCodeAt(i) === COLON) i++;
    return node;
  };
  let node: Node | null = root;
  scan: for (;;) {
    // a value is expected at i
    ws();
    if (i >= n) break;
    if (node && node.at < 0) node.at = i;
    const c = text.charCodeAt(i);
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      const frame = { array: c === OPEN_ARRAY, node, index: 0 };
      frames.push(frame);
      i++;
      ws();
      if (text.charCodeAt(i) === (frame.array ? CLOSE_ARRAY : CLOSE_OBJECT)) {
        i++;
        frames.pop();
      } else if (frame.array) {
        node = walk(frame.node, '[0]', false);
        continue;
      } else {
        const k = key(frame);
        if (k === undefined) break;
        node = k;
        continue;
      }
    } else if (c === QUOTE) i = stringEnd(text, i);
    else {
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === COMMA || d === CLOSE_ARRAY || d === CLOSE_OBJECT || isSpace(d)) break;
        i++;
      }
    }
    // after a value: close containers or move to the next element
    for (;;) {
      ws();
      const frame = frames[frames.length - 1];
      if (!frame) break scan;
      const d = text.charCodeAt(i);
      if (d === COMMA) {
        i++;
        if (frame.array) {
          frame.index++;
          node = frame.node ? walk(frame.node, `[${frame.index}]`, false) : null;
          continue scan;
        }
        const k = key(frame);
        if (k === undefined) break scan;
        node = k;
        continue scan;
      }
      if (d === (frame.array ? CLOSE_ARRAY : CLOSE_OBJECT)) {
        i++;
        frames.pop();
        continue;
      }
      break scan; // not JSON; JSON.parse reports it
    }
  }
  // each path: its own place, or its nearest parent's
  const found = new Map<string, number>();
  for (const p of paths) {
    let cur: Node | null = root;
    let best = root.at;
    for (const piece of pieces(p)) {
      cur = cur.kids.get(piece) ?? null;
      if (!cur) break;
      if (cur.at >= 0) best = cur.at;
    }
    if (best >= 0) found.set(p, best);
  }
  const at = lineColumns(text, [...found.values()]);
  return new Map([...found].map(([p, o]) => [p, at.get(o)!]));
}

/** Field path → position, for every value in the text (for tests and small texts; the validator asks positionsOf for what it reports). */
export function positions(text: string, paths?: readonly string[]): Map<string, Position> {
  if (paths) return positionsOf(text, paths);
  // every path: collect them with a first pass that records the joined path of each value
  const all: string[] = [];
  const path: (string | number)[] = [];
  const frames: boolean[] = [];
  try {
    const walkValue = (v: unknown) => {
      const todo: { v: unknown; depth: number; seg?: string | number }[] = [{ v, depth: 0 }];
      while (todo.length) {
        const { v: x, depth, seg } = todo.pop()!;
        path.length = depth;
        frames.length = depth;
        if (seg !== undefined) path[depth - 1] = seg;
        all.push(joinPath(path));
        if (x && typeof x === 'object') {
          const entries = Array.isArray(x) ? x.map((y, k) => [k, y] as const) : Object.entries(x);
          for (let k = entries.length - 1; k >= 0; k--) todo.push({ v: entries[k]![1], depth: depth + 1, seg: entries[k]![0] });
        }
      }
    };
    walkValue(JSON.parse(text));
  } catch {
    return new Map();
  }
  return positionsOf(text, all);
}

export interface JsonFailure {
  ok: false;
  /** `json` (syntax), `te-diep` (nesting), `te-groot` (size). */
  rule: 'json' | 'te-diep' | 'te-groot';
  reason: string;
  en: string;
  /** The field where it goes wrong, for `te-diep`. */
  path?: string;
  /** The limit that was passed (`te-diep`: levels, `te-groot`: characters) and, for `te-groot`, the text's length. */
  limit?: number;
  size?: number;
  position?: Position;
}

/**
 * JSON.parse after a size and depth scan, or the reason and the place: a text longer than
 * MAX_CHARS or nested deeper than MAX_DEPTH is refused before it is parsed.
 */
export function parseJson(text: string, limits: { depth?: number; chars?: number } = {}): { ok: true; value: unknown } | JsonFailure {
  const chars = limits.chars ?? MAX_CHARS;
  const depth = limits.depth ?? MAX_DEPTH;
  if (text.length > chars)
    return {
      ok: false,
      rule: 'te-groot',
      limit: chars,
      size: text.length,
      reason: `te groot: ${text.length} tekens, meer dan ${chars}`,
      en: `too large: ${text.length} characters, more than ${chars}`,
    };
  const deep = tooDeep(text, depth);
  if (deep)
    return {
      ok: false,
      rule: 'te-diep',
      limit: depth,
      path: deep.path,
      position: deep.position,
      reason: `te diep genest: meer dan ${depth} niveaus, bij ${deep.path || '(begin)'} (regel ${deep.position.line}, kolom ${deep.position.column})`,
      en: `nested too deeply: more than ${depth} levels, at ${deep.path || '(start)'} (line ${deep.position.line}, column ${deep.position.column})`,
    };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const reason = (e as Error).message;
    const failure: JsonFailure = { ok: false, rule: 'json', reason, en: reason };
    const lc = /line (\d+) column (\d+)/.exec(reason);
    if (lc) return { ...failure, position: { line: Number(lc[1]), column: Number(lc[2]) } };
    const at = /position (\d+)/.exec(reason);
    return at ? { ...failure, position: lineColumn(text, Number(at[1])) } : failure;
  }
}
