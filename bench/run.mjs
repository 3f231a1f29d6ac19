// npm run bench: bundle bench/engine.bench.ts with esbuild, run it in headless Chromium via
// puppeteer-core, print median step times per dataset size, growth ratios, and the mean
// number of questions asked over the scenario fixtures in regelingen/scenarios/*.json.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, readdirSync, existsSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [100, 1000, 10000];
const TARGETS = { 1000: 2, 10000: 20 };

const dir = mkdtempSync(join(tmpdir(), 'rw-bench-'));
const out = join(dir, 'bench.js');
await build({ entryPoints: [join(root, 'bench/engine.bench.ts')], bundle: true, format: 'iife', target: 'es2022', outfile: out, minify: true, logLevel: 'error' });
writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><script src="bench.js"></script>');

// The dataset for the scenarios: the real files of regelingen/ (assembled as the widget does).
function readJson(p) { return JSON.parse(readFileSync(p, 'utf8')); }
function realDataset() {
  const r = join(root, 'regelingen');
  const vr = readJson(join(r, 'vragen.json'));
  const regelingen = readdirSync(join(r, 'regelingen')).filter((f) => f.endsWith('.json')).flatMap((f) => readJson(join(r, 'regelingen', f)).regelingen);
  return { vragen: vr.vragen, afgeleid: vr.afgeleid ?? [], cijfers: readJson(join(r, 'cijfers.json')).cijfers, loketten: readJson(join(r, 'loketten.json')).loketten, regelingen };
}
const scenarioDir = join(root, 'regelingen/scenarios');
const scenarioFiles = existsSync(scenarioDir) ? readdirSync(scenarioDir).filter((f) => f.endsWith('.json')).sort() : [];

const browser = await puppeteer.launch({
  protocolTimeout: 600000,
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--allow-file-access-from-files'],
});
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e));
  await page.goto(`file://${join(dir, 'index.html')}`);
  const rows = await page.evaluate((sizes) => globalThis.runBench(sizes), SIZES);
  console.log(`Engine benchmark, headless Chromium (${await browser.version()}), medians over every step of 5 answer paths\n`);
  console.table(rows.map((r) => ({ regelingen: r.n, steps: r.steps, 'step ms (makeContext+nextQuestion)': +r.stepMs.toFixed(3), 'explainAll ms': +r.explainMs.toFixed(3),
    target: TARGETS[r.n] ? `< ${TARGETS[r.n]} ms` : '', ok: TARGETS[r.n] ? (r.stepMs < TARGETS[r.n] ? 'yes' : 'NO') : '' })));
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1], b = rows[i];
    console.log(`growth ${a.n} → ${b.n} (×${b.n / a.n}): step ×${(b.stepMs / a.stepMs).toFixed(1)}, explainAll ×${(b.explainMs / a.explainMs).toFixed(1)}`);
  }

  console.log('\nQuestions asked over the scenario fixtures (regelingen/scenarios/*.json)');
  if (!scenarioFiles.length) {
    console.log('  no scenario fixtures yet: nothing to measure (the code is ready: add regelingen/scenarios/*.json)');
  } else {
    const scenarios = scenarioFiles.map((f) => ({ file: f, ...readJson(join(scenarioDir, f)) }));
    const groups = new Map();
    for (const s of scenarios) { const k = s.gemeente ?? ''; if (!groups.has(k)) groups.set(k, []); groups.get(k).push(s); }
    const results = [];
    for (const [gemeente, list] of groups) {
      let ds = realDataset();
      if (gemeente) console.log(`  note: ${list.length} scenario(s) for ${gemeente}: run on the national dataset (overlay merge is not part of the bench)`);
      results.push(...await page.evaluate((d, sc) => globalThis.runScenarios(d, sc), ds, list.map((s) => ({ file: s.file, perspectief: s.perspectief, datum: s.datum, antwoorden: s.antwoorden ?? {} }))));
    }
    console.table(results);
    const meanAsked = results.reduce((a, r) => a + r.asked, 0) / results.length;
    const meanAll = results.reduce((a, r) => a + r.askable, 0) / results.length;
    console.log(`mean asked ${meanAsked.toFixed(2)} of ${meanAll.toFixed(2)} askable in the perspective (${(100 * meanAsked / meanAll).toFixed(0)}%; target at most 50%): ${meanAsked <= meanAll / 2 ? 'ok' : 'NOT MET'}`);
  }
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
