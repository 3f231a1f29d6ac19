/**
 * Where a value stands in a JSON text (line and column), so a problem can point at it; and
 * JSON.parse with the position of a syntax error. No recursion: a hostile file nested a
 * hundred thousand levels deep cannot overflow the stack.
 */

export interface Position {
  line: number;
  column: number;
}

/** `a.b[0].c`: the field path format of every problem. */
export function joinPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += (out ? '.' : '') + String(part);
  }
  return out;
}

/** Field path (as joinPath writes it) → position of its value, for every value in the text. */
export function positions(text: string): Map<string, Position> {
  const out = new Map<string, Position>();
  const path: (string | number)[] = [];
  // per open container: is it an array, and for an object, whether a key is expected next
  const frames: { array: boolean }[] = [];
  let i = 0,
    line = 1,
    col = 1;
  const advance = (n = 1) => {
    for (let k = 0; k < n; k++) {
      if (text[i] === '\n') {
        line++;
        col = 1;
      } else col++;
      i++;
    }
  };
  const ws = () => {
    while (i < text.length && /\s/.test(text[i]!)) advance();
  };
  const readString = (): string => {
    const start = i;
    advance(); // opening quote
    while (i < text.length && text[i] !== '"') advance(text[i] === '\\' ? 2 : 1);
    advance();
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      return text.slice(start + 1, i - 1);
    }
  };
  const readKey = (): boolean => {
    ws();
    if (text[i] !== '"') return false;
    path.push(readString());
    ws();
    if (text[i] === ':') advance();
    return true;
  };
  // a value is expected at i
  for (;;) {
    ws();
    if (i >= text.length) break;
    out.set(joinPath(path), { line, column: col });
    const ch = text[i];
    if (ch === '{') {
      advance();
      frames.push({ array: false });
      ws();
      if (text[i] === '}') {
        advance();
        frames.pop();
      } else if (readKey()) continue;
      else break;
    } else if (ch === '[') {
      advance();
      frames.push({ array: true });
      ws();
      if (text[i] === ']') {
        advance();
        frames.pop();
      } else {
        path.push(0);
        continue;
      }
    } else if (ch === '"') readString();
    else while (i < text.length && !/[\s,\]}]/.test(text[i]!)) advance();
    // after a value: close containers or move to the next element
    for (;;) {
      ws();
      const frame = frames[frames.length - 1];
      if (!frame) return out;
      if (text[i] === ',') {
        advance();
        if (frame.array) {
          path[path.length - 1] = (path[path.length - 1] as number) + 1;
          break;
        }
        path.pop();
        if (readKey()) break;
        return out;
      }
      if (text[i] === (frame.array ? ']' : '}')) {
        advance();
        frames.pop();
        path.pop();
        continue;
      }
      return out; // not JSON; JSON.parse reports it
    }
  }
  return out;
}

/** JSON.parse, or the reason and the position of the syntax error. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; reason: string; position?: Position } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const reason = (e as Error).message;
    const lc = /line (\d+) column (\d+)/.exec(reason);
    if (lc) return { ok: false, reason, position: { line: Number(lc[1]), column: Number(lc[2]) } };
    const at = /position (\d+)/.exec(reason);
    if (!at) return { ok: false, reason };
    const before = text.slice(0, Number(at[1])).split('\n');
    return { ok: false, reason, position: { line: before.length, column: before[before.length - 1]!.length + 1 } };
  }
}
