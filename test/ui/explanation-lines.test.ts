/**
 * The explanation lines on the result screen (issue 20, untrue lines): the count counts the lines
 * shown ("voldoet niet aan 2 van de 5 voorwaarden" above two ✗ lines, not "0 van 1" above three);
 * an any-of that fails reads "Voldoet aan geen van deze:" with its alternatives; a parent's or
 * carer's screen does not show "✗ Jonger dan 18" for a child's route; and in the carer's view a
 * line says whose fact it is when that is not the person the regeling is for. Passes axe.
 */
import 'axe-core/axe.min.js';
import { expect } from '@open-wc/testing';
import scenario1 from '../../regelingen/scenarios/01-mantelzorger-moeder-dementie.json';
import scenario70 from '../../regelingen/scenarios/70-mantelzorger-kind-met-handicap.json';
import type { RegelingenWizard } from '../../src/ui/regelingen-wizard.js';
import { en, mount, nl, openAll, picksOf, root, until, walkTo } from './helpers.js';

const axe = () => (window as unknown as { axe: { run(el: Element): Promise<{ violations: { id: string; help: string }[] }> } }).axe;
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

function article(el: RegelingenWizard, id: string): HTMLElement {
  const a = root(el).querySelector<HTMLElement>(`article.regeling[data-regeling="${id}"]`);
  if (!a) throw new Error(`No regeling "${id}" on the result`);
  return a;
}
/** The lines of a regeling's explanation, each as read (the mark is hidden; the status is read). */
const lines = (a: HTMLElement) => [...a.querySelectorAll(':scope .criteria > li')].map((li) => squash(li.textContent));

describe('explanation lines on the result (scenario 1: a carer for a mother of 84 with dementia)', () => {
  it('counts what is shown, groups an any-of, leaves out a child route for an adult, and says whose fact a line names', async () => {
    const el = await mount({ perspective: 'mantelzorger' });
    await walkTo(el, 'resultaat', picksOf(scenario1.antwoorden));
    await openAll(el);

    // Jeugdhulp: two routes (a child asks, or a parent asks). The mother is 84: the child route is
    // not her reason; the parent route's two unmet criteria are, and the count says two.
    const jeugd = article(el, 'jeugdhulp-via-jeugdteam');
    expect(squash(jeugd.textContent)).to.contain(`${nl.resultaat.waarom}: voldoet niet aan 2 van de 5 voorwaarden`);
    expect(lines(jeugd)).to.deep.equal([
      `✗${nl.resultaat.nietVoldaan}: Kinderen in het huishouden`,
      `✗${nl.resultaat.nietVoldaan}: Zoekt hulp bij kinderen en opvoeden`,
    ]);
    expect(squash(jeugd.textContent)).not.to.contain('Jonger dan 18');

    // De Luisterlijn: one of two is needed (eenzaamheid, or a psychische beperking). A beperking is a
    // fixed fact ('vast'): the alternative resting on it is not named as a reason, one line remains.
    // (An any-of whose alternatives both remain reads as one group: test/engine/explain-groups.test.ts.)
    const luister = article(el, 'de-luisterlijn');
    expect(squash(luister.textContent)).to.contain(`${nl.resultaat.waarom}: voldoet niet aan 1 van de 1 voorwaarden`);
    expect(lines(luister)).to.deep.equal([`✗${nl.resultaat.nietVoldaan}: Zoekt hulp bij eenzaamheid`]);
    expect(squash(luister.textContent)).not.to.contain(nl.resultaat.geenVanDeze);

    // Steun voor mantelzorgers is for the carer; its line is about the mother's needs, and says so.
    const steun = article(el, 'mantelzorgondersteuning');
    expect(
      lines(steun).every((l) => l.endsWith(`(${nl.resultaat.over_persoon_mantelzorger})`)),
      lines(steun).join(' | '),
    ).to.equal(true);
    const { violations } = await axe().run(el);
    expect(violations.map((v) => `${v.id}: ${v.help}`)).to.deep.equal([]);

    el.setAttribute('lang', 'en');
    await until(el, () => squash(article(el, 'jeugdhulp-via-jeugdteam').textContent).includes(en.resultaat.nietVoldaan));
    expect(squash(article(el, 'jeugdhulp-via-jeugdteam').textContent)).to.contain('does not meet 2 of the 5 conditions');
    expect(lines(article(el, 'mantelzorgondersteuning'))[0]).to.match(/\(about the person you care for\)$/);
  });
});

describe('a "?" line says it is not known yet (panel: "? Heeft al een Wlz-indicatie: nee" after "weet ik niet" read as a fact)', () => {
  it('ends every ? line with "(nog niet bekend)", visibly and read once', async () => {
    const el = await mount({ perspective: 'mantelzorger' });
    await walkTo(el, 'resultaat', picksOf({ ...scenario1.antwoorden, 'persoon.wlz-indicatie': null }));
    await openAll(el);
    const open = [...root(el).querySelectorAll('.criteria > li')].filter((li) => li.querySelector('.mark')?.textContent === '?');
    expect(open.length, 'a ? line on the result').to.be.greaterThan(0);
    for (const li of open) {
      const text = squash(li.textContent);
      expect(text).to.match(new RegExp(`\\(${nl.resultaat.onbekend.toLowerCase()}\\)$`));
      expect(text).not.to.contain(`${nl.resultaat.onbekend}:`);
    }
    const wlz = open.map((li) => squash(li.textContent)).filter((t) => /Wlz-indicatie/.test(t));
    expect(wlz.length, open.map((li) => squash(li.textContent)).join(' | ')).to.be.greaterThan(0);
  });
});

describe('explanation lines about a child, read by a carer (panel round 7: "✓ Zelf jonger dan 18" read as about the carer)', () => {
  it('a line the dataset words for the person\'s own view ("Zelf jonger dan 18") says whose age it is, in both languages', async () => {
    const el = await mount({ perspective: 'mantelzorger' });
    await walkTo(el, 'resultaat', picksOf(scenario70.antwoorden));
    await openAll(el);
    const all = [...root(el).querySelectorAll('.criteria li')].map((li) => squash(li.textContent));
    const own = all.filter((l) => /Jonger dan 18/.test(l));
    expect(own.length, all.join(' | ')).to.be.greaterThan(0);
    expect(
      all.filter((l) => /Zelf /.test(l)),
      'no line says "Zelf" to a carer',
    ).to.deep.equal([]);
    // (a "Jonger dan 18" without the marker is about the carer: the young-carer regelingen)
    expect(
      own.filter((l) => l.includes(`Jonger dan 18 (${nl.resultaat.over_persoon_mantelzorger})`)).length,
      own.join(' | '),
    ).to.be.greaterThan(0);

    el.setAttribute('lang', 'en');
    await until(el, () => [...root(el).querySelectorAll('.criteria li')].some((li) => /Under 18/.test(li.textContent ?? '')));
    const en18 = [...root(el).querySelectorAll('.criteria li')].map((li) => squash(li.textContent)).filter((l) => /Under 18/.test(l));
    expect(
      en18.filter((l) => l.includes(`Under 18 (${en.resultaat.over_persoon_mantelzorger})`)).length,
      en18.join(' | '),
    ).to.be.greaterThan(0);
    expect(en18.join(' ')).not.to.contain('themselves');
  });
});

describe('a carer who works reads whose work a line is about (panel round 8: "✗ Werkt in loondienst" on the wife\'s regeling, read by a husband who works)', () => {
  it('a line on the age of the person cared for says so, because the carer answered about their own age too', async () => {
    const el = await mount({ perspective: 'mantelzorger' });
    await walkTo(el, 'resultaat', picksOf(scenario1.antwoorden));
    await openAll(el);
    const articles = [...root(el).querySelectorAll<HTMLElement>('article.regeling')];
    const workLines = articles
      .flatMap(lines)
      // the mother is 84 and the carer answered her own age: an age line says whose age it is
      .filter((l) => /AOW-leeftijd/i.test(l));
    expect(workLines.length, 'some line names the age of the mother against the AOW age').to.be.greaterThan(0);
    for (const l of workLines) expect(l).to.match(new RegExp(`\\(${nl.resultaat.over_persoon_mantelzorger}\\)$`));
  });
});
