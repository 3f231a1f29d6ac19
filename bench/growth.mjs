// The growth dataset of issue 24: the shipped regelingen/ folder grown to 500 national
// regelingen and 200 local ones (in the overlay of GEMEENTE), written to a folder of the same
// shape, so `REGELINGEN_DIR=<folder> vite build` embeds it as it embeds the real one.
// The extra regelingen are copies of real ones (so they validate and their conditions are as
// deep as the real ones), with their own id and name; crisis lines are never copied.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const NATIONAL = 500;
export const LOCAL = 200;
export const GEMEENTE = 'GM0344';
const PER_FILE = 200;

const read = (f) => JSON.parse(readFileSync(f, 'utf8'));

/** Copies `from` (a regelingen/ folder) to `to`, grown; returns the counts. */
export function writeGrowth(from, to) {
  cpSync(from, to, { recursive: true });
  const dir = join(to, 'regelingen');
  const real = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => read(join(dir, f)).regelingen);
  const copyable = real.filter((r) => !r.crisis);
  const copy = (r, k, tag) => ({
    ...r,
    id: `${r.id}-${tag}${k}`,
    naam: Object.fromEntries(Object.entries(r.naam).map(([l, s]) => [l, `${s} (${tag}${k})`])),
  });
  const extra = [];
  for (let k = 0; real.length + extra.length < NATIONAL; k++) extra.push(copy(copyable[k % copyable.length], k, 'groei'));
  mkdirSync(dir, { recursive: true });
  // A file holds at most MAX_ITEMS regelingen (src/dataset/raw-scan.ts, 250): 200 per file.
  for (let i = 0; i * PER_FILE < extra.length; i++)
    writeFileSync(join(dir, `zz-groei-${i}.json`), JSON.stringify({ regelingen: extra.slice(i * PER_FILE, (i + 1) * PER_FILE) }));
  const overlayFile = join(to, 'gemeenten', `${GEMEENTE}.json`);
  const overlay = read(overlayFile);
  const local = overlay.regelingen ?? [];
  const grown = [...local];
  for (let k = 0; grown.length < LOCAL; k++) grown.push(copy(local[k % local.length], k, 'lokaal'));
  writeFileSync(overlayFile, JSON.stringify({ ...overlay, regelingen: grown }));
  return { national: real.length + extra.length, local: grown.length };
}
