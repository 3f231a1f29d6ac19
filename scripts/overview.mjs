// `npm run overview [-- <dataset folder>] [--datum JJJJ-MM-DD] [--out <folder>]`: a static HTML
// page and Markdown for a policy team's review (scripts/overview.ts), into dist/overview/ (not in
// git; `npm run build` empties dist/, so run this after a build). The dataset is validated first
// with the same code as `npm run validate`; an invalid dataset writes nothing. Every scenario is
// run: when one does not hold, the pages are written (they say which and why) and the command
// exits 1.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { esbuildImportGlob } from './dataset-files.mjs';
import { jsonFiles, readDatasetFolder, readJson } from './dataset-folder.mjs';

const root = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : fallback;
};
const positional = argv.filter((a, i) => !a.startsWith('--') && !['--datum', '--out'].includes(argv[i - 1]));
const dir = resolve(positional[0] ?? join(root, 'regelingen'));
const out = resolve(opt('--out', join(root, 'dist/overview')));
const datum = opt('--datum', new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date()));

const tmp = mkdtempSync(join(tmpdir(), 'rw-overview-'));
let m;
try {
  await build({
    stdin: {
      contents:
        "export * from './scripts/overview.ts'; export * from './src/dataset/validate.ts'; export * from './src/dataset/problems.ts'; export { parseJson as parseJsonText } from './src/dataset/json-text.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: join(tmp, 'overview.mjs'),
    logLevel: 'error',
    plugins: [esbuildImportGlob()],
  });
  m = await import(pathToFileURL(join(tmp, 'overview.mjs')).href);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const read = readJson(dir);
const jsonIn = (sub) => jsonFiles(dir, sub);
const files = readDatasetFolder(dir);
const report = m.validateDataset(files);
const errors = m.errorsOf(report.problems);
const overlays = [];
for (const f of jsonIn('gemeenten')) {
  const r = m.validateOverlay(
    read(`gemeenten/${f}`),
    report.value ?? { vragen: [], afgeleid: [], cijfers: [], loketten: [], regelingen: [] },
    { file: `gemeenten/${f}` },
  );
  errors.push(...m.errorsOf(r.problems));
  if (r.overlay) overlays.push(r.overlay);
}
if (errors.length || !report.value) {
  for (const p of errors) console.error(m.formatProblem(p));
  console.error(
    `De dataset heeft ${errors.length} fout(en); eerst npm run validate. / The dataset has errors; run npm run validate first.`,
  );
  process.exit(1);
}
const scenarios = Object.fromEntries(jsonIn('scenarios').map((f) => [f, read(`scenarios/${f}`)]));
const input = { national: report.value, overlays, scenarios, datum };
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'index.html'), m.html(input));
writeFileSync(join(out, 'overzicht.md'), m.markdown(input));
const rel = relative(process.cwd(), out) || '.';
const failing = m.failingScenarios(input);
console.log(
  `${rel}/index.html and ${rel}/overzicht.md: ${report.value.regelingen.length + overlays.reduce((n, o) => n + (o.regelingen?.length ?? 0), 0)} regelingen, ${report.value.loketten.length} loketten, ${Object.keys(scenarios).length} scenario's, ${Object.keys(scenarios).length - failing.length} kloppen, ${input.national.cijfers.length + overlays.reduce((n, o) => n + (o.cijfers?.length ?? 0), 0)} cijfers (peildatum ${datum})`,
);
if (failing.length) {
  for (const f of failing) console.error(`scenario klopt niet / scenario does not hold: ${f}`);
  process.exit(1);
}
