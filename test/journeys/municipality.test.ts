/**
 * Issue 12: the municipality, for any of the 342. On a page without `gemeente` (a GP's page, a
 * national site) the person chooses it on the result from a combobox over the CBS list (WAI-ARIA
 * APG combobox with a listbox popup), loaded on demand; the chosen municipality's overlay is used
 * when we ship one, otherwise honest general wording with its name and the national directory.
 * In the carer perspective the cared-for person's municipality routes the Wmo and respijtzorg.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import scenario1 from '../../regelingen/scenarios/01-mantelzorger-moeder-dementie.json';
import scenario20 from '../../regelingen/scenarios/20-huisarts-psychisch-schulden.json';
import { embeddedOverlay } from '../../src/dataset/source.js';
import { DIRECTORY_URL } from '../../src/municipalities/generic.js';
import { DIRECTORY_URL as SHOWN_DIRECTORY } from '../../src/ui/screens/municipality.js';
import type { RegelingenWizard } from '../../src/ui/regelingen-wizard.js';
import { counterNames, mount, nl, openCounters, picksOf, root, text, until, walkTo } from '../ui/helpers.js';
import { choose, chooseByKeyboard, input, options, picker, submitChoice } from './picker.js';

async function show(el: RegelingenWizard): Promise<void> {
  const before = text(el);
  root(el).querySelector<HTMLButtonElement>('.gemeente-keuze button[type="submit"]')!.click();
  await until(el, () => text(el) !== before);
}

/**
 * Scenario 20's patient with an addiction and trouble keeping house instead of psychische
 * problemen: the national questions do not reach work (with psychische problemen they do, since
 * Wmo begeleiding asks whether someone is ill in loondienst), so a municipality's own schemes that
 * need it ask it after the choice; Wmo huishoudelijke hulp still fits (the Wmo counter shows).
 */
const addiction = { ...scenario20.antwoorden, 'persoon.beperking': ['verslaving', 'huishouden'] };

describe('choosing the municipality on the result (no gemeente on the page)', () => {
  it("a GP chooses the patient's municipality by keyboard (combobox pattern); without an overlay (Groningen): its name, general wording and the national directory", async () => {
    const el = await mount({ mode: 'professional' });
    await walkTo(el, 'resultaat', picksOf(scenario20.antwoorden));
    const p = await picker(el, 'zelf');
    const field = input(p);
    expect(p.shadowRoot.querySelector(`label[for="${field.id}"]`)!.textContent).to.equal(nl.gemeente.zelf_professional);
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    expect(field.getAttribute('aria-autocomplete')).to.equal('list');
    const listbox = p.shadowRoot.getElementById(field.getAttribute('aria-controls')!)!;
    expect(listbox.getAttribute('role')).to.equal('listbox');

    field.focus();
    await sendKeys({ type: 'den haag' });
    await p.updateComplete;
    expect(field.getAttribute('aria-expanded')).to.equal('true');
    expect(options(p)[0]!.textContent).to.contain("'s-Gravenhage (Den Haag)");
    expect(p.shadowRoot.querySelector('[role="status"]')!.textContent).to.match(/gevonden/);
    // Focus stays in the field; the active option is aria-activedescendant and aria-selected.
    await sendKeys({ press: 'ArrowDown' });
    await p.updateComplete;
    expect(p.shadowRoot.activeElement).to.equal(field);
    expect(field.getAttribute('aria-activedescendant')).to.equal(options(p)[0]!.id);
    expect(options(p)[0]!.getAttribute('aria-selected')).to.equal('true');
    // axe with the list open
    const open = await window.axe.run(p.shadowRoot as unknown as Element, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] });
    expect(open.violations.map((v) => v.id)).to.deep.equal([]);
    // Escape closes, a second Escape clears
    await sendKeys({ press: 'Escape' });
    await p.updateComplete;
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    expect(field.hasAttribute('aria-activedescendant')).to.equal(false);
    await sendKeys({ press: 'Escape' });
    await p.updateComplete;
    expect(field.value).to.equal('');

    // Groningen has no overlay (Den Haag has one since December 2026: see the next test).
    expect(embeddedOverlay('GM0014')).to.equal(undefined);
    await chooseByKeyboard(p, 'groning', 'Groningen');
    expect(p.value).to.equal('GM0014');
    expect(field.value).to.equal('Groningen');
    await show(el);
    await openCounters(el);
    const t = text(el);
    expect(t).to.contain(nl.gemeente.naam.replace('{{naam}}', 'Groningen'));
    expect(t).to.contain(nl.gemeente.getoond.replace('{{naam}}', 'Groningen'));
    const directory = [...root(el).querySelectorAll<HTMLAnchorElement>('.route a')].filter(
      (a) => a.textContent === nl.gemeente.gids.replace('{{naam}}', 'Groningen'),
    );
    expect(directory.length).to.be.at.least(1);
    expect(directory[0]!.href).to.equal(DIRECTORY_URL);
    expect(SHOWN_DIRECTORY).to.equal(DIRECTORY_URL);
    const all = await window.axe.run(root(el) as unknown as Element, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] });
    expect(all.violations.map((v) => v.id)).to.deep.equal([]);
  });

  it('a municipality with an overlay (Utrecht) gives its own counters; nothing chosen is an error linked to the field', async () => {
    const el = await mount({ mode: 'professional' });
    await walkTo(el, 'resultaat', picksOf(addiction));
    const p = await picker(el, 'zelf');
    root(el).querySelector<HTMLButtonElement>('.gemeente-keuze button[type="submit"]')!.click();
    await until(el, () => !!root(el).querySelector('.gemeente-keuze .error-summary'));
    expect(text(el)).to.contain(nl.gemeente.fout);
    expect(p.hasAttribute('invalid')).to.equal(true);
    expect(text(el)).not.to.contain('14 030');
    await choose(p, 'utrecht', 'Utrecht');
    expect(p.value).to.equal('GM0344');
    // The U-pas is not for full-time students (u-pas.nl): the fact it needs (work and income) was
    // asked in the walk already (the gemeente's minima wait for a WW that may come), so no new question.
    expect(await submitChoice(el, picksOf(addiction))).to.deep.equal([]);
    await until(el, () => text(el).includes('14 030'));
    expect(text(el)).to.contain('Gemeente Utrecht');
  });

  it('an overlay added to regelingen/gemeenten is found by its code without registering it: choosing Den Haag gives its own counters', async () => {
    expect(embeddedOverlay('GM0518')?.naam).to.equal('Den Haag');
    const el = await mount({ mode: 'professional' });
    await walkTo(el, 'resultaat', picksOf(addiction));
    const p = await picker(el, 'zelf');
    await choose(p, 'den haag', "'s-Gravenhage");
    expect(p.value).to.equal('GM0518');
    // Its local schemes exclude hbo/wo students with student finance: work and income was asked in the walk already.
    expect(await submitChoice(el, picksOf(addiction))).to.deep.equal([]);
    // The counters are collapsed: open them, as a person would.
    await openCounters(el);
    await until(el, () => text(el).includes('14070'));
    const t = text(el);
    expect(t).to.contain('Gemeente Den Haag, Wmo-melding');
    expect(t).to.contain('Ooievaarspas');
  });

  it('the list is loaded on demand: the picker element is not defined before the result asks for it', async () => {
    const el = await mount({ perspective: 'zelf', gemeente: 'GM0344' });
    expect(root(el).querySelector('regelingenwijzer-gemeentekiezer')).to.equal(null);
    // The host fixed the municipality: a resident is not asked it on the result either.
    await walkTo(el, 'resultaat', {});
    expect(root(el).querySelector('.gemeente-keuze')).to.equal(null);
  });
});

describe('the carer: where the cared-for person lives routes her counters', () => {
  it("on Utrecht's page, mother in Eindhoven: Wmo and respijtzorg via Eindhoven, each counter once, one Steunpunt mantelzorg", async () => {
    const el = await mount({ perspective: 'mantelzorger', gemeente: 'GM0344' });
    await walkTo(el, 'resultaat', picksOf(scenario1.antwoorden));
    expect(root(el).querySelector('regelingenwijzer-gemeentekiezer[name="zelf"]')).to.equal(null);
    const p = await picker(el, 'persoon');
    expect(p.shadowRoot.querySelector('label')!.textContent).to.equal(nl.gemeente.persoon);
    // Before the carer chooses: the chooser says whose municipality counts, and the first steps do
    // not send her to the page's counter for her mother's help without saying so (panel rounds 9, 10).
    expect(root(el).querySelector('.gemeente-keuze')!.textContent).to.contain(nl.gemeente.intro_mantelzorger);
    const steps = [...root(el).querySelectorAll<HTMLElement>('.first-steps li')];
    const wmoStep = steps.find((s) => /Buurtteam/.test(s.textContent!));
    expect(wmoStep, 'the Utrecht Wmo counter among the first steps').to.not.equal(undefined);
    expect(wmoStep!.textContent!.replace(/\s+/g, ' ')).to.contain(nl.resultaat.andereGemeente);
    const names = () => counterNames(el);
    // One Steunpunt mantelzorg, not two near-identical blocks; every counter once.
    expect(names().filter((n) => /mantelzorg/i.test(n) && /steunpunt/i.test(n)).length).to.equal(1);
    expect(new Set(names()).size).to.equal(names().length);
    await choose(p, 'eindh', 'Eindhoven');
    await show(el);
    await until(el, () => text(el).includes('WIJeindhoven'));
    await openCounters(el);
    const wmo = [...root(el).querySelectorAll<HTMLElement>('.route')].find((r) => r.textContent!.includes('WIJeindhoven'))!;
    expect(wmo.textContent).to.contain(nl.gemeente.vanPersoon);
    // WIJeindhoven gives a website only: the municipality's general phone stands with it, to call.
    expect(wmo.textContent!.replace(/\s+/g, ' ')).to.contain('Bellen kan ook: Gemeente Eindhoven, 14 040');
    expect(wmo.querySelector('a[href="tel:14040"]'), 'a phone link').to.not.equal(null);
    // respijtzorg (for the carer) is asked for there, and says whom it is for
    expect(wmo.textContent).to.match(/respijt/i);
    // it stands with the cared-for person
    const group = (r: Element) => {
      let n: Element | null = r;
      while (n && !n.matches('h4.group')) n = n.previousElementSibling;
      return n?.textContent?.trim();
    };
    expect(group(wmo)).to.equal(nl.resultaat.voorPersoon_mantelzorger);
    // zorgverlof goes through the carer's employer, for the carer
    const employer = [...root(el).querySelectorAll<HTMLElement>('.route')].find((r) => /zorgverlof/i.test(r.textContent!));
    expect(employer, 'a zorgverlof counter').to.not.equal(undefined);
    expect(employer!.querySelector('.name')!.textContent).to.contain('werkgever');
    expect(group(employer!)).to.equal(nl.resultaat.voorUzelf);
    expect(new Set(names()).size).to.equal(names().length);
  });
});
