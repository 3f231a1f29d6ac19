/** Helpers for the embedding tests: host pages in iframes (own CSP, own storage view) and a generic journey. */
import type { RegelingenWizard } from '../../src/ui/regelingen-wizard.js';
import { URGENT, WAIT, heading, until } from '../ui/helpers.js';

export interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
  line: number;
}

export interface Frame {
  iframe: HTMLIFrameElement;
  win: Window & { __violations?: Violation[]; __errors?: string[]; __pwned?: unknown };
  doc: Document;
  el: RegelingenWizard;
  all: RegelingenWizard[];
}

/** Load /embed/page.html with `params` in an iframe; resolves when the page has loaded. */
export async function loadFrame(params: Record<string, string>): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '800px';
  iframe.style.height = '600px';
  iframe.src = `/embed/page.html?${new URLSearchParams(params)}`;
  const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
  document.body.append(iframe);
  await loaded;
  return iframe;
}

/** Open /embed/page.html with `params` (csp, src, element, count, a.<attribute>) and wait for the first heading. */
export async function openFrame(params: Record<string, string>, ms = WAIT): Promise<Frame> {
  const iframe = await loadFrame(params);
  const win = iframe.contentWindow as Frame['win'];
  const doc = iframe.contentDocument!;
  const name = params['element'] ?? 'regelingen-wizard';
  await win.customElements.whenDefined(name);
  const all = [...doc.querySelectorAll(name)] as RegelingenWizard[];
  const el = all[0]!;
  for (const w of all) await until(w, () => !!w.shadowRoot?.querySelector('[data-heading]'), ms);
  return { iframe, win, doc, el, all };
}

export function closeFrames(): void {
  document.querySelectorAll('iframe').forEach((f) => f.remove());
}

export const isResult = (el: RegelingenWizard) => /^(Dit kunt u doen|What you can do)/.test(heading(el));

const progress = (el: RegelingenWizard) => heading(el) + (el.shadowRoot!.querySelector('.progress')?.textContent ?? '');

/**
 * Walk to the result with plausible answers, whatever the questions are: the first choice that is
 * not exclusive and not urgent (both end many paths early), 30 for numbers, 1000 for amounts.
 * Returns the headings seen.
 */
export async function journey(el: RegelingenWizard, maxSteps = 40): Promise<string[]> {
  const seen: string[] = [];
  const r = el.shadowRoot!;
  const primary = () => r.querySelector<HTMLButtonElement>('button.primary')!;
  for (let i = 0; i < maxSteps; i++) {
    await until(el, () => !!r.querySelector('button.primary') || isResult(el));
    const h = heading(el);
    seen.push(h);
    if (isResult(el)) return seen;
    const before = progress(el);
    const choices = [...r.querySelectorAll<HTMLInputElement>('input[name="antwoord"], input[name="perspectief"]')];
    const field = r.querySelector<HTMLInputElement>('input[name="waarde"]');
    if (choices.some((c) => c.checked) || field?.value) {
      // Answered before (answers survive a restart): keep it.
    } else if (choices.length) {
      const pick = choices.find((c) => c.dataset['exclusief'] !== 'ja' && !c.value.startsWith('__') && !URGENT.has(c.value));
      (pick ?? choices[0]!).click();
    } else if (field) {
      field.value = field.type === 'date' ? '2000-01-01' : field.inputMode === 'decimal' ? '1000' : '30';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }
    primary().click();
    await until(el, () => progress(el) !== before || !!r.querySelector('.error-summary'));
    if (r.querySelector('.error-summary')) throw new Error(`Answer refused on "${h}": ${r.querySelector('.error-summary')!.textContent}`);
  }
  throw new Error(`No result after ${maxSteps} steps; last: ${heading(el)}`);
}

/** Resource entries other than the widget's own code (module scripts, the page, its CSS and test helper script). */
export function dataRequests(win: Window): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => !/\.(ts|js|css)(\?|$)/.test(new URL(n).pathname) && !new URL(n).pathname.startsWith('/node_modules/'));
}

/**
 * Tests of the built widget need dist/ (`npm test` builds it first). Without it they fail with the fix,
 * rather than skip: a skipped test would pass silently.
 */
export async function requireDist(file = 'regelingen-wizard.js'): Promise<void> {
  if (!(await fetch(`/dist/${file}`, { method: 'HEAD' })).ok)
    throw new Error(`dist/${file} is missing: this test runs on the built widget; run \`npm run build\` first (\`npm test\` does)`);
}
