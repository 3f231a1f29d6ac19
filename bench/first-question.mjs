// `npm run bench` (second part): time from script start to the first question on screen, with the
// built dist/regelingen-wizard.js in headless Chromium. Median of RUNS runs, each in a fresh
// browser context with the cache disabled. Served from localhost by a tiny static server.
//
//   script start   = responseEnd of the module (downloaded; parsing and evaluation begin)
//   first question = the first `regelingenwijzer:step` event (the heading is rendered), and the
//                    next animation frame (painted)
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import puppeteer from 'puppeteer-core';

const root = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.RUNS ?? 9);
const bundle = join(root, 'dist/regelingen-wizard.js');
if (!existsSync(bundle) || process.argv.includes('--build')) execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });

const PROBE = `window.__t = {};
document.addEventListener('regelingenwijzer:step', function (e) {
  if (window.__t.step || e.detail.scherm === 'laden') return;
  window.__t.step = performance.now();
  var el = document.querySelector('regelingen-wizard');
  window.__t.heading = el && el.shadowRoot && el.shadowRoot.querySelector('[data-heading]') ? el.shadowRoot.querySelector('[data-heading]').textContent.trim() : '';
  requestAnimationFrame(function () { window.__t.painted = performance.now(); });
}, true);`;
const PAGE = (attrs) => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>bench</title>
<script src="/probe.js"></script><script type="module" src="/regelingen-wizard.js"></script></head>
<body><regelingen-wizard ${attrs}></regelingen-wizard></body></html>`;

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const send = (type, body) => { res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }); res.end(body); };
  if (url.pathname === '/probe.js') return send('text/javascript', PROBE);
  if (url.pathname === '/regelingen-wizard.js') return send('text/javascript', readFileSync(bundle));
  if (url.pathname === '/regelingen.json') return send('application/json', readFileSync(join(root, 'dist/regelingen.json')));
  if (url.pathname === '/page.html') return send('text/html', PAGE(url.searchParams.get('attrs') ?? ''));
  res.writeHead(404); res.end();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };

async function measure(label, attrs) {
  const rows = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setCacheEnabled(false);
    await page.goto(`${base}/page.html?attrs=${encodeURIComponent(attrs)}`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__t.painted, { timeout: 10000 });
    const t = await page.evaluate(() => {
      const script = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/regelingen-wizard.js'));
      return { ...window.__t, scriptEnd: script.responseEnd };
    });
    await context.close();
    if (!t.heading) throw new Error('no heading on the first screen');
    if (i > 0) rows.push({ evalToStep: t.step - t.scriptEnd, evalToPaint: t.painted - t.scriptEnd, navToPaint: t.painted }); // run 0 warms up the browser
  }
  const m = (k) => median(rows.map((r) => r[k])).toFixed(1);
  console.log(`${label.padEnd(40)} script start → heading ${m('evalToStep').padStart(6)} ms, → painted ${m('evalToPaint').padStart(6)} ms; navigation → painted ${m('navToPaint').padStart(6)} ms`);
  return Number(m('evalToPaint'));
}

try {
  console.log(`first question on screen, built file, headless Chromium, median of ${RUNS} runs (target < 100 ms):`);
  const a = await measure('embedded dataset', 'lang="nl"');
  await measure('embedded dataset, gemeente GM0344', 'gemeente="GM0344" lang="nl"');
  await measure('dataset-url (regelingen.json)', 'dataset-url="/regelingen.json" lang="nl"');
  console.log(a < 100 ? 'target met' : 'target NOT met');
} finally {
  await browser.close();
  server.close();
}
