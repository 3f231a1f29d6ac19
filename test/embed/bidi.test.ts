/**
 * Direction characters in dataset text never reverse a phone number on screen (issue 14). The
 * validator refuses them in data from URLs (test/dataset); this is the second line: the embedded
 * data is changed here the way a hostile overlay would, without the validator, and the rendered
 * glyphs are measured.
 */
import { expect } from '@open-wc/testing';
import { CRISIS_LINES } from '../../src/crisis/lines.js';
import { embeddedDataset } from '../../src/dataset/source.js';
import { mount, root, walkTo } from '../ui/helpers.js';

const RLO = '\u202E';

/** The x position of every digit of an element's text, in reading order. */
function digitXs(el: Element): number[] {
  const xs: number[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const s = n.textContent!;
    for (let i = 0; i < s.length; i++) {
      if (!/\d/.test(s[i]!)) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + 1);
      xs.push(r.getBoundingClientRect().left);
    }
  }
  return xs;
}

const ascending = (xs: number[]) => xs.every((x, i) => i === 0 || x > xs[i - 1]!);

describe('bidi isolation of dataset text', () => {
  const ds = embeddedDataset();
  const lines = ds.loketten.filter((l) => l.crisis && l.telefoon);
  const saved = lines.map((l) => ({ naam: { ...l.naam }, uitleg: l.uitleg && { ...l.uitleg }, telefoon: l.telefoon }));
  const topic = ds.vragen.find((q) => q.hulpvraag)!;
  const savedOption = { ...topic.opties![0]!.tekst };

  before(() => {
    // A hostile overlay's texts: an unterminated right-to-left override in every name and
    // explanation, in the phone number itself, and in an option label.
    for (const l of lines) {
      l.naam = { nl: `${l.naam.nl} ${RLO}`, en: `${l.naam.en} ${RLO}` };
      if (l.uitleg) l.uitleg = { nl: `${RLO}${l.uitleg.nl}`, en: `${RLO}${l.uitleg.en}` };
    }
    lines[0]!.telefoon = `${RLO}${lines[0]!.telefoon}`;
    topic.opties![0]!.tekst = { nl: `${savedOption.nl} ${RLO}`, en: `${savedOption.en} ${RLO}` };
  });
  after(() => {
    lines.forEach((l, i) => Object.assign(l, saved[i]));
    topic.opties![0]!.tekst = savedOption;
    document.querySelectorAll('regelingen-wizard').forEach((e) => e.remove());
  });

  // "Direct hulp nodig?" shows the widget's own lines (src/crisis/lines.ts), whatever the dataset says.
  it('the crisis lines under "Direct hulp nodig?" show every phone number left to right', async () => {
    const el = await mount({ perspective: 'zelf' });
    await walkTo(el, 'vragen');
    const details = root(el).querySelector<HTMLDetailsElement>('details.urgent-help')!;
    details.open = true;
    await el.updateComplete;
    const links = [...details.querySelectorAll('a[href^="tel:"]')];
    expect(links.length).to.equal(CRISIS_LINES.length);
    for (const a of links) {
      expect(a.getAttribute('dir')).to.equal('ltr');
      expect(a.textContent).not.to.contain(RLO);
      const xs = digitXs(a);
      expect(xs.length).to.be.greaterThan(2);
      expect(ascending(xs), `${a.textContent} reads left to right`).to.equal(true);
    }
  });

  it('a crisis line that fits leads every screen, its number left to right', async () => {
    const el = await mount({ perspective: 'zelf' });
    await walkTo(el, 'overzicht', { [topic.id]: ['zelfdoding'] });
    const links = [...root(el).querySelectorAll('.crisis-now a[href^="tel:"]')];
    expect(links.length).to.be.greaterThan(0);
    for (const a of links) expect(ascending(digitXs(a)), a.textContent!).to.equal(true);
    // The name's override stays inside the name: the ": " after it still comes before the number.
    const li = links[0]!.closest('li')!;
    const colon = [...li.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes(':'))!;
    const r = document.createRange();
    r.setStart(colon, colon.textContent!.indexOf(':'));
    r.setEnd(colon, colon.textContent!.indexOf(':') + 1);
    expect(r.getBoundingClientRect().left).to.be.lessThan(links[0]!.getBoundingClientRect().left);
    expect(r.getBoundingClientRect().left).to.be.greaterThan(li.querySelector('strong')!.getBoundingClientRect().left);
  });
});
