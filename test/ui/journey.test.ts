/** Journeys by click, type and keyboard-free events: what a person sees on each screen. */
import { expect } from '@open-wc/testing';
import scenario2 from '../../regelingen/scenarios/02-werkgever-banenafspraak.json';
import scenario3 from '../../regelingen/scenarios/03-betalingsachterstanden.json';
import scenario82 from '../../regelingen/scenarios/82-mantelzorger-vader-plotseling-ziek.json';
import {
  answer,
  button,
  counterNames,
  en,
  heading,
  labelled,
  mount,
  next,
  nl,
  openCounters,
  ordinary,
  plain,
  picksOf,
  root,
  scherm,
  text,
  until,
  vraag,
  walkTo,
} from './helpers.js';

describe('a resident with money worries (scenario 3), from start to result', () => {
  it('answers questions by clicking and typing, and sees where to go', async () => {
    const el = await mount();
    expect(heading(el)).to.equal(nl.start.kop);
    const asked = await walkTo(el, 'overzicht', picksOf(scenario3.antwoorden));
    expect(asked.length).to.be.greaterThan(3);
    expect(heading(el)).to.equal(nl.overzicht.kop);
    expect(text(el)).to.contain('€ 1.500');
    button(el, nl.overzicht.knop).click();
    await until(el, () => scherm(el) === 'resultaat');
    expect(heading(el)).to.equal(nl.resultaat.kop);
    // First steps: the urgent debt counter first, with what to ask for there.
    const steps = [...root(el).querySelectorAll('.first-steps li')];
    expect(steps.length).to.be.greaterThan(0);
    expect(steps[0]!.textContent).to.contain('Schuldhulp');
    expect(steps[0]!.textContent).to.contain(nl.resultaat.urgent);
    expect(text(el)).to.contain('Zorgtoeslag');
    // Every counter collapsed, its details rendered once opened.
    const routes = [...root(el).querySelectorAll<HTMLDetailsElement>('details.counter')];
    expect(routes.every((d) => !d.open && !d.querySelector('article'))).to.equal(true);
    await openCounters(el);
    expect(routes[0]!.textContent).to.contain('Schuldhulp');
    expect(text(el)).to.match(/voldoet aan \d van \d voorwaarden/);
    // Not fitting, with reasons, collapsed, and rendered only when opened.
    const details = root(el).querySelector<HTMLDetailsElement>('details.not-fitting')!;
    expect(details.open).to.equal(false);
    expect(details.querySelectorAll('article').length, 'rendered only when opened').to.equal(0);
    details.open = true;
    await until(el, () => details.querySelectorAll('article').length > 0);
    const names = [...details.querySelectorAll('article h4')].map((h) => h.textContent!.trim()).join('; ');
    expect(names).to.contain('Bijstand');
    // Crisis lines that do not apply are not listed as "does not fit".
    expect(names).not.to.contain('Veilig Thuis');
    expect(names).not.to.contain('113');
  });

  it('shows an error summary that links to the field, and keeps the screen', async () => {
    const el = await mount({ perspective: 'zelf' });
    await next(el);
    const h = heading(el);
    await next(el);
    expect(heading(el)).to.equal(h);
    const summary = root(el).querySelector('.error-summary')!;
    expect(summary.textContent).to.contain(nl.fout.samenvatting);
    const link = summary.querySelector('a')!;
    await until(el, () => root(el).activeElement === link);
    // The new screen's pending move to its heading (after a frame, at the latest 200 ms) does not take it back.
    await new Promise((r) => setTimeout(r, 400));
    expect(root(el).activeElement, 'focus stays on the error summary').to.equal(link);
    link.click();
    expect(root(el).activeElement?.id).to.equal(link.getAttribute('href')!.slice(1));
  });

  it('goes back without losing an answer', async () => {
    const el = await mount({ perspective: 'zelf' });
    await next(el);
    expect(vraag(el)).to.equal('persoon.hulpvraag');
    await answer(el, 'Geld: inkomen, toeslagen of rondkomen');
    const second = vraag(el);
    expect(second).not.to.equal('persoon.hulpvraag');
    button(el, nl.vraag.terug).click();
    await until(el, () => vraag(el) === 'persoon.hulpvraag');
    expect(labelled(el, 'Geld: inkomen, toeslagen of rondkomen').checked).to.equal(true);
    await next(el);
    expect(vraag(el)).to.equal(second);
  });
});

describe('English', () => {
  it('switches language live without losing the screen', async () => {
    const el = await mount();
    el.setAttribute('lang', 'en');
    await until(el, () => heading(el) === en.start.kop);
    await answer(el, en.perspectief.zelf);
    expect(heading(el)).to.equal('What are you looking for help with?');
    expect(button(el, en.vraag.volgende)).to.exist;
    expect(button(el, en.vraag.terug)).to.exist;
  });
});

describe('review and start over', () => {
  it('a Change link opens the question with its answer, asks what became relevant, and returns to the review', async () => {
    const el = await mount({ perspective: 'zelf' });
    await walkTo(el, 'overzicht', { 'persoon.hulpvraag': ['geld'], 'persoon.leeftijd': '40' });
    const rows = [...root(el).querySelectorAll('.summary-row')];
    expect(rows.length).to.be.greaterThan(1);
    const age = rows.find((r) => r.textContent!.includes('Hoe oud'))!;
    expect(age.textContent).to.contain('40');
    const change = age.querySelector('button')!;
    expect(change.getAttribute('aria-label')).to.equal(nl.overzicht.wijzigVraag.replace('{{vraag}}', 'Leeftijd'));
    change.click();
    await until(el, () => vraag(el) === 'persoon.leeftijd');
    const input = root(el).querySelector<HTMLInputElement>('input[name="waarde"]')!;
    expect(input.value).to.equal('40');
    // Back while changing returns to the review, the answer as it was.
    button(el, nl.vraag.terug).click();
    await until(el, () => scherm(el) === 'overzicht');
    expect(text(el)).to.contain('40');
    [...root(el).querySelectorAll('.summary-row')]
      .find((r) => r.textContent!.includes('Hoe oud'))!
      .querySelector('button')!
      .click();
    await until(el, () => vraag(el) === 'persoon.leeftijd');
    await answer(el, { type: '70' });
    await walkTo(el, 'overzicht'); // questions that became relevant are asked first
    expect(text(el)).to.contain('70');
  });

  it('start over (after "Ja, wis alles") clears everything at once', async () => {
    const el = await mount();
    await walkTo(el, 'overzicht');
    button(el, nl.opnieuw).click();
    await until(el, () => !!root(el).querySelector('.confirm'));
    button(el, nl.opnieuwVraag.ja).click();
    await until(el, () => heading(el) === nl.start.kop);
    expect(root(el).querySelector<HTMLInputElement>('input[name="perspectief"]:checked')).to.equal(null);
    await answer(el, nl.perspectief.zelf);
    expect(root(el).querySelectorAll('input[name="antwoord"]:checked').length).to.equal(0);
  });
});

describe('language switch mid-journey', () => {
  it('keeps the answers and the place, and shows dataset texts in the new language', async () => {
    const el = await mount({ perspective: 'zelf' });
    await next(el);
    ordinary(el)[0]!.click();
    await next(el);
    const place = vraag(el);
    el.setAttribute('lang', 'en');
    await until(el, () => text(el).includes(en.vraag.volgende));
    expect(vraag(el)).to.equal(place);
    expect(heading(el)).to.match(/\?$/);
    expect(text(el)).not.to.contain(nl.vraag.volgende);
    button(el, en.vraag.terug).click();
    await until(el, () => heading(el) === 'What are you looking for help with?');
    expect(ordinary(el)[0]!.checked).to.equal(true);
  });
});

describe('professional mode (a GP during a consult)', () => {
  it('speaks about the patient from the start screen on', async () => {
    const el = await mount({ mode: 'professional' });
    expect(heading(el)).to.equal(nl.start.kop_professional);
    expect(text(el)).to.contain(nl.start.intro_professional);
    expect(text(el)).not.to.contain(nl.start.intro);
    expect(root(el).querySelector('input[name="perspectief"]')).to.equal(null);
    await next(el);
    expect(heading(el)).to.equal('Waar zoekt uw patiënt hulp bij?');
  });
});

describe('not safe at home', () => {
  it('every screen has "Direct hulp nodig?" with the national crisis lines of the widget itself, collapsed', async () => {
    const el = await mount();
    const help = () => root(el).querySelector<HTMLDetailsElement>('details.urgent-help')!;
    expect(help().open).to.equal(false);
    expect(help().querySelector('summary')!.textContent).to.equal(nl.nood.kop);
    const tel = [...help().querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(tel).to.deep.equal(['tel:112', 'tel:113', 'tel:08002000', 'tel:08000432']);
    await answer(el, nl.perspectief.zelf);
    expect(vraag(el)).to.equal('persoon.hulpvraag');
    expect(help()).to.exist;
    el.setAttribute('lang', 'en');
    await until(el, () => help().querySelector('summary')?.textContent === en.nood.kop);
  });

  it('the first question offers it; "show everything" does not clear it; one answer leads to Veilig Thuis first', async () => {
    const el = await mount({ perspective: 'zelf' });
    await next(el);
    const unsafe = labelled(el, 'Geweld of onveilig thuis');
    const all = labelled(el, 'Ik weet het niet');
    unsafe.click();
    all.click();
    expect([unsafe.checked, all.checked], 'both stay chosen').to.deep.equal([true, true]);
    await walkTo(el, 'resultaat', { 'persoon.hulpvraag': 'geweld' });
    const first = root(el).querySelector('.route')!.textContent!;
    expect(first).to.contain('Veilig Thuis');
    expect(first).to.contain('0800 2000');
    expect(
      root(el).querySelector<HTMLDetailsElement>('details.urgent-help')!.open,
      'and "Direct hulp nodig?" is there, collapsed',
    ).to.equal(false);
  });
});

describe('a preset perspective on the start screen', () => {
  it('the heading and the introduction speak to the mantelzorger and to the employer', async () => {
    const carer = await mount({ perspective: 'mantelzorger' });
    expect(heading(carer)).to.equal(nl.start.kop_mantelzorger);
    expect(text(carer)).to.contain(nl.start.intro_mantelzorger);
    const employer = await mount({ perspective: 'werkgever', lang: 'en' });
    expect(heading(employer)).to.equal(en.start.kop_werkgever);
    expect(text(employer)).to.contain(en.start.intro_werkgever);
  });
});

describe('the handout', () => {
  it('prints the result as a clean handout: no buttons, every reason open', async () => {
    const { emulateMedia } = await import('@web/test-runner-commands');
    const el = await mount({ perspective: 'zelf' });
    await walkTo(el, 'resultaat', picksOf(scenario3.antwoorden));
    expect(root(el).querySelector('details.why'), 'collapsed counters render no reasons').to.equal(null);
    // Ctrl+P: the browser says it is about to print; every collapsed part is rendered for paper.
    window.dispatchEvent(new Event('beforeprint'));
    await until(el, () => !!root(el).querySelector('details.why'));
    const why = root(el).querySelector<HTMLDetailsElement>('details.why')!;
    const criteria = why.querySelector<HTMLElement>('.criteria')!;
    expect(criteria.checkVisibility()).to.equal(false);
    await emulateMedia({ media: 'print' });
    try {
      expect(criteria.checkVisibility()).to.equal(true);
      for (const b of root(el).querySelectorAll('button')) expect(getComputedStyle(b).display, b.textContent!).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
      window.dispatchEvent(new Event('afterprint'));
    }
    expect(criteria.checkVisibility(), 'collapsed again on screen').to.equal(false);
    await until(el, () => !root(el).querySelector('details.why'));
  });

  it("says which year's amounts and limits the result was checked with", async () => {
    const el = await mount({ perspective: 'zelf', datum: '2026-11-24' });
    await walkTo(el, 'resultaat', picksOf(scenario3.antwoorden));
    expect(text(el)).to.contain(nl.resultaat.jaren.replace('{{jaren}}', '2026'));
  });

  it("a carer's journey for an older father on a 2026 date says 2026, not the year the AOW age of 67 started (2024)", async () => {
    const el = await mount({ perspective: 'mantelzorger', datum: scenario82.datum });
    await walkTo(el, 'resultaat', picksOf(scenario82.antwoorden));
    expect(text(el)).to.contain(nl.resultaat.jaren.replace('{{jaren}}', '2026'));
    expect(text(el)).not.to.contain('2024');
  });

  it('shows the unit of a number question (loonwaarde in %), also on the review', async () => {
    const el = await mount({ perspective: 'werkgever' });
    let field = '';
    await walkTo(el, 'overzicht', picksOf(scenario2.antwoorden), (s) => {
      if (s === 'vragen' && vraag(el) === 'persoon.loonwaarde') field = root(el).querySelector('.field')!.textContent!;
    });
    expect(field).to.contain(nl.vraag.eenheid.procent);
    expect(text(el)).to.contain(`60 ${nl.vraag.eenheid.procent}`);
  });

  it('is not translated by the browser (translate="no")', async () => {
    const el = await mount();
    expect(el.getAttribute('translate')).to.equal('no');
  });
});

describe('the result overview', () => {
  it('lists every counter collapsed, with the number and names of its regelingen', async () => {
    const el = await mount({ perspective: 'zelf' });
    await walkTo(el, 'resultaat', picksOf(scenario3.antwoorden));
    const items = [...root(el).querySelectorAll('details.counter .names')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items.length).to.equal(counterNames(el).length);
    expect(items.length).to.be.greaterThan(1);
    for (const item of items) expect(item).to.match(/^\d+ regeling(en)?: \S/);
    const counted = items.reduce((n, x) => n + Number(/^(\d+) regeling/.exec(x)![1]), 0);
    await openCounters(el);
    expect(counted).to.equal(root(el).querySelectorAll('details.counter article').length);
    // The names in the summary are the regelingen inside.
    for (const d of root(el).querySelectorAll('details.counter')) {
      const names = d.querySelector('.names')!.textContent!;
      for (const h of d.querySelectorAll('article h4')) expect(plain(names)).to.contain(plain(h.textContent!));
    }
  });
});
