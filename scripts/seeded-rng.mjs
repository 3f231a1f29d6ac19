// The one seeded random generator of the tests and the bench (mulberry32): the same seed gives
// the same numbers, so a random dataset, a random journey or a failing case can be replayed.
// Plain JavaScript so that bench/run.mjs (Node) uses it as well as the TypeScript tests and
// bench/synthetic.ts. (fast-check's own generator serves fc.assert; this one serves the code that
// builds data outside a property.)

/** Numbers in [0, 1) from a 32-bit seed. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}
