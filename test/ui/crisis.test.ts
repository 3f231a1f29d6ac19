/**
 * Crisis help at once (issue 10.1): from the very next screen after an urgent option on the first
 * question, the matching crisis line stands at the top of every screen, with its number as a
 * tel: link, and leads the result. Each urgent option alone and together with other topics.
 * Crisis help first and in view (issue 22): that next screen focuses and announces the crisis
 * help before the question, in view at 320 px and at 400 % zoom, with "Naar het resultaat".
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { answer, button, heading, labelled, mount, next, nl, root, scherm, until, vraag, walkTo, type Picks } from './helpers.js';

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
    it(`${c.naam}: the crisis line on the very next screen, on every screen after, and first on the result`, async () => {
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
      for (const s of after) expect(s.tel[0], `${s.scherm}: 112 first, for immediate danger`).to.equal('tel:112');
      const lead = root(el).querySelector('.route')!;
      expect(lead.classList.contains('crisis')).to.equal(true);
      expect([...lead.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'))).to.include(c.tel);
      expect(scherm(el)).to.equal('resultaat');
      // 112 as a link above the crisis help on the result too (panel round 7: only inside a text)
      expect(root(el).querySelector('a[href^="tel:"]')!.getAttribute('href'), 'the first number on the result').to.equal('tel:112');
    });
  }
});

describe('a danger-now result leads with crisis help only (panel round 6, r6-21)', () => {
  // A parent of 34 with a child of 4–11, unsafe at home, only the topic "geweld": the answers
  // given say enough about kindgebonden budget to make that broad check "misschien". On a
  // danger-now result it is noise between the crisis help and the rest: broad checks outside the
  // chosen topics are left out of a result that a crisis line leads (they never add a question;
  // "Ook andere onderwerpen bekijken" still brings them in).
  it('geweld with children at home: Veilig Thuis leads, and no broad check outside the topics (kindgebonden budget) shows', async () => {
    const el = await mount({ perspective: 'zelf' });
    await walkTo(el, 'resultaat', {
      [TOPIC]: ['geweld'],
      'persoon.leeftijd': '34',
      'persoon.seksueel-geweld': '__weet-niet__',
      'persoon.huishouden': 'met-partner-en-kinderen',
      'persoon.kinderen': ['4-11'],
    });
    const lead = root(el).querySelector('.route')!;
    expect(lead.classList.contains('crisis')).to.equal(true);
    expect([...lead.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'))).to.include('tel:08002000');
    const text = root(el).textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Veilig Thuis');
    expect(text).to.not.contain(nl.resultaat.breed);
    expect(text).to.not.contain('Kindgebonden budget');
  });
});

describe('no place to sleep', () => {
  // The dataset has no crisis line for "geen-slaapplek" yet (maatschappelijke opvang is urgent,
  // not a crisis line, and its counter is the municipality's). With one marked as a crisis line,
  // it stands at the top from the very next screen, like the others.
  it('a crisis line for geen-slaapplek shows from the very next screen on, with its general wording', async () => {
    const files = await (await fetch('/embed/dataset.json')).json();
    const opvang = files.regelingen['wmo.json'].regelingen.find((r: { id: string }) => r.id === 'maatschappelijke-opvang');
    // A crisis line may only ask the first question (a dataset rule).
    Object.assign(opvang, { crisis: true, voorwaarden: { feit: TOPIC, bevat: 'geen-slaapplek' } });
    delete opvang.onderwerpen;
    files['loketten.json'].loketten.find((l: { id: string }) => l.id === 'opvang').crisis = true;
    const url = URL.createObjectURL(new Blob([JSON.stringify(files)], { type: 'application/json' }));
    const el = await mount({ perspective: 'zelf', 'dataset-url': url });
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

describe('crisis help first and in view (issue 22)', () => {
  // 320 px wide phones, and 1280 × 1024 at 400 % zoom (320 × 256 CSS px).
  for (const [w, h] of [
    [320, 640],
    [320, 256],
  ] as const) {
    it(`at ${w} × ${h}: after "Gedachten aan zelfdoding" the next screen starts with 113, in view, focused and announced before the question`, async () => {
      await setViewport({ width: w, height: h });
      try {
        // Content above the widget, as on a municipal page.
        const above = document.createElement('div');
        above.style.height = '1500px';
        document.body.prepend(above);
        const el = await mount({ perspective: 'zelf' });
        await walkTo(el, 'vragen');
        labelled(el, 'Gedachten aan zelfdoding').click();
        labelled(el, 'Schulden of onbetaalde rekeningen').click();
        await next(el);
        expect(vraag(el)).not.to.equal(TOPIC);
        const box = root(el).querySelector('.crisis-now')!;
        await until(el, () => root(el).activeElement?.id === 'crisis-kop');
        // No requestAnimationFrame here: with two test files at once, this page may be in a tab
        // that paints no frame, and the wait never ends. getBoundingClientRect lays out anyway.
        const r = box.getBoundingClientRect();
        expect(r.top, 'top in view').to.be.at.least(0);
        expect(r.bottom, 'bottom in view').to.be.at.most(window.innerHeight);
        expect(r.left).to.be.at.least(0);
        expect(r.right).to.be.at.most(window.innerWidth);
        // 112 for immediate danger first, then 113: both in view.
        expect(crisisTel(el)).to.deep.equal(['tel:112', 'tel:113']);
        // Announced first: the crisis help, then the question.
        const live = root(el).querySelector('[data-live]')!.textContent!.trim();
        expect(live.startsWith(`${nl.resultaat.crisis}. Alarmnummer: 112. 113 Zelfmoordpreventie: 113.`), live).to.equal(true);
        expect(live.endsWith(heading(el)), live).to.equal(true);
        // The crisis heading comes before the question's in the heading order.
        const headings = [...root(el).querySelectorAll('h2')];
        expect(headings.indexOf(root(el).getElementById('crisis-kop') as HTMLHeadingElement)).to.be.lessThan(
          headings.indexOf(root(el).querySelector('[data-heading]') as HTMLHeadingElement),
        );
        above.remove();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

  it('"Naar het resultaat" in the crisis help goes straight to the result, 113 first', async () => {
    const el = await mount({ perspective: 'zelf' });
    await walkTo(el, 'vragen');
    await answer(el, 'Gedachten aan zelfdoding');
    expect(scherm(el)).to.equal('vragen');
    button(el, nl.nood.naarResultaat).click();
    await until(el, () => scherm(el) === 'resultaat');
    const lead = root(el).querySelector('.route')!;
    expect(lead.classList.contains('crisis')).to.equal(true);
    expect([...lead.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'))).to.include('tel:113');
  });

  it('a screen whose crisis line was already shown focuses its own heading', async () => {
    const el = await mount({ perspective: 'zelf' });
    await walkTo(el, 'vragen');
    await answer(el, 'Gedachten aan zelfdoding');
    await until(el, () => root(el).activeElement?.id === 'crisis-kop');
    const first = vraag(el);
    await walkTo(el, 'overzicht', {}, async () => {
      if (vraag(el) === first) return;
      await until(el, () => root(el).activeElement?.hasAttribute('data-heading') === true);
      expect(root(el).querySelector('[data-live]')!.textContent!.trim()).to.equal(heading(el));
    });
  });
});
