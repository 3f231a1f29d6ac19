/**
 * "Wat als …?" on the result (issue 21, item 4), in real Chromium: by keyboard only, a single
 * renter on € 70.000 opens it, picks the income, types € 35.000 and sees zorgtoeslag go from
 * "Past niet" to "Past waarschijnlijk, ongeveer € 69 per maand", with "Verder verandert er
 * niets"; back leaves the result as it was. axe on the open panel, and at 320 px no sideways scroll.
 */
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { expect } from '@open-wc/testing';
import type { RegelingenWizard } from '../../src/ui/regelingen-wizard.js';
import { TEXT } from '../../src/ui/screens/what-if.js';
import { axe } from './axe.js';
import { en, heading, mount, nl, root, singleRenter, until, walkTo } from './helpers.js';

const renter = singleRenter('3800', '70000');

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const active = (el: RegelingenWizard) => root(el).activeElement as HTMLElement | null;

/** Tab until the focused element matches, at most 200 times. */
async function tabTo(el: RegelingenWizard, ok: (a: HTMLElement) => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const a = active(el);
    if (a && ok(a)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}

/** The whole result as text, without the what-if panel. */
const resultText = (el: RegelingenWizard) => {
  const copy = root(el).querySelector('form, main, .screen, [data-heading]')!.getRootNode() as ShadowRoot;
  const clone = document.createElement('div');
  for (const n of copy.children) clone.append(n.cloneNode(true));
  clone.querySelector('.what-if')?.remove();
  return squash(clone.textContent);
};

describe('what if', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('by keyboard: the income to € 35.000 gives zorgtoeslag, about € 69 a month; nothing else changes; back keeps the result', async () => {
    const el = await mount({ perspective: 'zelf' });
    await walkTo(el, 'resultaat', renter);
    await until(el, () => heading(el) === nl.resultaat.kop);
    const before = resultText(el);
    const button = root(el).querySelector<HTMLButtonElement>('[data-watals]')!;
    expect(squash(button.textContent)).to.equal(nl.resultaat.watAls);
    expect(root(el).querySelector('.what-if'), 'closed at first').to.equal(null);

    // Open: Tab to the button, Enter; focus goes to the panel's heading.
    root(el).querySelector<HTMLElement>('[data-heading]')!.focus();
    await tabTo(el, (a) => a.hasAttribute('data-watals'), 'the what-if button');
    await sendKeys({ press: 'Enter' });
    await until(el, () => active(el)?.id === 'watals-kop');
    expect(squash(active(el)!.textContent)).to.equal(nl.resultaat.watAls);

    // Choose the answer: Tab into the radios, arrow keys to the income, which shows its answer now.
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.getAttribute('name')).to.equal('watals-vraag');
    for (let i = 0; i < 20 && (active(el) as HTMLInputElement).value !== 'persoon.bruto-jaarinkomen'; i++)
      await sendKeys({ press: 'ArrowDown' });
    const income = active(el) as HTMLInputElement;
    expect(income.value).to.equal('persoon.bruto-jaarinkomen');
    expect(squash(income.labels![0]!.textContent)).to.contain('€ 70.000');
    await until(el, () => !!root(el).querySelector('#watals-waarde'));

    // Change the value: Tab to the field, type, Enter.
    await tabTo(el, (a) => a.id === 'watals-waarde', 'the value field');
    await sendKeys({ type: '35000' });
    await sendKeys({ press: 'Enter' });
    await until(el, () => active(el)?.id === 'watals-uitkomst');

    // The comparison: its heading says what changed, then only the rows that change, as text.
    const panel = root(el).querySelector('.what-if')!;
    expect(squash(active(el)!.textContent)).to.equal('Als ‘Bruto inkomen per jaar’ € 35.000 per jaar is in plaats van € 70.000 per jaar');
    const zorg = panel.querySelector('li[data-regeling="zorgtoeslag"]');
    expect(zorg, 'zorgtoeslag changes').to.not.equal(null);
    expect(squash(zorg!.querySelector('[data-voor]')!.textContent)).to.equal(nl.resultaat.pastNiet);
    expect(squash(zorg!.querySelector('[data-na]')!.textContent)).to.equal(`${nl.resultaat.past}. Ongeveer € 69 per maand`);
    expect(squash(panel.querySelector('[data-verder]')!.textContent)).to.equal(TEXT.nl.verder);
    // Every row shown changes.
    for (const li of panel.querySelectorAll('li[data-regeling]'))
      expect(li.querySelector('[data-voor]')!.textContent, li.getAttribute('data-regeling')!).to.not.equal(
        li.querySelector('[data-na]')!.textContent,
      );
    await axe(el, 'what-if with a comparison');

    // Back: Tab to "Terug naar uw uitslag", Enter; the panel closes, focus on the button, the result as it was.
    await tabTo(el, (a) => a.hasAttribute('data-watals-terug'), 'the back button');
    await sendKeys({ press: 'Enter' });
    await until(el, () => !root(el).querySelector('.what-if') && !!active(el)?.hasAttribute('data-watals'));
    expect(resultText(el)).to.equal(before);
    // The answer itself is unchanged: the review still shows € 70.000.
    root(el).querySelector<HTMLButtonElement>('[data-watals]')!.click();
    await until(el, () => !!root(el).querySelector('.what-if'));
    expect(squash(root(el).querySelector('.what-if fieldset')!.textContent)).to.contain('€ 70.000');
  });

  it('refuses a value it cannot read, and the same answer as now, with the reason', async () => {
    const el = await mount({ perspective: 'zelf' });
    await walkTo(el, 'resultaat', renter);
    root(el).querySelector<HTMLButtonElement>('[data-watals]')!.click();
    await until(el, () => !!root(el).querySelector('.what-if'));
    const submit = () => root(el).querySelector<HTMLButtonElement>('[data-watals-bekijk]')!.click();
    const error = () => squash(root(el).querySelector('#watals-fout')!.textContent);
    submit();
    await until(el, () => error() === TEXT.nl.foutVraag);
    const radio = [...root(el).querySelectorAll<HTMLInputElement>('input[name="watals-vraag"]')].find(
      (r) => r.value === 'persoon.bruto-jaarinkomen',
    )!;
    radio.click();
    await until(el, () => !!root(el).querySelector('#watals-waarde'));
    const field = root(el).querySelector<HTMLInputElement>('#watals-waarde')!;
    field.value = 'veel';
    field.dispatchEvent(new Event('input'));
    submit();
    await until(el, () => error() === TEXT.nl.foutGetal);
    field.value = '70.000';
    field.dispatchEvent(new Event('input'));
    submit();
    await until(el, () => error() === TEXT.nl.foutZelfde);
    expect(root(el).querySelector('#watals-uitkomst')).to.equal(null);
  });

  it('a choice (household) at 320 px: the comparison fits without sideways scroll and passes axe', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mount({ perspective: 'zelf' });
    await walkTo(el, 'resultaat', singleRenter('2300', '35000'));
    root(el).querySelector<HTMLButtonElement>('[data-watals]')!.click();
    await until(el, () => !!root(el).querySelector('.what-if'));
    const radio = [...root(el).querySelectorAll<HTMLInputElement>('input[name="watals-vraag"]')].find(
      (r) => r.value === 'persoon.huishouden',
    );
    expect(radio, 'the household can be changed').to.not.equal(undefined);
    radio!.click();
    await until(el, () => !!root(el).querySelector('input[name="watals-optie"]'));
    const options = [...root(el).querySelectorAll<HTMLInputElement>('input[name="watals-optie"]')];
    expect(
      options.map((o) => o.value),
      'the current answer is not offered',
    ).to.not.include('alleen');
    options.find((o) => o.value === 'met-partner')!.click();
    root(el).querySelector<HTMLButtonElement>('[data-watals-bekijk]')!.click();
    await until(el, () => !!root(el).querySelector('#watals-uitkomst'));
    expect(root(el).querySelectorAll('.what-if li[data-regeling]').length, 'a partner changes something').to.be.greaterThan(0);
    await axe(el, 'what-if at 320 px');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    // In English the panel and the comparison speak English.
    el.setAttribute('lang', 'en');
    await until(el, () => squash(root(el).querySelector('#watals-kop')?.textContent) === en.resultaat.watAls);
    expect(squash(root(el).querySelector('.what-if [data-verder]')!.textContent)).to.equal(TEXT.en.verder);
    expect(squash(root(el).querySelector('#watals-uitkomst')!.textContent)).to.match(/^If ‘Household’ .+ instead of /);
  });

  it('several choices (work): the checkboxes start as answered; losing the job instead shows what changes', async () => {
    const el = await mount({ perspective: 'zelf' });
    await walkTo(el, 'resultaat', renter);
    root(el).querySelector<HTMLButtonElement>('[data-watals]')!.click();
    await until(el, () => !!root(el).querySelector('.what-if'));
    const radio = [...root(el).querySelectorAll<HTMLInputElement>('input[name="watals-vraag"]')].find((r) => r.value === 'persoon.werk');
    expect(radio, 'work can be changed').to.not.equal(undefined);
    radio!.click();
    await until(el, () => !!root(el).querySelector('input[name="watals-optie"]'));
    const box = (v: string) => [...root(el).querySelectorAll<HTMLInputElement>('input[name="watals-optie"]')].find((o) => o.value === v)!;
    expect(box('loondienst').checked, 'as answered now').to.equal(true);
    box('loondienst').click();
    box('baan-kwijt').click();
    await until(el, () => box('baan-kwijt').checked && !box('loondienst').checked);
    root(el).querySelector<HTMLButtonElement>('[data-watals-bekijk]')!.click();
    await until(el, () => !!root(el).querySelector('#watals-uitkomst'));
    expect(squash(root(el).querySelector('#watals-uitkomst')!.textContent)).to.equal(
      'Als ‘Werk en inkomen’ Baan kwijt of bijna kwijt is in plaats van Werk in loondienst',
    );
    // WW: from past niet to misschien (the new answer opens questions not asked), and it says so.
    const ww = root(el).querySelector('.what-if li[data-regeling="ww-uitkering"]');
    expect(ww, 'WW changes').to.not.equal(null);
    expect(squash(ww!.querySelector('[data-na]')!.textContent)).to.equal(nl.resultaat.misschien);
    expect(squash(root(el).querySelector('.what-if-result')!.textContent)).to.contain(TEXT.nl.nieuweVragen);
    await axe(el, 'what-if with checkboxes');
  });
});
