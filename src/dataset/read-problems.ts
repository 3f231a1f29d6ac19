/**
 * The problems of reading a text as JSON (json-text.ts: not JSON, too large, too deep), made from
 * the rule catalogue (rules.ts) for the validate command and the preview page. The widget does not
 * load this: a data URL that is no JSON is a load error there (remote.ts).
 */
import type { JsonFailure } from './json-text.js';
import type { Problem } from './problems.js';
import { found } from './rules.js';

export function jsonProblem(file: string, f: JsonFailure): Problem {
  const verdict =
    f.rule === 'te-diep'
      ? found('te-diep', { depth: f.limit ?? 0 })
      : f.rule === 'te-groot'
        ? found('te-groot', { chars: f.size ?? 0, max: f.limit ?? 0 })
        : found('json', { reason: f.reason });
  return { file, path: f.path ?? '', ...f.position, ...verdict };
}
