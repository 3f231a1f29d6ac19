/**
 * One form for every question (issue 24: a new form per question cost each step its DOM). What
 * that may never change: a question starts from its own answer (nothing of the question before
 * it), and what the person did on this question stays through a re-render (an error, a language
 * switch, the idle warning).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { RegelingenWizard } from '../../src/ui/regelingen-wizard.js';
import { button, mount, next, nl, ordinary, root, until, vraag } from './helpers.js';

const form = (el: RegelingenWizard) => root(el).querySelector<HTMLFormElement>('form[data-vraag]')!;
const checked = (el: RegelingenWizard) =>
  [...root(el).querySelectorAll<HTMLInputElement>('input[name="antwoord"]')].filter((i) => i.checked).map((i) => i.value);
const field = (el: RegelingenWizard) => root(el).querySelector<HTMLInputElement>('input[name="waarde"]');
const echo = (el: RegelingenWizard) => root(el).querySelector('[data-echo]')?.textContent ?? '';

/** Past the start screen (the `perspective` attribute chose for whom) to the first question. */
async function start(el: RegelingenWizard): Promise<void> {
  await next(el);
  await until(el, () => !!vraag(el));
}

/** Fill in the question on screen as a person would: the first ordinary choice, or a number typed. */
function fill(el: RegelingenWizard, n: number): void {
  const f = field(el);
  if (f) {
    f.value = String(40 + n);
    f.dispatchEvent(new Event('input', { bubbles: true }));
  } else
    ordinary(el)
      .find((i) => i.dataset['exclusief'] !== 'ja')!
      .click();
}

describe('the question form, reused from question to question', () => {
  it('each new question starts empty: no choice, number or echo of the question before', async () => {
    const el = await mount({ perspective: 'zelf' });
    await start(el);
    const first = form(el);
    const seen = new Set<string>();
    let kinds = new Set<string>();
    for (let n = 0; n < 12 && vraag(el); n++) {
      const id = vraag(el)!;
      expect(form(el) === first, `${id}: the same form element`).to.equal(true);
      expect(seen.has(id), `${id} asked twice`).to.equal(false);
      seen.add(id);
      expect(checked(el), `${id}: nothing checked on arrival`).to.deep.equal([]);
      expect(field(el)?.value ?? '', `${id}: an empty field on arrival`).to.equal('');
      expect(echo(el), `${id}: no echo on arrival`).to.equal('');
      kinds = kinds.add(field(el) ? 'field' : 'choice');
      fill(el, n);
      await next(el);
    }
    expect(seen.size, 'questions walked').to.be.at.least(8);
    expect([...kinds].sort(), 'both kinds of control walked').to.deep.equal(['choice', 'field']);
  });

  it('what the person did on this question stays through a re-render; back shows the answer given', async () => {
    const el = await mount({ perspective: 'zelf' });
    await start(el);
    // A choice, not sent yet, through a language switch (a whole re-render of the screen).
    const choice = ordinary(el).find((i) => i.dataset['exclusief'] !== 'ja')!;
    choice.click();
    const value = choice.value;
    el.lang = 'en';
    await until(el, () => root(el).querySelector('.wizard')?.getAttribute('lang') === 'en');
    expect(checked(el), 'the choice stays after the switch').to.deep.equal([value]);
    el.lang = 'nl';
    await until(el, () => root(el).querySelector('.wizard')?.getAttribute('lang') === 'nl');
    const answered = vraag(el)!;
    await next(el);
    // Back: the question shows the answer given.
    button(el, nl.vraag.terug).click();
    await until(el, () => vraag(el) === answered);
    expect(checked(el), 'back: the answer given').to.deep.equal([value]);
    // A number typed, not sent yet, through a re-render: walk on to a number question and switch language.
    for (let n = 0; n < 30 && !field(el); n++) {
      fill(el, n);
      await next(el);
    }
    const f = field(el)!;
    expect(!!f, 'a number question on the way').to.equal(true);
    f.value = '57';
    f.dispatchEvent(new Event('input', { bubbles: true }));
    const said = echo(el);
    expect(said, 'the echo says the number back').to.contain('57');
    el.lang = 'en';
    await until(el, () => root(el).querySelector('.wizard')?.getAttribute('lang') === 'en');
    expect(field(el)!.value, 'the typed number stays after the switch').to.equal('57');
    expect(echo(el), 'and its echo').to.contain('57');
  });

  it('"Volgende" answers without submitting the form; by keyboard, and Enter in a number field, still answer', async () => {
    // A submitted form is read by the browser for its autofill, field by field: 5 ms of a step at
    // 4x CPU (issue 24). So the button is a plain button, and Enter answers by implicit submission.
    const el = await mount({ perspective: 'zelf' });
    await start(el);
    let submits = 0;
    form(el).addEventListener('submit', () => submits++);
    fill(el, 0);
    const first = vraag(el)!;
    button(el, nl.vraag.volgende).click();
    await until(el, () => vraag(el) !== first);
    expect(submits, 'the button submits nothing').to.equal(0);
    // By keyboard: a choice ticked with the space bar, then Enter on "Volgende".
    for (let n = 1; n < 30 && field(el); n++) {
      fill(el, n);
      await next(el);
    }
    // The widget moves focus to the new heading after the frame is drawn: wait for it, or it
    // takes the focus back from the control the keyboard is on.
    const settled = () => until(el, () => !!root(el).activeElement?.matches('[data-heading]'));
    await settled();
    const onChoice = vraag(el)!;
    ordinary(el)
      .find((i) => i.dataset['exclusief'] !== 'ja')!
      .focus();
    await sendKeys({ press: 'Space' });
    button(el, nl.vraag.volgende).focus();
    await sendKeys({ press: 'Enter' });
    await until(el, () => vraag(el) !== onChoice);
    expect(el.snapshot!.context.answers[onChoice], 'the choice ticked by keyboard').to.not.equal(undefined);
    // A number typed in its field, then Enter.
    for (let n = 1; n < 30 && !field(el); n++) {
      fill(el, n);
      await next(el);
    }
    const onField = vraag(el)!;
    await settled();
    field(el)!.focus();
    await sendKeys({ type: '42' });
    await sendKeys({ press: 'Enter' });
    await until(el, () => vraag(el) !== onField);
    expect(el.snapshot!.context.answers[onField], 'Enter in the field answered it').to.equal(42);
  });
});
