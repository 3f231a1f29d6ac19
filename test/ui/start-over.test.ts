/**
 * Issue 22 item 6: "Opnieuw beginnen" never clears the answers at once. It asks first ("Alle
 * antwoorden wissen?"), "Nee" keeps everything, and it is not the next Tab stop after "Volgende".
 */
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { axe } from './axe.js';
import { button, heading, mount, next, nl, root, scherm, text, until, vraag, walkTo } from './helpers.js';

const active = (el: HTMLElement) => root(el as never).activeElement as HTMLElement | null;

describe('start over safely', () => {
  afterEach(() => setViewport({ width: 1280, height: 800 }));

  it('asks before clearing; "Nee" keeps every answer and the place, "Ja" clears', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mount({ perspective: 'zelf' });
    await walkTo(el, 'overzicht');
    const answers = { ...el.snapshot!.context.answers };
    expect(Object.keys(answers).length).to.be.above(1);
    button(el, nl.opnieuw).click();
    await until(el, () => !!root(el).querySelector('.confirm'));
    // Nothing cleared yet; the question has focus.
    expect(scherm(el)).to.equal('overzicht');
    expect(el.snapshot!.context.answers).to.deep.equal(answers);
    await until(el, () => root(el).activeElement?.id === 'opnieuw-vraag');
    expect(text(el)).to.contain(nl.opnieuwVraag.kop);
    await axe(el, 'start over: the question, 320 px');
    const box = root(el).querySelector('.confirm')!;
    expect(box.scrollWidth).to.be.at.most(box.clientWidth);
    // "Nee": all kept, focus back on the button.
    button(el, nl.opnieuwVraag.nee).click();
    await until(el, () => !root(el).querySelector('.confirm'));
    await until(el, () => root(el).activeElement?.textContent?.trim() === nl.opnieuw);
    expect(scherm(el)).to.equal('overzicht');
    expect(el.snapshot!.context.answers).to.deep.equal(answers);
    // "Ja, wis alles": the start screen, no answers.
    button(el, nl.opnieuw).click();
    await until(el, () => !!root(el).querySelector('.confirm'));
    button(el, nl.opnieuwVraag.ja).click();
    await until(el, () => scherm(el) === 'start');
    expect(el.snapshot!.context.answers).to.deep.equal({});
    expect(heading(el)).to.equal(nl.start.kop);
  });

  it('by keyboard: Tab after "Volgende" does not land on "Opnieuw beginnen"; Enter on it only asks', async () => {
    const el = await mount({ perspective: 'zelf' });
    await next(el);
    expect(scherm(el)).to.equal('vragen');
    const q = vraag(el);
    // After the step, focus is on the new heading (wait for it: it moves after the paint).
    await until(el, () => root(el).activeElement?.hasAttribute('data-heading') ?? false);
    button(el, nl.vraag.volgende).focus();
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.textContent?.trim()).not.to.equal(nl.opnieuw);
    // It is still reachable by keyboard, further on; Enter asks and changes nothing.
    for (let i = 0; i < 6 && active(el)?.textContent?.trim() !== nl.opnieuw; i++) await sendKeys({ press: 'Tab' });
    expect(active(el)?.textContent?.trim()).to.equal(nl.opnieuw);
    await sendKeys({ press: 'Enter' });
    await until(el, () => root(el).activeElement?.id === 'opnieuw-vraag');
    expect(vraag(el)).to.equal(q);
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.textContent?.trim()).to.equal(nl.opnieuwVraag.ja);
    await sendKeys({ press: 'Enter' });
    await until(el, () => scherm(el) === 'start');
  });
});
