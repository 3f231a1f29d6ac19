/**
 * The result screen: more topics continue the same journey (10.5), the result is grouped per
 * person (10.6), plurals and the live region follow the language (10.8), and it renders what a
 * person reads (15): the not-fitting list only when opened, one date formatter per language.
 */
import { expect } from '@open-wc/testing';
import scenario1 from '../../regelingen/scenarios/01-mantelzorger-moeder-dementie.json';
import scenario3 from '../../regelingen/scenarios/03-betalingsachterstanden.json';
import scenario28 from '../../regelingen/scenarios/28-wlz-indicatie-thuis.json';
import { i18nFor } from '../../src/i18n/index.js';
import { button, counterNames, en, mount, nl, picksOf, plain, root, scherm, text, until, vraag, walkTo } from './helpers.js';

const TOPIC = 'persoon.hulpvraag';

describe('more topics from the result ("Ook andere onderwerpen bekijken")', () => {
  it('continues the same journey: only the extra questions, every answer kept, back to the result; it says what was not checked', async () => {
    const el = await mount({ perspective: 'zelf' });
    const picks = { ...picksOf(scenario3.antwoorden), [TOPIC]: ['schulden'] };
    const first = await walkTo(el, 'resultaat', picks);
    const topics = root(el).querySelector('.topics')!.textContent!.replace(/\s+/g, ' ');
    expect(topics).to.contain(nl.resultaat.nietBekeken.split(':')[0]);
    expect(topics).to.contain('Kinderen en opvoeden');
    button(el, nl.resultaat.andereOnderwerpen).click();
    await until(el, () => vraag(el) === TOPIC);
    const ticked = [...root(el).querySelectorAll<HTMLInputElement>('input[name="antwoord"]:checked')].map((i) => i.value);
    expect(ticked).to.deep.equal(['schulden']);
    const extra = await walkTo(el, 'resultaat', { ...picks, [TOPIC]: [...ticked, 'geld', 'kinderen'] });
    expect(extra[0]).to.equal(TOPIC);
    expect(extra.length, 'questions about money and children were added').to.be.greaterThan(1);
    expect(
      extra.slice(1).filter((id) => first.includes(id)),
      'no answered question asked again',
    ).to.deep.equal([]);
    expect(scherm(el)).to.equal('resultaat');
    const [chosen = '', notChecked = ''] = root(el).querySelector('.topics')!.textContent!.split(nl.resultaat.nietBekeken.split(':')[0]!);
    expect(chosen).to.contain('Kinderen en opvoeden');
    expect(notChecked).to.contain('Zorg en gezondheid');
    expect(notChecked).not.to.contain('Kinderen');
  });
});

describe('the result per person', () => {
  it('in the carer view: "Voor degene voor wie u zorgt" and "Voor uzelf", counters in the engine order; in English too', async () => {
    const el = await mount({ perspective: 'mantelzorger' });
    await walkTo(el, 'resultaat', picksOf(scenario1.antwoorden));
    const groups = () => [...root(el).querySelectorAll('h4.group')].map((h) => h.textContent!.trim());
    expect(groups()).to.deep.equal([nl.resultaat.voorPersoon_mantelzorger, nl.resultaat.voorUzelf]);
    expect(text(el)).to.contain(nl.resultaat.intro_mantelzorger);
    // Within each group the counters keep the engine's order (route()), which the first steps follow too.
    const overview = el.snapshot!.context.uitkomst!.routes.map((r) => (r.contact?.naam ?? r.loket.naam).nl);
    expect(counterNames(el).length).to.be.greaterThan(1);
    for (const group of root(el).querySelectorAll('h4.group')) {
      const names: string[] = [];
      for (let n = group.nextElementSibling; n?.classList.contains('counter'); n = n.nextElementSibling)
        names.push(plain(n.querySelector('.name')!.textContent!));
      const at = names.map((x) => overview.indexOf(x));
      expect(at, group.textContent!).to.deep.equal([...at].sort((a, b) => a - b));
      expect(at).not.to.include(-1);
    }
    el.setAttribute('lang', 'en');
    await until(el, () => groups()[0] === en.resultaat.voorPersoon_mantelzorger);
    expect(groups()).to.deep.equal([en.resultaat.voorPersoon_mantelzorger, en.resultaat.voorUzelf]);
  });
});

describe('which regeling goes first', () => {
  it('with a Wlz-indicatie at home (scenario 28), the Wmo help says it comes through the zorgkantoor', async () => {
    const el = await mount({ perspective: 'zelf' });
    await walkTo(el, 'resultaat', picksOf(scenario28.antwoorden));
    const details = root(el).querySelector<HTMLDetailsElement>('details.not-fitting')!;
    details.open = true;
    await until(el, () => details.querySelectorAll('article').length > 0);
    const hulp = [...details.querySelectorAll('article')].find((a) => a.querySelector('h4')!.textContent!.includes('Huishoudelijke hulp'))!;
    expect(hulp.textContent).to.contain('Met een Wlz-indicatie komt deze hulp via het zorgkantoor');
  });
});

describe('words', () => {
  it('plurals: "Nog hoogstens 1 vraag", "2 vragen", in both languages', async () => {
    const nlT = (await i18nFor('nl')).t;
    const enT = (await i18nFor('en')).t;
    expect(nlT('vraag.voortgang', { nummer: 3, count: 1 })).to.equal('Vraag 3. Nog hoogstens 1 vraag.');
    expect(nlT('vraag.voortgang', { nummer: 3, count: 2 })).to.equal('Vraag 3. Nog hoogstens 2 vragen.');
    expect(enT('vraag.voortgang', { nummer: 3, count: 1 })).to.equal('Question 3. At most 1 more question.');
  });

  it('no progress line on the way says "1 vragen"', async () => {
    const el = await mount({ perspective: 'zelf' });
    const lines: string[] = [];
    await walkTo(el, 'overzicht', picksOf(scenario3.antwoorden), () => {
      lines.push(root(el).querySelector('.progress')?.textContent ?? '');
    });
    expect(lines.filter((l) => / 1 vragen/.test(l))).to.deep.equal([]);
    expect(lines.join(' ')).to.match(/Nog hoogstens \d+ vragen?\./);
  });

  it('the aria-live status follows a language switch', async () => {
    const el = await mount({ perspective: 'zelf' });
    await walkTo(el, 'vragen');
    const live = root(el).querySelector('[data-live]')!;
    await until(el, () => live.textContent === 'Waar zoekt u hulp bij?');
    // The person is in the widget (focus on the question): a language switch on the host page is announced.
    root(el).querySelector<HTMLElement>('[data-heading]')!.focus();
    el.setAttribute('lang', 'en');
    await until(el, () => live.textContent === 'What are you looking for help with?');
  });
});

describe('a result that renders what a person reads', () => {
  it('the not-fitting list only when opened; one date formatter per language, not one per regeling', async () => {
    const el = await mount({ perspective: 'zelf' });
    await walkTo(el, 'overzicht', { [TOPIC]: 'alles' });
    const Real = Intl.DateTimeFormat;
    let made = 0;
    Intl.DateTimeFormat = new Proxy(Real, {
      construct(t, args) {
        made++;
        return new t(...(args as []));
      },
    });
    try {
      button(el, nl.overzicht.knop).click();
      await until(el, () => scherm(el) === 'resultaat');
      const details = root(el).querySelector<HTMLDetailsElement>('details.not-fitting')!;
      expect(details.querySelectorAll('article').length).to.equal(0);
      details.open = true;
      await until(el, () => details.querySelectorAll('article').length > 0);
      expect(root(el).querySelectorAll('article').length).to.be.greaterThan(20);
      // One for the check date (today in the Netherlands), at most one for the dates shown.
      expect(made).to.be.at.most(2);
    } finally {
      Intl.DateTimeFormat = Real;
    }
  });
});
