/**
 * The preview page (demo/preview.html) in Chromium: a file chosen from disk is validated, its
 * problems shown, the scenarios run with pass/fail each, and without errors the widget runs with
 * it from a blob: URL (nothing is uploaded). axe-core on the page.
 */
import { expect } from '@open-wc/testing';
import { WAIT } from '../wait.js';

interface Frame {
  win: Window & typeof globalThis;
  doc: Document;
}

async function openPreview(): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.src = '/demo/preview.html';
  iframe.style.width = '1200px';
  iframe.style.height = '900px';
  document.body.append(iframe);
  await new Promise((ok) => iframe.addEventListener('load', ok, { once: true }));
  const win = iframe.contentWindow as Window & typeof globalThis;
  await until(() => win.document.documentElement.dataset['ready'] === 'true', 'the preview script ran');
  return { win, doc: win.document };
}

async function until(ok: () => boolean, what: string, ms = WAIT): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Choose a file in the page's file input, as a person would (DataTransfer), and wait for the verdict. */
async function choose({ win, doc }: Frame, name: string, text: string): Promise<string> {
  const input = doc.querySelector<HTMLInputElement>('[data-file]')!;
  const dt = new win.DataTransfer();
  dt.items.add(new win.File([text], name, { type: 'application/json' }));
  input.files = dt.files;
  const status = doc.querySelector('[data-status]')!;
  const before = status.textContent;
  input.dispatchEvent(new win.Event('change', { bubbles: true }));
  await until(() => status.textContent !== before && status.textContent!.startsWith(name), 'the status names the file');
  return status.textContent!;
}

/** The file as it stands on disk (no-store: the page also imports some of them as modules, which the cache must not return). */
const fixture = async (path: string) => (await fetch(path, { cache: 'no-store' })).text();

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

describe('preview page (demo/preview.html)', () => {
  it('a broken overlay: its problems are listed with file:line:column, and the widget does not run', async () => {
    const frame = await openPreview();
    const status = await choose(frame, 'GM0344.json', await fixture('/test/dataset/fixtures/overlay-url-crisis.json'));
    expect(status).to.equal('GM0344.json: 1 fout(en) en 0 waarschuwing(en). Los de fouten op; dan draait de wijzer hier met dit bestand.');
    const items = [...frame.doc.querySelectorAll('[data-problems] li')].map((li) => li.querySelector('code')!.textContent);
    expect(items).to.deep.equal([
      'GM0344.json:8:5: vervalt[0]: "113-zelfmoordpreventie" is een landelijke crisislijn; een gemeente kan die niet laten vervallen. Haal "113-zelfmoordpreventie" uit vervalt.',
    ]);
    expect(frame.doc.querySelector('[data-problems] li [lang="en"]')!.textContent).to.contain(
      'is a national crisis line; a municipality cannot drop it',
    );
    expect(frame.doc.querySelector<HTMLElement>('[data-widget-section]')!.hidden).to.equal(true);
    expect(frame.doc.querySelector('regelingen-wizard')).to.equal(null);
  });

  it('a valid overlay: no errors, the scenarios pass or fail one by one, and the widget runs with the file from a blob: URL', async () => {
    const frame = await openPreview();
    const text = await fixture('/regelingen/gemeenten/GM0344.json?als-tekst');
    const status = await choose(frame, 'GM0344.json', text);
    expect(status).to.match(/^GM0344\.json: geen fouten, \d+ waarschuwing\(en\)\. \d+ scenario\('s\): \d+ kloppen, \d+ kloppen niet\.$/);
    const rows = [...frame.doc.querySelectorAll<HTMLElement>('[data-scenarios] tr')];
    expect(rows.length, 'scenarios run').to.be.greaterThan(5);
    expect(
      rows.some((r) => r.dataset['scenario'] === '09-utrecht-laag-inkomen.json'),
      'the Utrecht scenario',
    ).to.equal(true);
    expect(
      rows.some((r) => r.dataset['scenario'] === '10-eindhoven-meedoenbijdrage.json'),
      'not the Eindhoven one',
    ).to.equal(false);
    const el = frame.doc.querySelector('regelingen-wizard')!;
    expect(el.getAttribute('overlay-url')).to.match(/^blob:/);
    expect(el.getAttribute('gemeente')).to.equal('GM0344');
    const screens: string[] = [];
    el.addEventListener('regelingenwijzer:step', (e) => screens.push((e as CustomEvent<{ scherm: string }>).detail.scherm));
    await until(() => screens.some((s) => s !== 'laden'), 'the widget shows a screen');
    expect(screens.filter((s) => s !== 'laden')[0]).to.not.equal('fout');
  });

  it('a scenario that no longer holds is marked "klopt niet" with the reason', async () => {
    const frame = await openPreview();
    const overlay = JSON.parse(await fixture('/regelingen/gemeenten/GM0344.json?als-tekst')) as { regelingen?: { id: string }[] };
    const dropped = overlay.regelingen!.find((r) => r.id === 'u-pas');
    expect(dropped, 'GM0344 has the U-pas').to.not.equal(undefined);
    overlay.regelingen = overlay.regelingen!.filter((r) => r.id !== 'u-pas');
    await choose(frame, 'GM0344.json', JSON.stringify(overlay, null, 2));
    const row = frame.doc.querySelector<HTMLElement>('[data-scenario="09-utrecht-laag-inkomen.json"]')!;
    expect(row.dataset['passed']).to.equal('false');
    expect(row.textContent).to.contain('"u-pas" moet getoond worden, maar is niet aangeboden');
  });

  it('a whole dataset file (as dist/regelingen.json) is validated and run as dataset-url', async () => {
    const frame = await openPreview();
    const res = await fetch('/dist/regelingen.json', { cache: 'no-store' });
    expect(res.ok, 'dist/regelingen.json (npm run build)').to.equal(true);
    const status = await choose(frame, 'regelingen.json', await res.text());
    expect(status).to.match(/^regelingen\.json: geen fouten/);
    expect(frame.doc.querySelector('regelingen-wizard')!.getAttribute('dataset-url')).to.match(/^blob:/);
  });

  it('not JSON: the position of the syntax error', async () => {
    const frame = await openPreview();
    await choose(frame, 'kapot.json', '{\n  "gemeente": "GM0344",\n  "naam": "Utrecht"\n  "bron": "x"\n}');
    expect(frame.doc.querySelector('[data-problems] li code')!.textContent).to.match(
      /^kapot\.json:4:3: \(hele bestand\): geen geldige JSON: /,
    );
  });

  it('has no axe-core violations (WCAG 2.2 AA) with problems and scenarios on screen', async () => {
    const frame = await openPreview();
    await choose(frame, 'GM0344.json', await fixture('/test/dataset/fixtures/overlay-url-crisis.json'));
    const script = frame.doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    frame.doc.head.append(script);
    await new Promise((ok) => script.addEventListener('load', ok, { once: true }));
    const axe = (frame.win as unknown as { axe: { run(el: Element, o: unknown): Promise<{ violations: { id: string; help: string }[] }> } })
      .axe;
    const { violations } = await axe.run(frame.doc.querySelector('main')!, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    expect(violations.map((v) => `${v.id}: ${v.help}`)).to.deep.equal([]);
  });
});
