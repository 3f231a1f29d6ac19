/**
 * Issue 22 item 3: amounts that cannot be misread. Dutch and English number forms are read as
 * people mean them, a form with two readings is asked about ("Bedoelt u € 1.500?") instead of
 * guessed, and the amount is shown back as understood ("€ 1.500 per maand") before going on.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import scenario3 from '../../regelingen/scenarios/03-betalingsachterstanden.json';
import { formatNumber, readNumber } from '../../src/ui/screens/numbers.js';
import type { RegelingenWizard } from '../../src/ui/regelingen-wizard.js';
import { axe } from './axe.js';
import { button, heading, mount, next, nl, picksOf, root, scherm, text, until, vraag, walkTo } from './helpers.js';

describe('formatNumber', () => {
  it('writes a number as Intl does in nl-NL and en-GB (whole numbers without Intl, issue 24)', () => {
    const values = [0, -0, 1, 7, 42, 999, 1000, 1500, 9999, 10000, 12345, 99999, 100000, 123456, 999999, 1000000, 1234567];
    values.push(...values.map((n) => -n), Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 1.5, 1234.56, -0.25, 1e21);
    for (const lang of ['nl', 'en'] as const)
      for (const amount of [false, true]) {
        const cents = (n: number) => (amount && !Number.isInteger(n) ? 2 : 0);
        for (const n of values) {
          const intl = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
            minimumFractionDigits: cents(n),
            maximumFractionDigits: 2,
          });
          expect(formatNumber(n, lang, amount), `${n} in ${lang}${amount ? ', an amount' : ''}`).to.equal(intl.format(n));
        }
      }
  });
});

describe('readNumber', () => {
  const cases: [string, 'nl' | 'en', ReturnType<typeof readNumber>][] = [
    ['1500', 'nl', { value: 1500 }],
    ['1.500', 'nl', { value: 1500 }],
    ['€ 1.500', 'nl', { value: 1500 }],
    ['€ 1.500,-', 'nl', { value: 1500 }],
    ['1,50', 'nl', { value: 1.5 }],
    ['1,5', 'nl', { value: 1.5 }],
    ['1.500,50', 'nl', { value: 1500.5 }],
    ['1.500.000', 'nl', { value: 1500000 }],
    ['0,500', 'nl', { value: 0.5 }],
    ['1500,000', 'nl', { value: 1500 }],
    ['1,500', 'nl', { readings: [1500, 1.5] }],
    ['1,500', 'en', { value: 1500 }],
    ['1.50', 'en', { value: 1.5 }],
    ['1,500.50', 'en', { value: 1500.5 }],
    ['1.500', 'en', { readings: [1500, 1.5] }],
    ['-5', 'nl', { value: -5 }],
    ['abc', 'nl', undefined],
    ['1.50.0', 'nl', undefined],
    ['1,5.00', 'en', undefined],
    ['', 'nl', undefined],
  ];
  for (const [raw, lang, want] of cases)
    it(`${lang} "${raw}"`, () => {
      expect(readNumber(raw, lang)).to.deep.equal(want);
    });
});

const STOP = new Error('stop');
/** Walk the money-worries journey (scenario 3) up to the question `id`. */
async function upTo(el: RegelingenWizard, id: string): Promise<void> {
  try {
    await walkTo(el, 'resultaat', picksOf(scenario3.antwoorden), () => {
      if (vraag(el) === id) throw STOP;
    });
  } catch (e) {
    if (e !== STOP) throw e;
    // Focus moves to the new heading after the paint: wait for it before typing.
    return until(el, () => root(el).activeElement?.hasAttribute('data-heading') ?? false);
  }
  throw new Error(`${id} was not asked`);
}

const field = (el: RegelingenWizard) => root(el).querySelector<HTMLInputElement>('input[name="waarde"]')!;
const echo = (el: RegelingenWizard) => root(el).querySelector('[data-echo]')!.textContent!.trim();
function type(el: RegelingenWizard, value: string): void {
  field(el).value = value;
  field(el).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('amounts in the widget', () => {
  afterEach(() => setViewport({ width: 1280, height: 800 }));

  it('shows the amount back as understood while typing, and on the review', async () => {
    const el = await mount({ perspective: 'zelf' });
    await upTo(el, 'persoon.netto-inkomen');
    type(el, '1.500');
    expect(echo(el)).to.equal('U vult in: € 1.500 per maand');
    type(el, '1,50');
    expect(echo(el)).to.equal('U vult in: € 1,50 per maand');
    type(el, '1500');
    expect(echo(el)).to.equal('U vult in: € 1.500 per maand');
    // The field names its echo, so a screen reader hears it with the field.
    const ids = field(el).getAttribute('aria-describedby')!.split(' ');
    expect(ids).to.include(root(el).querySelector('[data-echo]')!.id);
    await next(el);
    expect(el.snapshot!.context.answers['persoon.netto-inkomen']).to.equal(1500);
    await walkTo(el, 'overzicht', picksOf(scenario3.antwoorden));
    expect(text(el)).to.contain('€ 1.500 per maand');
    expect(text(el)).to.contain('€ 23.000 per jaar');
  });

  it('asks "Bedoelt u € 1.500 …?" for "1,500" in Dutch instead of reading € 1,50 (axe, 320 px)', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mount({ perspective: 'zelf' });
    await upTo(el, 'persoon.netto-inkomen');
    type(el, '1,500');
    expect(echo(el), 'no reading shown before the question').to.equal('');
    button(el, nl.vraag.volgende).click();
    await until(el, () => !!root(el).querySelector('[data-bedoelt]'));
    // Nothing answered yet; the question has focus.
    expect(vraag(el)).to.equal('persoon.netto-inkomen');
    expect(el.snapshot!.context.answers['persoon.netto-inkomen']).to.equal(undefined);
    await until(el, () => root(el).activeElement?.id === 'bedoelt-vraag');
    expect(root(el).querySelector('#bedoelt-vraag')!.textContent!.trim()).to.equal('Bedoelt u € 1.500 per maand of € 1,50 per maand?');
    await axe(el, 'Bedoelt u, 320 px');
    const box = root(el).querySelector<HTMLElement>('[data-bedoelt]')!;
    expect(box.scrollWidth).to.be.at.most(box.clientWidth);
    button(el, '€ 1.500 per maand').click();
    await until(el, () => vraag(el) !== 'persoon.netto-inkomen');
    expect(el.snapshot!.context.answers['persoon.netto-inkomen']).to.equal(1500);
  });

  it('changing the number stops the question; a clear form then goes on', async () => {
    const el = await mount({ perspective: 'zelf' });
    await upTo(el, 'persoon.netto-inkomen');
    type(el, '1,500');
    button(el, nl.vraag.volgende).click();
    await until(el, () => !!root(el).querySelector('[data-bedoelt]'));
    type(el, '1.500,00');
    await until(el, () => !root(el).querySelector('[data-bedoelt]'));
    await next(el);
    expect(el.snapshot!.context.answers['persoon.netto-inkomen']).to.equal(1500);
  });

  it('in English, asks about "1.500" instead of reading €1.5; by keyboard', async () => {
    const el = await mount({ perspective: 'zelf', lang: 'en' });
    await upTo(el, 'persoon.netto-inkomen');
    field(el).focus();
    await sendKeys({ type: '1.500' });
    await sendKeys({ press: 'Enter' });
    await until(el, () => root(el).activeElement?.id === 'bedoelt-vraag');
    expect(heading(el)).to.match(/income/);
    expect(text(el)).to.contain('Do you mean € 1,500 per month or € 1.50 per month?');
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.textContent?.trim()).to.equal('€ 1,500 per month');
    await sendKeys({ press: 'Enter' });
    await until(el, () => vraag(el) !== 'persoon.netto-inkomen');
    expect(el.snapshot!.context.answers['persoon.netto-inkomen']).to.equal(1500);
    expect(scherm(el)).to.equal('vragen');
  });
});
