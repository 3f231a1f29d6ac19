// npm run bench: bundle bench/engine.bench.ts with esbuild, run it in headless Chromium via
// puppeteer-core, print median step times per dataset size, growth ratios, and the mean
// number of questions asked over the scenario fixtures in regelingen/scenarios/, against the
// fewest an oracle could ask and against the questions of the perspective.
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
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

  console.log('\nQuestions asked over the scenario fixtures (regelingen/scenarios/, with their overlay merged)');
  const results = await page.evaluate(() => globalThis.runScenarios());
  console.table(results);
  const mean = (k) => results.reduce((a, r) => a + r[k], 0) / results.length;
  const asked = mean('asked'), few = mean('fewest'), ofP = mean('ofPerspective'), reach = mean('reachable');
  const pct = (a, b) => `${(100 * a / b).toFixed(0)}%`;
  console.log(`mean asked ${asked.toFixed(2)}; the fewest any question order could ask, knowing the answers: ${few.toFixed(2)}`);
  console.log(`  against every question of the perspective (${ofP.toFixed(2)}): ${pct(asked, ofP)}`);
  console.log(`  against the questions a regeling in scope can depend on (${reach.toFixed(2)}): ${pct(asked, reach)}`);
  const perspectives = [...new Set(results.map((r) => r.perspectief))];
  console.log(`  per perspective (asked / of the perspective / reachable): ${perspectives.map((p) => {
    const rs = results.filter((r) => r.perspectief === p);
    const sum = (k) => rs.reduce((a, r) => a + r[k], 0);
    return `${p} ${rs.length}× ${pct(sum('asked'), sum('ofPerspective'))} / ${pct(sum('asked'), sum('reachable'))}`;
  }).join('; ')}`);
  console.log(`  target at most 50%: ${asked <= ofP / 2 ? 'met' : 'NOT MET'} against every question of the perspective, ${asked <= reach / 2 ? 'met' : 'NOT MET'} against the questions a regeling can depend on (the fewest possible: ${pct(few, ofP)} and ${pct(few, reach)})`);
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
