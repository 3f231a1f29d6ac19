// Generate the JSON Schemas in regelingen/schema/ from the zod schemas in src/dataset/schema.ts,
// so a policy officer's editor (VS Code, IntelliJ) checks and completes the dataset files.
// `--check` exits non-zero when the committed schemas are out of date (CI runs it).
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = mkdtempSync(join(tmpdir(), 'rw-schema-'));
const out = join(dir, 'schema.mjs');
await build({ entryPoints: ['src/dataset/schema.ts'], bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'error' });
const s = await import(pathToFileURL(out).href);
const { toJSONSchema } = await import('zod/mini');
rmSync(dir, { recursive: true });

const files = {
  'vragen.schema.json': s.QuestionsFileSchema,
  'cijfers.schema.json': s.FiguresFileSchema,
  'loketten.schema.json': s.CountersFileSchema,
  'regelingen.schema.json': s.RegelingenFileSchema,
  'gemeente.schema.json': s.OverlaySchema,
  'scenario.schema.json': s.ScenarioSchema,
};
const check = process.argv.includes('--check');
let stale = 0;
for (const [name, schema] of Object.entries(files)) {
  const json = `${JSON.stringify({ title: `Regelingenwijzer: ${name.replace('.schema.json', '')}`, ...toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) }, null, 2)}\n`;
  const path = join('regelingen', 'schema', name);
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    /* new */
  }
  if (current === json) continue;
  if (check) {
    console.error(`${path} is out of date: run npm run schema`);
    stale++;
  } else {
    writeFileSync(path, json);
    console.log(`wrote ${path}`);
  }
}
process.exit(stale ? 1 : 0);
