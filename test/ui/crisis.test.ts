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
      await walkTo(el, 'resultaat', picks, (s) => seen.push({ scherm: s, tel: crisisTel(el) as string[] }));
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
