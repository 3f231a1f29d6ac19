/**
 * Issue 12, "Afdrukken of meegeven": a one-page A4 summary in B1 Dutch or English. Printed
 * through the print media (emulated) with the same isolation the button uses: only the handout
 * shows, the host page around it is hidden (npm run screenshots takes a picture of the printed page).
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import scenario20 from '../../regelingen/scenarios/20-huisarts-psychisch-schulden.json';
import scenario2 from '../../regelingen/scenarios/02-werkgever-banenafspraak.json';
import scenario5 from '../../regelingen/scenarios/05-crisis-zelfdoding.json';
import { isolateForPrint } from '../../src/ui/handout.js';
import type { RegelingenWizard } from '../../src/ui/regelingen-wizard.js';
import { mount, picksOf, root, text, until, walkTo } from '../ui/helpers.js';
import { choose, picker, submitChoice } from './picker.js';

/** A4 with 15 mm margins at 96 px per inch: 180 × 267 mm. */
const PAGE = { width: Math.round((180 / 25.4) * 96), height: Math.round((267 / 25.4) * 96) };

let printed = 0;
const realPrint = window.print;
beforeEach(() => {
  printed = 0;
  window.print = () => {
    printed++;
  };
});
afterEach(async () => {
  window.print = realPrint;
  await emulateMedia({ media: 'screen' });
  await setViewport({ width: 800, height: 600 });
});

async function printHandout(el: RegelingenWizard): Promise<HTMLElement> {
  root(el).querySelector<HTMLButtonElement>('[data-afdrukken]')!.click();
  await until(el, () => printed === 1);
  // After the print dialog the host page is itself again.
  expect(el.hasAttribute('data-regelingenwijzer-print')).to.equal(false);
  return root(el).querySelector<HTMLElement>('.handout')!;
}

/** Print media, one A4 page wide; returns the handout's printed height and a function to restore. */
async function onPaper(el: RegelingenWizard, h: HTMLElement): Promise<number> {
  const undo = isolateForPrint(el);
  await setViewport(PAGE);
  await emulateMedia({ media: 'print' });
  try {
    expect(getComputedStyle(h).display).to.equal('block');
    for (const other of root(el).querySelectorAll<HTMLElement>('.wizard > :not(.handout)'))
      expect(getComputedStyle(other).display, other.className).to.equal('none');
    // The host page around the widget does not print.
    for (const host of document.body.querySelectorAll<HTMLElement>('body > :not(:has(regelingen-wizard)):not(script)'))
      expect(getComputedStyle(host).display).to.equal('none');
    return h.getBoundingClientRect().height;
  } finally {
    undo();
  }
}

describe('the handout', () => {
  it('a GP, the municipality chosen from the list: one A4 page in B1 Dutch, per counter what to ask for, how to reach it, what to bring; date and years; no answers', async () => {
    const noise = document.createElement('p');
    noise.textContent = 'Host page text that must not print';
    document.body.prepend(noise);
    const el = await mount({ mode: 'professional' });
    await walkTo(el, 'resultaat', picksOf(scenario20.antwoorden));
    const p = await picker(el, 'zelf');
    await choose(p, 'utrecht', 'Utrecht');
    await submitChoice(el, picksOf(scenario20.antwoorden));
    await until(el, () => text(el).includes('14 030'));
    const h = await printHandout(el);
    expect(getComputedStyle(h).display, 'not on screen').to.equal('none');
    const t = h.textContent!.replace(/\s+/g, ' ');
    expect(t).to.contain('Waar kunt u terecht?');
    expect(t).to.match(/Gemaakt op \d+ \w+ 20\d\d\./);
    expect(t).to.match(/Bedragen en grenzen van 20\d\d/);
    expect(t).to.contain('Vraag naar:');
    expect(t).to.contain('14 030');
    // Every counter has a phone on paper: Utrecht's buurtteam (a website only) with the municipality's number.
    const buurtteam = [...h.querySelectorAll('ol.routes > li')].find((li) => li.textContent!.includes('Buurtteam Sociaal in uw wijk'))!;
    expect(buurtteam.textContent!.replace(/\s+/g, ' ')).to.contain('Gemeente Utrecht: Tel. 14 030');
    // One list of what to bring, per document the counters that ask for it.
    expect(t).to.contain('Wat neemt u mee?');
    // Gemeente Utrecht is counter 2 in the list above.
    expect(h.querySelectorAll('ol.routes > li')[1]!.querySelector('strong')!.textContent).to.equal('Gemeente Utrecht');
    expect(t).to.contain('De aanslag gemeentelijke belastingen (zie loket 2)');
    // The patient is not sent back to the GP who hands it over (hulp bij verslaving goes through the huisarts).
    expect(t).not.to.contain('Uw huisarts, jeugdarts of medisch specialist');
    // No answer: not the amounts typed, not the age, not a question.
    for (const n of ['1100', '1.100', '14000', '14.000', ' 31 ', 'netto', 'leeftijd', 'Hoe oud']) expect(t).not.to.contain(n);
    const height = await onPaper(el, h);
    expect(height, `handout ${height}px, page ${PAGE.height}px`).to.be.at.most(PAGE.height);
    noise.remove();
  });

  it('crisis lines come first on paper', async () => {
    const el = await mount({ perspective: 'zelf' });
    await walkTo(el, 'resultaat', picksOf(scenario5.antwoorden));
    const h = await printHandout(el);
    const crisis = h.querySelector('.crisis')!;
    expect(crisis.textContent).to.contain('113');
    expect(h.firstElementChild!.nextElementSibling!.nextElementSibling).to.equal(crisis);
  });

  it('an employer prints the same for HR, in English: each instrument at its counter', async () => {
    const el = await mount({ perspective: 'werkgever', lang: 'en' });
    await walkTo(el, 'resultaat', picksOf(scenario2.antwoorden));
    const h = await printHandout(el);
    const t = h.textContent!.replace(/\s+/g, ' ');
    expect(t).to.contain('overview for HR');
    expect(t).to.contain('Ask for:');
    const height = await onPaper(el, h);
    expect(height).to.be.at.most(PAGE.height);
  });
});
