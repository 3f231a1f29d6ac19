// Panel driver: walks each situation through the built widget by clicking, as a person would.
// Usage (one command: build, serve, walk, score):
//   node test/panel/walk.mjs --round round-1 [situation-id ...]   (add --no-build to skip `vite build`)
// It builds dist/, starts `vite` from this checkout on a free port (PANEL_BASE=http://host:port walks a
// server you started yourself instead; it must serve this checkout),
// walks every situation, writes <round>/walks/*.json and then runs panel/score.py (scores.md + scores.json).
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

const panelDir = fileURLToPath(new URL('.', import.meta.url));
const repoDir = fileURLToPath(new URL('../..', import.meta.url));
const argv = process.argv.slice(2);
const flag = (n) => {
  const i = argv.indexOf(n);
  if (i < 0) return false;
  argv.splice(i, 1);
  return true;
};
const opt = (n) => {
  const i = argv.indexOf(n);
  if (i < 0) return null;
  const v = argv[i + 1];
  argv.splice(i, 2);
  return v;
};
const noBuild = flag('--no-build');
const round = opt('--round') ?? 'round-1';
const roundDir = round.includes('/') ? round : `${panelDir}${round}`;
const only = argv;
const situations = JSON.parse(readFileSync(`${roundDir}/situations.json`, 'utf8')).situations;
// A free port, so the walk never reuses a server that another checkout started.
const freePort = () =>
  new Promise((ok) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
const port = process.env.PANEL_BASE ? null : await freePort();
const base = process.env.PANEL_BASE ?? `http://localhost:${port}`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

if (!noBuild) execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: repoDir, stdio: 'inherit' });
const up = async () => {
  try {
    return (await fetch(`${base}/demo/gemeente.html`)).ok;
  } catch {
    return false;
  }
};
let server = null;
if (port) {
  server = spawn('npx', ['vite', '--port', String(port), '--strictPort'], { cwd: repoDir, stdio: 'ignore', detached: true });
  for (let i = 0; i < 120 && !(await up()); i++) await sleep(500);
  if (!(await up())) throw new Error(`the demo server did not start on ${port}`);
} else if (!(await up())) {
  throw new Error(`nothing answers on PANEL_BASE=${base}`);
}

const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });

// All elements inside the widget, crossing open shadow roots, in document order.
const ALL = `(() => { const host = document.querySelector('regelingen-wizard'); const all = [];
  (function walk(n) { if (n.shadowRoot) walk(n.shadowRoot); for (const c of n.children || []) { all.push(c); walk(c); } })(host);
  return all; })()`;

async function screen(page) {
  return page.evaluate((ALL) => {
    const all = eval(ALL).filter((e) => e.getClientRects().length);
    const legend = all.find((e) => e.tagName === 'LEGEND');
    const inputs = all
      .filter((e) => e.tagName === 'INPUT' || e.tagName === 'SELECT')
      .map((e) => ({
        type: e.type,
        name: e.name,
        value: e.value,
        label: (e.labels?.[0]?.innerText ?? e.getAttribute('aria-label') ?? '').replace(/\s+/g, ' ').trim(),
      }));
    const buttons = all.filter((e) => e.tagName === 'BUTTON').map((e) => e.innerText.replace(/\s+/g, ' ').trim());
    const h2 = all.filter((e) => /^H[12]$/.test(e.tagName)).map((e) => e.innerText.trim());
    return { question: legend ? legend.innerText.replace(/\s+/g, ' ').trim() : null, inputs, buttons, h2 };
  }, ALL);
}

async function act(page, how) {
  // how: {click: {value}} | {fill: text} | {button: text}
  const ok = await page.evaluate(
    (ALL, how) => {
      const all = eval(ALL).filter((e) => e.getClientRects().length);
      if (how.value !== undefined) {
        const el = all.find((e) => e.tagName === 'INPUT' && e.value === how.value && (e.type === 'radio' || e.type === 'checkbox'));
        if (!el) return false;
        if (!el.checked) el.click();
        return true;
      }
      if (how.fill !== undefined) {
        const el = all.find((e) => e.tagName === 'INPUT' && (e.type === 'text' || e.type === 'number'));
        if (!el) return false;
        el.focus();
        el.value = String(how.fill);
        el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        el.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
        return true;
      }
      if (how.button !== undefined) {
        const el = all.find(
          (e) =>
            (e.tagName === 'BUTTON' || (e.tagName === 'INPUT' && e.type === 'submit')) &&
            (e.innerText || e.value).trim().startsWith(how.button),
        );
        if (!el) return false;
        el.click();
        return true;
      }
      return false;
    },
    ALL,
    how,
  );
  await sleep(120);
  return ok;
}

// The rule whose pattern matches the longest part of the question wins (so "Hoe oud.*kind" beats "Hoe oud").
function ruleFor(s, question) {
  let best = null;
  let bestLen = -1;
  for (const a of s.answers) {
    const m = question.match(new RegExp(a.q, 'i'));
    if (m && m[0].length > bestLen) {
      best = a;
      bestLen = m[0].length;
    }
  }
  return best;
}

async function walk(s) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1024, height: 900 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${base}/demo/${s.page ?? 'gemeente'}.html`, { waitUntil: 'networkidle0' });
  await sleep(500);
  const log = [];
  // A pattern that answers two different questions is usually too wide ("Hoe oud bent u" also matches "Hoe oud bent
  // u zelf?", the carer's own age): the log says so, for the panel to check.
  const usedBy = new Map();
  // The werkgever and huisarts pages fix the perspective (perspective= / mode= on the element): no choice to click there.
  const fixed = await page.evaluate(() => {
    const w = document.querySelector('regelingen-wizard');
    return w?.getAttribute('perspective') ?? (w?.getAttribute('mode') === 'professional' ? 'professional' : null);
  });
  if (fixed && fixed !== s.perspective) throw new Error(`${s.id}: page ${s.page} fixes the perspective ${fixed}, not ${s.perspective}`);
  if (!fixed && !(await act(page, { value: s.perspective }))) throw new Error(`${s.id}: no perspective ${s.perspective}`);
  await act(page, { button: 'Start' });
  for (let step = 0; step < 60; step++) {
    const sc = await screen(page);
    if (!sc.question) {
      if (sc.buttons.some((b) => b.startsWith('Bekijk de uitkomst'))) {
        log.push({ review: true });
        await act(page, { button: 'Bekijk de uitkomst' });
        continue;
      }
      break; // result screen
    }
    const rule = ruleFor(s, sc.question);
    const reused = rule && usedBy.has(rule) && usedBy.get(rule) !== sc.question ? usedBy.get(rule) : null;
    if (rule && !usedBy.has(rule)) usedBy.set(rule, sc.question);
    const hasWeet = sc.inputs.some((i) => i.value === '__weet-niet__');
    let answer;
    let note;
    if (rule) answer = rule.a;
    else if (hasWeet) {
      answer = 'weet';
      note = 'not settled by story: weet ik niet';
    } else {
      answer = null;
      note = 'NOT SETTLED and no "weet ik niet"';
    }
    if (answer === null) {
      log.push({ q: sc.question, note, options: sc.inputs.map((i) => `${i.value}=${i.label}`) });
      break;
    }
    const values = Array.isArray(answer) ? answer : [answer];
    for (const v of values) {
      if (v === 'weet') {
        if (!(await act(page, { value: '__weet-niet__' }))) note = 'weet ik niet not offered';
      } else if (typeof v === 'number') {
        if (!(await act(page, { fill: v }))) note = `could not fill ${v}`;
      } else if (!(await act(page, { value: v }))) note = `option ${v} not offered (${sc.inputs.map((i) => i.value).join(',')})`;
    }
    log.push({
      q: sc.question,
      a: values,
      options: sc.inputs.map((i) => i.value),
      labels: sc.inputs.map((i) => `${i.value}=${i.label}`),
      ...(note ? { note } : {}),
      ...(rule?.why ? { why: rule.why } : {}),
      ...(reused ? { warning: `the same answer pattern also answered: ${reused}` } : {}),
    });
    const before = sc.question;
    await act(page, { button: 'Volgende' });
    const after = await screen(page);
    if (after.question === before) {
      log.push({ stuck: before, note: 'the widget did not move on', inputs: after.inputs, buttons: after.buttons });
      break;
    }
  }
  await page.evaluate((ALL) => {
    for (const d of eval(ALL).filter((e) => e.tagName === 'DETAILS')) d.open = true;
  }, ALL);
  await sleep(200);
  // PANEL_SHOTS=folder: a full-page screenshot of the result, everything opened, to look at.
  if (process.env.PANEL_SHOTS) await page.screenshot({ path: `${process.env.PANEL_SHOTS}/${s.id}.png`, fullPage: true });
  if (process.env.PANEL_HTML)
    writeFileSync('/tmp/panel-result.html', await page.evaluate((ALL) => eval(ALL)[0].getRootNode().innerHTML, ALL));
  const result = await page.evaluate((ALL) => {
    const all = eval(ALL);
    const clean = (t) => (t ?? '').replace(/\s+/g, ' ').trim();
    const items = all
      .filter((e) => e.tagName === 'ARTICLE' && e.classList.contains('regeling'))
      .map((a) => {
        const tag = a.querySelector('.tag');
        const route = a.closest('.route');
        const criteria = [...a.querySelectorAll('ul.criteria > li')].map((li) => ({
          mark: clean(li.querySelector('.mark')?.textContent),
          text: clean(
            li.textContent
              .replace(li.querySelector('.mark')?.textContent ?? '', '')
              .replace(/^(Voldaan|Nog niet bekend|Niet voldaan): /, ''),
          ),
        }));
        const status = tag?.classList.contains('past')
          ? 'past'
          : tag?.classList.contains('misschien')
            ? 'misschien'
            : tag?.classList.contains('past-niet')
              ? 'past-niet'
              : tag?.classList.contains('komt')
                ? 'komt' // "Kan passen vanaf <maand>": a regeling that starts within a year (an age the person reaches)
                : clean(tag?.className);
        return {
          title: clean(a.querySelector('h2,h3,h4,h5,h6')?.textContent),
          status,
          statusText: clean(tag?.textContent),
          // A collapsed counter (details) names itself in its summary; a crisis route in its heading.
          counter: route
            ? clean((route.querySelector(':scope > summary .name') ?? route.querySelector('h2,h3,h4,h5'))?.textContent).replace(
                /^Ga naar: /,
                '',
              )
            : // a coming regeling ("Kan passen vanaf") names where to apply on its card
              clean(a.querySelector('.apply')?.textContent)
                .replace(/^Aanvragen bij /, '')
                .replace(/[:.(].*$/, '')
                .trim() || null,
          section: clean(a.closest('section')?.querySelector('h3')?.textContent) || null,
          notes: [...a.querySelectorAll(':scope > p')].map((p) => clean(p.textContent)).filter((t) => t),
          criteria,
        };
      });
    const headings = all
      .filter((e) => /^H[1-4]$/.test(e.tagName) && e.getClientRects().length)
      .map((e) => `${e.tagName} ${clean(e.textContent)}`);
    const root = all[0].getRootNode();
    const text = clean(root.host.shadowRoot ? [...root.children].map((c) => c.innerText ?? '').join('\n') : '');
    return { items, headings, text };
  }, ALL);
  await page.close();
  return { id: s.id, log, errors, result };
}

mkdirSync(`${roundDir}/walks`, { recursive: true });
for (const s of situations) {
  if (only.length && !only.includes(s.id)) continue;
  const r = await walk(s);
  writeFileSync(`${roundDir}/walks/${s.id}.json`, JSON.stringify(r, null, 2));
  console.log(`${s.id}: ${r.log.length} steps${r.errors.length ? ` ERRORS ${r.errors.join(';')}` : ''}`);
  for (const l of r.log) if (l.note || l.warning) console.log('   ', l.q ?? l.stuck, '->', l.note ?? l.warning);
}
await browser.close();
if (server) process.kill(-server.pid);
execFileSync('python3', [`${panelDir}score.py`, roundDir], { stdio: 'inherit' });
