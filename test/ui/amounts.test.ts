/**
 * Amounts and "Dit past wel als …" on the result screen (issue 21): a single renter with a low
 * net income sees roughly what bijstand is worth, with the year of the figures; a single renter
 * on € 70.000 sees under "past niet" what income would make zorgtoeslag fit. Both screens pass
 * axe; the amount shows in Dutch and English and on the printed handout.
 */
import 'axe-core/axe.min.js';
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import type { Worth } from '../../src/engine/amount.js';
import { createI18n } from '../../src/i18n/index.js';
import type { RegelingenWizard } from '../../src/ui/regelingen-wizard.js';
import type { Ui } from '../../src/ui/screens/common.js';
import { worthLines } from '../../src/ui/screens/worth.js';
import { TEXT } from '../../src/ui/screens/worth-text.js';
import { en, mount, openCounters, printHandout, root, singleRenter, until, walkTo } from './helpers.js';

const axe = () => (window as unknown as { axe: { run(el: Element): Promise<{ violations: { id: string; help: string }[] }> } }).axe;

/** The article of a regeling by its name, anywhere on the result. */
function article(el: RegelingenWizard, name: string): HTMLElement {
  const a = [...root(el).querySelectorAll<HTMLElement>('article.regeling')].find(
    (x) => x.querySelector('h4, h5')!.textContent!.trim() === name,
  );
  if (!a) throw new Error(`No regeling "${name}" on the result`);
  return a;
}
const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

async function noViolations(el: RegelingenWizard): Promise<void> {
  const { violations } = await axe().run(el);
  expect(violations.map((v) => `${v.id}: ${v.help}`)).to.deep.equal([]);
}

describe('amounts on the result', () => {
  it('a single renter with € 800 net a month: bijstand about € 569 – € 638 per month, with the year; in English too', async () => {
    const el = await mount({ perspective: 'zelf' });
    await walkTo(el, 'resultaat', singleRenter('800', '12000'));
    // The counters are collapsed: open them, as a person would.
    await openCounters(el);
    const bijstand = article(el, 'Bijstand');
    await until(el, () => !!bijstand.querySelector('.worth'));
    const worth = squash(bijstand.querySelector('.worth')!.textContent);
    expect(worth).to.contain('Ongeveer € 569 – € 638 per maand');
    expect(worth).to.contain(TEXT.nl.jaar.replace('{{jaar}}', '2026'));
    await noViolations(el);
    // The printed handout carries the amount, and its year once, at the top of the sheet.
    await printHandout(el);
    expect(squash(root(el).querySelector('.handout')!.textContent)).to.contain('Bijstand (ongeveer € 569 – € 638 per maand)');
    expect(squash(root(el).querySelector('.handout .meta')!.textContent)).to.contain('Bedragen en grenzen van 2026.');
    el.setAttribute('lang', 'en');
    await until(el, () => root(el).querySelector('[data-heading]')!.textContent!.includes(en.resultaat.kop));
    expect(squash(article(el, 'Social assistance (bijstand)').querySelector('.worth')!.textContent)).to.contain(
      `About €569 – €638 per ${TEXT.en.per_maand}`,
    );
  });

  it('a single renter who already has bijstand (€ 1.100 net, the bijstand included): the amount is the norm, the total per month, never read as extra money (issue 20)', async () => {
    const el = await mount({ perspective: 'zelf' });
    await walkTo(el, 'resultaat', { ...singleRenter('1100', '13200'), 'persoon.werk': ['bijstand'] });
    await openCounters(el);
    const bijstand = article(el, 'Bijstand');
    await until(el, () => !!bijstand.querySelector('.worth'));
    const worth = squash(bijstand.querySelector('.worth')!.textContent);
    // The single norm: € 569 – € 638 on top of € 800 (the test above), so € 1.369 – € 1.438 in all.
    expect(worth).to.contain('In totaal ongeveer € 1.369 – € 1.438 per maand');
    expect(worth).to.contain(TEXT.nl.totaalUitleg);
    expect(worth).not.to.match(/^Ongeveer/);
    await noViolations(el);
    await printHandout(el);
    expect(squash(root(el).querySelector('.handout')!.textContent)).to.match(
      /Bijstand \((misschien, )?in totaal ongeveer € 1\.369 – € 1\.438 per maand/,
    );
    el.setAttribute('lang', 'en');
    await until(el, () => root(el).querySelector('[data-heading]')!.textContent!.includes(en.resultaat.kop));
    const enWorth = squash(article(el, 'Social assistance (bijstand)').querySelector('.worth')!.textContent);
    expect(enWorth).to.contain('About €1,369 – €1,438 per month in total');
    expect(enWorth).to.contain(TEXT.en.totaalUitleg);
  });

  it('a single renter on € 70.000: zorgtoeslag does not fit, and says it would with an income of € 40.857 or less', async () => {
    const el = await mount({ perspective: 'zelf' });
    await walkTo(el, 'resultaat', singleRenter('3800', '70000'));
    const details = root(el).querySelector<HTMLDetailsElement>('details.not-fitting')!;
    details.open = true;
    await until(el, () => details.querySelectorAll('article').length > 0);
    const zorg = article(el, 'Zorgtoeslag');
    await until(el, () => !!zorg.querySelector('.would-fit'));
    expect(squash(zorg.querySelector('.would-fit')!.textContent)).to.equal(
      'Dit past wel als ‘Bruto inkomen per jaar’ € 40.857 of minder is.',
    );
    expect(zorg.querySelector('.worth'), 'no amount for what does not fit').to.equal(null);
    await noViolations(el);
  });
});

describe('amounts on the result: an employer (loonkostenvoordeel per year)', () => {
  // Wet tegemoetkomingen loondomein, 2026: € 1,01 per paid hour, at most € 2.000 a year.
  // 24 hours a week × 52 × € 1,01 = € 1.260 a year.
  it('a candidate from the register working 24 hours a week: the hours are asked last, then about € 1.260 a year with the year, also on the handout', async () => {
    const el = await mount({ perspective: 'werkgever' });
    const asked = await walkTo(el, 'resultaat', {
      perspectief: 'werkgever',
      'persoon.doelgroepregister': 'ja',
      'werkgever.situatie': 'nieuw',
      'werkgever.uren-per-week': '24',
    });
    expect(asked.at(-1), 'the question only the amount needs comes last').to.equal('werkgever.uren-per-week');
    await openCounters(el);
    const lkv = article(el, 'Loonkostenvoordeel banenafspraak');
    await until(el, () => !!lkv.querySelector('.worth'));
    const worth = squash(lkv.querySelector('.worth')!.textContent);
    expect(worth).to.contain('Ongeveer € 1.260 per jaar');
    expect(worth).to.contain(TEXT.nl.jaar.replace('{{jaar}}', '2026'));
    expect(worth, 'no repayment line: this is no advance').not.to.contain(TEXT.nl.voorschot);
    await noViolations(el);
    await printHandout(el);
    // The sheet names no year of its figures here, so the amount carries its own.
    expect(squash(root(el).querySelector('.handout')!.textContent)).to.contain(
      'Loonkostenvoordeel banenafspraak (ongeveer € 1.260 per jaar, bedragen van 2026)',
    );
  });
});

describe('the repayment risk of an advance (toeslag on an estimated income)', () => {
  // End to end, on the shipped dataset: zorgtoeslag is an advance on this year's estimated income.
  // € 35.000: € 69 a month; at 10% more (€ 38.500) € 29 (Dienst Toeslagen's 2026 parameters).
  it('a single renter on € 35.000 (estimated): zorgtoeslag about € 69 a month, that it may have to be paid back, and € 29 at 10% more income', async () => {
    const el = await mount({ perspective: 'zelf' });
    await walkTo(el, 'resultaat', singleRenter('2300', '35000'));
    // The counters are collapsed: open them, as a person would.
    await openCounters(el);
    const a = article(el, 'Zorgtoeslag');
    await until(el, () => !!a.querySelector('.worth'));
    const text = squash(a.querySelector('.worth')!.textContent);
    expect(text).to.contain('Ongeveer € 69 per maand');
    expect(text).to.contain(TEXT.nl.jaar.replace('{{jaar}}', '2026'));
    expect(text).to.contain(TEXT.nl.voorschot);
    expect(text).to.contain('Met 10% meer inkomen is het ongeveer € 29 per maand.');
    await noViolations(el);
  });

  const ui = (lang: 'nl' | 'en') => ({ lang, t: createI18n(lang, lang === 'en' ? en : undefined).t }) as unknown as Ui;
  const shown = (w: Worth, lang: 'nl' | 'en' = 'nl') => {
    const div = document.createElement('div');
    render(worthLines(w, ui(lang)), div);
    return squash(div.textContent);
  };
  const base: Worth = { bedrag: [112, 112], per: 'maand', jaren: ['2026'], rekenhulp: 'https://example.org/proef' };

  it('says in plain words that it may have to be paid back, and the amount at 10% more income', () => {
    const text = shown({ ...base, bijMeer: [98, 98] });
    expect(text).to.contain('Ongeveer € 112 per maand');
    expect(text).to.contain(TEXT.nl.voorschot);
    expect(text).to.contain('Met 10% meer inkomen is het ongeveer € 98 per maand.');
    expect(shown({ ...base, bijMeer: [98, 98] }, 'en')).to.contain('With 10% more income it is about €98 per month.');
  });

  it('says when 10% more income would stop it; says nothing of repayment without an advance', () => {
    expect(shown({ ...base, bijMeer: [0, 0] })).to.contain(TEXT.nl.bijMeerNiets);
    expect(shown(base)).not.to.contain(TEXT.nl.voorschot);
  });

  it('links the official calculator', () => {
    const div = document.createElement('div');
    render(worthLines(base, ui('nl')), div);
    expect(div.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/proef');
    expect(div.querySelector('a')!.textContent).to.equal(TEXT.nl.rekenhulp);
  });
});
