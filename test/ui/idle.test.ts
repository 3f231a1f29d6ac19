/**
 * Issue 22: a GP's screen clears itself. In professional mode the widget clears after `wis-na`
 * seconds without an action, exactly as "Volgende patiënt"; it warns first, and "Ga door" keeps
 * the journey. Short values (1 s, 31 s) and waiting for elements: no race against the clock.
 */
import { expect } from '@open-wc/testing';
import { axe } from './axe.js';
import { button, mount, next, nl, root, scherm, text, until, vraag, walkTo } from './helpers.js';
import type { RegelingenWizard } from '../../src/ui/regelingen-wizard.js';

const warning = (el: RegelingenWizard) => root(el).querySelector<HTMLElement>('[data-wis-waarschuwing]');

/** On the second question, with one answer given. */
async function midJourney(el: RegelingenWizard): Promise<void> {
  await walkTo(el, 'vragen');
  root(el).querySelector<HTMLInputElement>('input[name="antwoord"]:not([value^="__"])')!.click();
  await next(el);
  expect(scherm(el)).to.equal('vragen');
  expect(Object.keys(el.snapshot!.context.answers).length).to.be.above(0);
  // Focus moves into the widget (heading, or crisis help) after the paint: wait for it, or it lands
  // there after the test moved focus to the host page.
  await until(el, () => root(el).activeElement !== null);
}

afterEach(() => sessionStorage.clear());

describe("a GP's screen clears itself (wis-na)", () => {
  it('warns, then clears as "Volgende patiënt" does, and takes no focus from the page', async () => {
    const outside = document.createElement('button');
    outside.textContent = 'Host page';
    document.body.append(outside);
    try {
      const el = await mount({ mode: 'professional', persist: '', 'wis-na': '600' });
      await midJourney(el);
      expect(sessionStorage.length, 'persist stored the answers').to.be.above(0);
      outside.focus();
      el.setAttribute('wis-na', '1');
      await until(el, () => !!warning(el));
      expect(warning(el)!.getAttribute('role')).to.equal('alert');
      await until(el, () => scherm(el) === 'start');
      // As "Volgende patiënt": nothing of the previous patient in the machine or storage.
      const c = el.snapshot!.context;
      expect(c.answers).to.deep.equal({});
      expect(c.keuze).to.deep.equal({});
      expect(c.walk).to.equal(undefined);
      expect(c.uitkomst).to.equal(undefined);
      expect(c.perspectief).to.equal('professional');
      expect(sessionStorage.length).to.equal(0);
      expect(warning(el)).to.equal(null);
      // Nobody acted: focus is not in the widget; it stays on the host page.
      // Compared as values, not DOM nodes: a failed compare of two nodes never reached the report.
      expect(root(el).activeElement === null && document.activeElement !== el, 'focus not in the widget').to.equal(true);
      expect(document.activeElement === outside, 'focus on the host page').to.equal(true);
    } finally {
      outside.remove();
    }
  });

  it('"Ga door" keeps the journey and counts again; "uit" turns it off (axe, a key, 320 px)', async () => {
    const el = await mount({ mode: 'professional', 'wis-na': '600' });
    // 320 px wide (the widget lays out by its own width: container queries).
    el.style.display = 'block';
    el.style.width = '320px';
    await midJourney(el);
    const q = vraag(el);
    const answers = { ...el.snapshot!.context.answers };
    // 31 s: the warning shows after 1 s, the clear would come 30 s later.
    el.setAttribute('wis-na', '31');
    await until(el, () => !!warning(el));
    const w = warning(el)!;
    expect(w.getAttribute('role')).to.equal('alert');
    expect(text(el)).to.match(/Over \d+ seconden wissen we de antwoorden/);
    expect(w.scrollWidth).to.be.at.most(w.clientWidth);
    await axe(el, 'idle warning, 320 px');
    // By keyboard: any key is an action, like "Ga door".
    root(el)
      .querySelector<HTMLInputElement>('input')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, composed: true }));
    await until(el, () => !warning(el));
    expect(vraag(el)).to.equal(q);
    expect(el.snapshot!.context.answers).to.deep.equal(answers);
    // Counting again: the warning comes back; "Ga door" keeps the journey.
    await until(el, () => !!warning(el));
    expect(vraag(el)).to.equal(q);
    button(el, nl.wisNa.gaDoor).click();
    await until(el, () => !warning(el));
    expect(vraag(el)).to.equal(q);
    await until(el, () => !!warning(el));
    el.setAttribute('wis-na', 'uit');
    await until(el, () => !warning(el));
    expect(vraag(el)).to.equal(q);
  });

  it('never in resident mode (checked against a professional widget as the clock)', async () => {
    const resident = await mount({ perspective: 'zelf', 'wis-na': '600' });
    await midJourney(resident);
    const answers = { ...resident.snapshot!.context.answers };
    const gp = await mount({ mode: 'professional', 'wis-na': '600' });
    await midJourney(gp);
    resident.setAttribute('wis-na', '1');
    gp.setAttribute('wis-na', '1');
    await until(gp, () => scherm(gp) === 'start');
    expect(warning(resident)).to.equal(null);
    expect(scherm(resident)).to.equal('vragen');
    expect(resident.snapshot!.context.answers).to.deep.equal(answers);
  });
});
