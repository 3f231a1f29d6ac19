/**
 * Pictures of the widget to look at (npm run screenshots, into screenshots/): a carer's journey at
 * 320 px and 1280 px, the printed handout, the hand-over QR code and the municipality picker. What
 * these screens must do is tested in npm test (test/ui, test/journeys); here only the pictures.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import scenario1 from '../../regelingen/scenarios/01-mantelzorger-moeder-dementie.json';
import scenario2 from '../../regelingen/scenarios/02-werkgever-banenafspraak.json';
import scenario20 from '../../regelingen/scenarios/20-huisarts-psychisch-schulden.json';
import { isolateForPrint } from '../../src/ui/handout.js';
import type { RegelingenWizard } from '../../src/ui/regelingen-wizard.js';
import { choose, input, options, picker, submitChoice } from '../journeys/picker.js';
import { mount, picksOf, printHandout, root, text, until, walkTo } from '../ui/helpers.js';
import { shoot } from './shoot.js';

afterEach(async () => {
  await emulateMedia({ media: 'screen' });
  await setViewport({ width: 1280, height: 800 });
});

for (const width of [320, 1280]) {
  it(`a carer's journey at ${width} px: start, question, summary, result`, async () => {
    await setViewport({ width, height: 900 });
    const el = await mount({ gemeente: 'GM0344' });
    const picks = { perspectief: 'mantelzorger', ...picksOf(scenario1.antwoorden) };
    await shoot(`${width}-1-start`);
    await walkTo(el, 'vragen', picks);
    await shoot(`${width}-2-question`);
    await walkTo(el, 'overzicht', picks);
    await shoot(`${width}-3-summary`);
    await walkTo(el, 'resultaat', picks);
    await shoot(`${width}-4-result`);
    await shoot(`${width}-5-result-top`, false);
  });
}

/** A GP's result for scenario 20 with Utrecht chosen on the result. */
async function gpInUtrecht(): Promise<RegelingenWizard> {
  const el = await mount({ mode: 'professional' });
  await walkTo(el, 'resultaat', picksOf(scenario20.antwoorden));
  const p = await picker(el, 'zelf');
  await choose(p, 'utrecht', 'Utrecht');
  await submitChoice(el, picksOf(scenario20.antwoorden));
  await until(el, () => text(el).includes('14 030'));
  return el;
}

/** The handout as printed: print media, one A4 page wide (180 × 267 mm at 96 px per inch). */
async function onPaper(el: RegelingenWizard, path: string): Promise<void> {
  await printHandout(el);
  const undo = isolateForPrint(el);
  try {
    await setViewport({ width: Math.round((180 / 25.4) * 96), height: Math.round((267 / 25.4) * 96) });
    await emulateMedia({ media: 'print' });
    window.scrollTo(0, 0);
    await shoot(path);
  } finally {
    undo();
  }
}

it('the handout on paper: a GP (Dutch) and an employer (English)', async () => {
  await onPaper(await gpInUtrecht(), 'handout-huisarts');
  const el = await mount({ perspective: 'werkgever', lang: 'en' });
  await walkTo(el, 'resultaat', picksOf(scenario2.antwoorden));
  await onPaper(el, 'handout-werkgever-en');
});

it('the hand-over panel with its QR code', async () => {
  const el = await gpInUtrecht();
  root(el).querySelector<HTMLButtonElement>('[data-overdracht]')!.click();
  await until(el, () => !!root(el).querySelector('.overdracht svg[role="img"]'));
  root(el).querySelector('.overdracht')!.scrollIntoView({ block: 'center' });
  await shoot('overdracht-qr', false);
});

it('the municipality picker, empty and open', async () => {
  const el = await mount({ mode: 'professional' });
  await walkTo(el, 'resultaat', picksOf(scenario20.antwoorden));
  const p = await picker(el, 'zelf');
  p.scrollIntoView({ block: 'start' });
  await shoot('gemeentekiezer-leeg', false);
  input(p).focus();
  await sendKeys({ type: 'den haag' });
  await sendKeys({ press: 'ArrowDown' });
  await p.updateComplete;
  expect(options(p)[0]!.getAttribute('aria-selected')).to.equal('true');
  p.scrollIntoView({ block: 'start' });
  await shoot('gemeentekiezer-open', false);
});
