// `npm run size`: what a municipality's visitors download.
// 1. dist/regelingen-wizard.js as built by `npm run build` (the code before the first screen) and
//    dist/regelingen-wizard-dataset.js (the embedded dataset, JSON text, loaded behind it), raw and gzip -9.
// 2. The same build with the embedded dataset replaced by an empty stub: the widget code with
//    all its dependencies before the first screen (target: at most 50 KB gzip), and each chunk
//    it loads later (the machine and engine while the start screen is up, the rest on demand).
// 3. The default dataset alone (dist/regelingen.json), raw and gzip -9.
// Builds with Vite into a temporary directory; dist/ is only read (run `npm run build` first,
// or pass --build to build it here).
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { emptyDataset } from './empty-dataset-plugin.mjs';

const root = resolve(import.meta.dirname, '..');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const sizes = (buf) => ({ raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length });
const line = (label, s) => console.log(`${label.padEnd(50)} ${kb(s.raw).padStart(9)} raw ${kb(s.gzip).padStart(9)} gzip -9`);

if (process.argv.includes('--build') || !existsSync(join(root, 'dist/regelingen-wizard.js'))) {
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
}

const out = mkdtempSync(join(tmpdir(), 'regelingenwijzer-size-'));
try {
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: out, emptyOutDir: true, copyPublicDir: false },
    plugins: [emptyDataset(root)],
  });
  const main = sizes(readFileSync(join(root, 'dist/regelingen-wizard.js')));
  const chunk = join(root, 'dist/regelingen-wizard-dataset.js');
  const embedded = existsSync(chunk) ? sizes(readFileSync(chunk)) : { raw: 0, gzip: 0 };
  const code = sizes(readFileSync(join(out, 'regelingen-wizard.js')));
  const data = sizes(readFileSync(join(root, 'dist/regelingen.json')));
  line('dist/regelingen-wizard.js (before the 1st screen)', main);
  line('dist/regelingen-wizard-dataset.js (behind it)', embedded);
  line('both', { raw: main.raw + embedded.raw, gzip: main.gzip + embedded.gzip });
  line('widget code + dependencies, no dataset', code);
  // The chunks loaded behind the first screen or on demand (machine and engine, result screen,
  // English, validator, handout, ...): not in the target, but not free either.
  for (const f of readdirSync(out)
    .filter((f) => /^regelingen-wizard-.+\.js$/.test(f) && f !== 'regelingen-wizard-dataset.js')
    .sort())
    line(`  lazy: ${f}`, sizes(readFileSync(join(out, f))));
  line('dist/regelingen.json (dataset as JSON)', data);
  for (const f of existsSync(join(root, 'dist/gemeenten')) ? readdirSync(join(root, 'dist/gemeenten')) : [])
    line(`dist/gemeenten/${f}`, sizes(readFileSync(join(root, 'dist/gemeenten', f))));
  const target = 50 * 1024;
  console.log(`\ncode without dataset: ${kb(code.gzip)} gzip -9, target ≤ ${kb(target)}: ${code.gzip <= target ? 'met' : 'NOT met'}`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
