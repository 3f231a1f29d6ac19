// Types of scripts/seeded-rng.mjs.
/** Numbers in [0, 1) from a 32-bit seed (mulberry32). */
export function rng(seed: number): () => number;
