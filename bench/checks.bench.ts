/**
 * Runs in headless Chromium (bundled by bench/run.mjs): the timed halves of two tests, whose
 * correctness halves stay in `npm test` without a clock (test/dataset/hostile.test.ts,
 * test/municipalities/search.test.ts): validating the real dataset with 5,000 extra regelingen
 * and with 100,000 characters in every text, and searching all municipalities by four letters.
 */
import { DEFAULT_FILES } from '../src/dataset/default-dataset.js';
import type { DatasetFiles } from '../src/dataset/merge.js';
import { validateDataset } from '../src/dataset/validate.js';
import { MUNICIPALITIES, MUNICIPALITY_INDEX, searchMunicipalities } from '../src/municipalities/index.js';

export interface CheckTimes {
  /** ms: validateDataset on the real dataset plus 5,000 copies of a regeling. */
  validate_5000: number;
  /** ms: validateDataset with 100,000 characters in every nl/en text. */
  validate_long_texts: number;
  /** ms: every municipality searched by the first four letters of its name. */
  search_all: number;
  municipalities: number;
}

function timed(f: () => void): number {
  const t0 = performance.now();
  f();
  return Math.round((performance.now() - t0) * 10) / 10;
}

/** Every nl/en text of a JSON tree replaced by `text`. */
function fill(v: unknown, text: string): void {
  if (Array.isArray(v)) v.forEach((x) => fill(x, text));
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) {
      if ((k === 'nl' || k === 'en') && typeof x === 'string') (v as Record<string, unknown>)[k] = text;
      else fill(x, text);
    }
}

export function benchChecks(): CheckTimes {
  const many = structuredClone(DEFAULT_FILES) as DatasetFiles;
  const one = (Object.values(many.regelingen)[0] as { regelingen: { id: string }[] }).regelingen[0]!;
  many.regelingen['veel.json'] = { regelingen: Array.from({ length: 5000 }, (_, i) => ({ ...one, id: `veel-${i}` })) } as never;
  const long = structuredClone(DEFAULT_FILES);
  fill(long, 'a'.repeat(100_000));
  return {
    validate_5000: timed(() => validateDataset(many)),
    validate_long_texts: timed(() => validateDataset(long)),
    search_all: timed(() => {
      for (const g of MUNICIPALITIES) searchMunicipalities(MUNICIPALITY_INDEX, g.naam.slice(0, 4));
    }),
    municipalities: MUNICIPALITIES.length,
  };
}

(globalThis as unknown as { runChecks(): CheckTimes }).runChecks = benchChecks;
