// Dry run: walks situations, prints only questions/options and the answer chosen; never reads the result.
// node test/panel/round-8/dry.mjs <situations.json> [ids...]   or  EXPLORE='{"perspective":"...","answers":[...]}'
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../../scripts/chromium.mjs';
const base = process.env.PANEL_BASE ?? 'http://localhost:5208';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const args = process.argv.slice(2);
let sits;
if (process.env.EXPLORE) sits = [{ id: 'explore', page: 'gemeente', ...JSON.parse(process.env.EXPLORE) }];
else {
  sits = JSON.parse(readFileSync(args[0], 'utf8')).situations;
  if (args.length > 1) sits = sits.filter((s) => args.slice(1).includes(s.id));
}
const ALL = `(() => { const host = document.querySelector('regelingen-wizard'); const all = [];
  (function walk(n) { if (n.shadowRoot) walk(n.shadowRoot); for (const c of n.children || []) { all.push(c); walk(c); } })(host);
  return all; })()`;
const screen = (page) =>
  page.evaluate((ALL) => {
    const all = eval(ALL).filter((e) => e.getClientRects().length);
    const legend = all.find((e) => e.tagName === 'LEGEND');
    const inputs = all
      .filter((e) => e.tagName === 'INPUT' || e.tagName === 'SELECT')
      .map((e) => ({
        type: e.type,
        value: e.value,
        label: (e.labels?.[0]?.innerText ?? e.getAttribute('aria-label') ?? '').replace(/\s+/g, ' ').trim(),
      }));
    const buttons = all.filter((e) => e.tagName === 'BUTTON').map((e) => e.innerText.replace(/\s+/g, ' ').trim());
    return { question: legend ? legend.innerText.replace(/\s+/g, ' ').trim() : null, inputs, buttons };
  }, ALL);
const act = async (page, how) => {
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
};
function ruleFor(s, q) {
  let best = null,
    bl = -1;
  for (const a of s.answers) {
    const m = q.match(new RegExp(a.q, 'i'));
    if (m && m[0].length > bl) {
      best = a;
      bl = m[0].length;
    }
  }
  return best;
}
const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
let bad = 0;
for (const s of sits) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1024, height: 900 });
  await page.goto(`${base}/demo/${s.page ?? 'gemeente'}.html`, { waitUntil: 'networkidle0' });
  await sleep(400);
  console.log(`\n== ${s.id} [${s.perspective}]`);
  if (!(await act(page, { value: s.perspective }))) {
    console.log('  !! no perspective', s.perspective, JSON.stringify(await screen(page)));
    bad++;
    continue;
  }
  await act(page, { button: 'Start' });
  for (let step = 0; step < 60; step++) {
    const sc = await screen(page);
    if (!sc.question) {
      if (sc.buttons.some((b) => b.startsWith('Bekijk de uitkomst'))) {
        await act(page, { button: 'Bekijk de uitkomst' });
        continue;
      }
      console.log('  -> (result screen)');
      break;
    }
    const rule = ruleFor(s, sc.question);
    const hasWeet = sc.inputs.some((i) => i.value === '__weet-niet__');
    const opts = sc.inputs.map((i) => `${i.value}=${i.label}`).join(' | ');
    const answer = rule
      ? rule.a
      : hasWeet
        ? 'weet'
        : process.env.EXPLORE && sc.inputs[0]
          ? sc.inputs[0].type === 'number' || sc.inputs[0].type === 'text'
            ? 30
            : sc.inputs[0].value
          : null;
    console.log(`  Q: ${sc.question}\n     [${opts}]\n     A: ${JSON.stringify(answer)}${rule ? '' : ' (UNMATCHED)'}`);
    if (answer === null) {
      console.log('  !! NOT SETTLED');
      bad++;
      break;
    }
    for (const v of Array.isArray(answer) ? answer : [answer]) {
      let ok;
      if (v === 'weet') ok = await act(page, { value: '__weet-niet__' });
      else if (typeof v === 'number') ok = await act(page, { fill: v });
      else ok = await act(page, { value: v });
      if (!ok) {
        console.log(`  !! option ${v} not offered`);
        bad++;
      }
    }
    const before = sc.question;
    await act(page, { button: 'Volgende' });
    const after = await screen(page);
    if (after.question === before) {
      console.log('  !! STUCK');
      bad++;
      break;
    }
  }
  await page.close();
}
await browser.close();
console.log(`\nproblems: ${bad}`);
