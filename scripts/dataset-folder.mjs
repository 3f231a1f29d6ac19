// A dataset folder (regelingen/, or a copy a policy team edits) read into the DatasetFiles shape
// of src/dataset/merge.ts: vragen.json, cijfers.json, loketten.json and regelingen/*.json in name
// order (the order the widget embeds them in). The one place that knows the folder's layout: the
// build (vite.config.ts), `npm run validate`, `npm run overview`, `npm run links` and the
// embedding tests' server (test/embed/server.js) all read a folder through it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The names of the JSON files in `dir/sub`, sorted; none when the folder is missing. */
export function jsonFiles(dir, sub) {
  const at = join(dir, sub);
  return existsSync(at)
    ? readdirSync(at)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
}

/** Reads a file of the folder as JSON. */
export const readJson = (dir) => (rel) => JSON.parse(readFileSync(join(dir, rel), 'utf8'));

/** Reads a file of the folder as JSON without its editor's "$schema" line (as the build embeds it). */
export const readJsonWithoutSchema = (dir) => (rel) => {
  const { $schema: _schema, ...rest } = readJson(dir)(rel);
  return rest;
};

/**
 * The dataset in `dir` as DatasetFiles. `read(rel)` reads one file by its path in the folder
 * (default: as JSON); a regelingen file it gives `undefined` for is left out.
 */
export function readDatasetFolder(dir, read = readJson(dir)) {
  return {
    'vragen.json': read('vragen.json'),
    'cijfers.json': read('cijfers.json'),
    'loketten.json': read('loketten.json'),
    regelingen: Object.fromEntries(
      jsonFiles(dir, 'regelingen')
        .map((f) => [f, read(`regelingen/${f}`)])
        .filter(([, raw]) => raw !== undefined),
    ),
  };
}
