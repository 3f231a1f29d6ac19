/**
 * The one place zod is imported from. `jitless` must be set before any schema is built:
 * under a strict Content-Security-Policy zod would otherwise probe `new Function("")`.
 * zod/mini keeps the bundle small (about 5 KB gzip instead of 20 KB).
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
