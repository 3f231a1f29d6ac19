/**
 * Crisis help at once (issue 10.1): from the very next screen after an urgent option on the first
 * question, the matching crisis line stands at the top of every screen, with its number as a
 * tel: link, and leads the result. Each urgent option alone and together with other topics.
 */
import { expect } from '@open-wc/testing';
import { mount, root, scherm, walkTo, type Picks } from './helpers.js';

const TOPIC = 'persoon.hulpvraag';

/** The tel: links in the crisis block at the top of the screen. */
const crisisTel = (el: Element & { shadowRoot: ShadowRoot | null }) =>
  [...el.shadowRoot!.querySelectorAll('.crisis-now a[href^="tel:"]')].map((a) => a.getAttribute('href'));

const cases: { naam: string; keuze: string[]; tel: string }[] = [
  { naam: 'geweld alone', keuze: ['geweld'], tel: 'tel:08002000' },
  { naam: 'zelfdoding alone', keuze: ['zelfdoding'], tel: 'tel:113' },
  { naam: 'geweld with money', keuze: ['geweld', 'geld'], tel: 'tel:08002000' },
  { naam: 'zelfdoding with debts and care', keuze: ['zelfdoding', 'schulden', 'zorg'], tel: 'tel:113' },
  { naam: 'geweld and zelfdoding with housing', keuze: ['geweld', 'zelfdoding', 'wonen'], tel: 'tel:08002000' },
];

describe('crisis help at once', () => {
  for (const c of cases) {
    it(`${c.naam}: the crisis line on the very next screen, on every screen after, and first on the result`, async function () {
      this.timeout(30000);
      const el = await mount({ perspective: 'zelf' });
      const picks: Picks = { [TOPIC]: c.keuze };
      const seen: { scherm: string; tel: string[] }[] = [];
      await walkTo(el, 'resultaat', picks, (s) => {
        seen.push({ scherm: s, tel: crisisTel(el) as string[] });
      });
      const first = seen.findIndex((s) => s.scherm === 'vragen');
      expect(seen[first]!.tel, 'not before the answer').to.deep.equal([]);
      const after = seen.slice(first + 1, -1);
      expect(after.map((s) => s.scherm)).to.include('overzicht');
      for (const s of after) expect(s.tel, s.scherm).to.include(c.tel);
      const lead = root(el).querySelector('.route')!;
      expect(lead.classList.contains('crisis')).to.equal(true);
      expect([...lead.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'))).to.include(c.tel);
      expect(scherm(el)).to.equal('resultaat');
    });
  }
});

describe('no place to sleep', () => {
  // The dataset has no crisis line for "geen-slaapplek" yet (maatschappelijke opvang is urgent,
  // not a crisis line, and its counter is the municipality's). With one marked as a crisis line,
  // it stands at the top from the very next screen, like the others.
  it('a crisis line for geen-slaapplek shows from the very next screen on, with its general wording', async function () {
    this.timeout(30000);
    const files = await (await fetch('/embed/dataset.json')).json();
    const opvang = files.regelingen['wmo.json'].regelingen.find((r: { id: string }) => r.id === 'maatschappelijke-opvang');
    // A crisis line may only ask the first question (a dataset rule).
    Object.assign(opvang, { crisis: true, voorwaarden: { feit: TOPIC, bevat: 'geen-slaapplek' } });
    delete opvang.onderwerpen;
    files['loketten.json'].loketten.find((l: { id: string }) => l.id === 'opvang').crisis = true;
    const url = URL.createObjectURL(new Blob([JSON.stringify(files)], { type: 'application/json' }));
    const el = await mount({ perspective: 'zelf', 'dataset-url': url }, 20000);
    const seen: { scherm: string; block: string }[] = [];
    const block = () => root(el).querySelector('.crisis-now')?.textContent?.replace(/\s+/g, ' ') ?? '';
    await walkTo(el, 'overzicht', { [TOPIC]: ['geen-slaapplek', 'geld'] }, (s) => {
      seen.push({ scherm: s, block: block() });
    });
    const first = seen.findIndex((s) => s.scherm === 'vragen');
    expect(seen[first]!.block, 'not before the answer').to.equal('');
    expect(seen.length - first).to.be.greaterThan(2);
    for (const s of seen.slice(first + 1)) expect(s.block, s.scherm).to.contain('Centrale toegang opvang');
    URL.revokeObjectURL(url);
  });
});
