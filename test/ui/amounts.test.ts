/**
 * Amounts and "Dit past wel als …" on the result screen (issue 21): a single renter with a low
 * net income sees roughly what bijstand is worth, with the year of the figures; a single renter
 * on € 70.000 sees under "past niet" what income would make zorgtoeslag fit. Both screens pass
 * axe, in Dutch and English.
 */
import 'axe-core/axe.min.js';
import { expect } from '@open-wc/testing';
import type { RegelingenWizard } from '../../src/ui/regelingen-wizard.js';
import { en, mount, nl, root, until, walkTo, type Picks } from './helpers.js';

declare global {
  interface Window {
    axe: { run(el: Element): Promise<{ violations: { id: string; help: string }[] }> };
  }
}

const renter: Picks = {
  'persoon.hulpvraag': ['geld'],
  'persoon.leeftijd': '35',
  'persoon.huishouden': 'alleen',
  'persoon.woning': 'huur-zelfstandig',
  'persoon.kostendelers': 'nee',
  'persoon.werk': ['loondienst'],
  'persoon.vermogen': '2000',
  'persoon.geldzorgen': ['geen'],
};

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
  const { violations } = await window.axe.run(el);
  expect(violations.map((v) => `${v.id}: ${v.help}`)).to.deep.equal([]);
}

describe('amounts on the result', () => {
  it('a single renter with € 800 net a month: bijstand about € 569 – € 638 per month, with the year; in English too', async function () {
    this.timeout(60000);
    const el = await mount({ perspective: 'zelf' });
    await walkTo(el, 'resultaat', { ...renter, 'persoon.netto-inkomen': '800', 'persoon.bruto-jaarinkomen': '12000' });
    const bijstand = article(el, 'Bijstand');
    const worth = squash(bijstand.querySelector('.worth')!.textContent);
    expect(worth).to.contain('Ongeveer € 569 – € 638 per maand');
    expect(worth).to.contain(nl.waarde.jaar.replace('{{jaar}}', '2026'));
    await noViolations(el);
    el.setAttribute('lang', 'en');
    await until(el, () => root(el).querySelector('[data-heading]')!.textContent!.includes(en.resultaat.kop));
    expect(squash(article(el, 'Social assistance (bijstand)').querySelector('.worth')!.textContent)).to.contain(
      `About €569 – €638 per ${en.waarde.per_maand}`,
    );
  });

  it('a single renter on € 70.000: zorgtoeslag does not fit, and says it would with an income of € 40.857 or less', async function () {
    this.timeout(60000);
    const el = await mount({ perspective: 'zelf' });
    await walkTo(el, 'resultaat', { ...renter, 'persoon.netto-inkomen': '3800', 'persoon.bruto-jaarinkomen': '70000' });
    const details = root(el).querySelector<HTMLDetailsElement>('details.not-fitting')!;
    details.open = true;
    await until(el, () => details.querySelectorAll('article').length > 0);
    const zorg = article(el, 'Zorgtoeslag');
    expect(squash(zorg.querySelector('.would-fit')!.textContent)).to.equal(
      'Dit past wel als uw antwoord bij ‘Bruto inkomen per jaar’ € 40.857 of minder is.',
    );
    expect(zorg.querySelector('.worth'), 'no amount for what does not fit').to.equal(null);
    await noViolations(el);
  });
});
