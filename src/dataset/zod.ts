/**
 * The one place zod is imported from. `jitless` must be set before any schema is built:
 * under a strict Content-Security-Policy zod would otherwise probe `new Function("")`.
 * zod/mini keeps the bundle small; only the functions named here end up in it (re-exporting
 * the whole namespace would keep all of zod, locales included).
 */
import { config } from 'zod/mini';

config({ jitless: true });

export {
  array,
  boolean,
  describe,
  enum,
  globalRegistry,
  iso,
  minLength,
  null,
  number,
  optional,
  record,
  regex,
  string,
  strictObject,
  tuple,
  union,
  unknown,
  url,
  type infer,
  type ZodMiniType,
  type ZodMiniOptional,
} from 'zod/mini';
export type { $ZodIssue as Issue } from 'zod/v4/core';
