import { expect } from '@open-wc/testing';
import { answer, button, heading, labelled, mount, next, ordinary, root, text, until, walkTo } from './helpers.js';

afterEach(() => document.querySelectorAll('regelingen-wizard').forEach((e) => e.remove()));

describe('a resident with money worries, from start to result', () => {
  it('answers questions by clicking and typing, and sees where to go', async () => {
    const el = await mount();
    expect(heading(el)).to.equal('Welke hulp of regeling past bij u?');
    await answer(el, 'Voor mijzelf');
    const seen: string[] = [];
    // Answers of persona 3 (payment arrears); whichever questions the engine picks.
    const prefer = ['Achterstand met huur', 'Alleen', 'In een huurhuis', 'Werk in loondienst', 'Er wonen geen kinderen', 'Nee, geen van deze', 'Nee, geen zorgen', 'Ja'];
    for (let i = 0; i < 30 && !heading(el).startsWith('Controleer'); i++) {
      const h = heading(el);
      seen.push(h);
      const field = root(el).querySelector<HTMLInputElement>('input[name="waarde"]');
      if (field) {
        const value = h.includes('Hoe oud') ? '34' : h.includes('netto') ? '1.500' : h.includes('bruto') ? '21000' : h.includes('spaargeld') ? '0' : '1';
        await answer(el, { type: value });
        continue;
      }
      const labels = [...root(el).querySelectorAll('label')].map((l) => l.textContent!.trim());
      const pick = prefer.find((p) => labels.some((l) => l.startsWith(p))) ?? labels[labels.length - 1]!;
      await answer(el, pick);
    }
    expect(seen.length).to.be.greaterThan(3);
    expect(heading(el)).to.equal('Controleer uw antwoorden');
    expect(text(el)).to.contain('€ 1.500');
    button(el, 'Bekijk de uitkomst').click();
    await until(el, () => heading(el) === 'Dit kunt u doen');
    const routes = [...root(el).querySelectorAll('.route')];
    expect(routes.length).to.be.greaterThan(0);
    const first = routes[0]!.textContent!;
    expect(first).to.contain('Schuldhulp');
    expect(first).to.contain('Met spoed');
    expect(text(el)).to.contain('Zorgtoeslag');
    expect(text(el)).to.match(/voldoet aan \d van \d voorwaarden/);
    // Not fitting, with reasons, collapsed.
    const details = root(el).querySelector<HTMLDetailsElement>('details.not-fitting')!;
    expect(details.open).to.equal(false);
    expect(details.querySelectorAll('article').length, 'rendered only when opened').to.equal(0);
    details.open = true;
    await until(el, () => details.querySelectorAll('article').length > 0);
    const names = [...details.querySelectorAll('article h4')].map((h) => h.textContent!.trim());
    expect(names.join('; ')).to.contain('Bijstand');
    // Crisis lines that do not apply are not listed as "does not fit".
    expect(names.join('; ')).not.to.contain('Veilig Thuis');
    expect(names.join('; ')).not.to.contain('113');
  });

  it('shows an error summary that links to the field, and keeps the screen', async () => {
    const el = await mount({ perspective: 'zelf' });
    await next(el);
    const h = heading(el);
    await next(el);
    expect(heading(el)).to.equal(h);
    const summary = root(el).querySelector('.error-summary')!;
    expect(summary.textContent).to.contain('Er is een probleem');
    const link = summary.querySelector('a')!;
    link.click();
    expect(root(el).activeElement?.id).to.equal(link.getAttribute('href')!.slice(1));
  });

  it('goes back without losing an answer, and changes an answer from the review', async () => {
    const el = await mount({ perspective: 'zelf' });
    await next(el); // start
    const first = heading(el);
    const choice = root(el).querySelector<HTMLInputElement>('input[type="radio"], input[type="checkbox"]');
    if (choice) choice.click();
    else root(el).querySelector<HTMLInputElement>('input[name="waarde"]')!.value = '40';
    await next(el);
    const second = heading(el);
    expect(second).not.to.equal(first);
    button(el, 'Terug').click();
    await until(el, () => heading(el) === first);
    if (choice) expect(root(el).querySelector<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')!.checked).to.equal(true);
    else expect(root(el).querySelector<HTMLInputElement>('input[name="waarde"]')!.value).to.equal('40');
    await next(el);
    expect(heading(el)).to.equal(second);
  });
});

describe('English', () => {
  it('switches language live without losing the screen', async () => {
    const el = await mount();
    el.setAttribute('lang', 'en');
    await until(el, () => heading(el) === 'Which help or scheme fits you?');
    await answer(el, 'For myself');
    expect(heading(el)).to.match(/\?$/);
    expect(button(el, 'Next')).to.exist;
    expect(button(el, 'Back')).to.exist;
  });
});

describe('review and start over', () => {
  async function toReview(el: Awaited<ReturnType<typeof mount>>) {
    for (let i = 0; i < 30 && !heading(el).startsWith('Controleer'); i++) {
      const field = root(el).querySelector<HTMLInputElement>('input[name="waarde"]');
      if (field) field.value = '40';
      else [...root(el).querySelectorAll<HTMLInputElement>('input[name="antwoord"]')].at(-1)!.click();
      await next(el);
    }
  }

  it('a Change link opens the question with its answer, and returns to the review', async () => {
    const el = await mount({ perspective: 'zelf' });
    await next(el);
    await toReview(el);
    const rows = [...root(el).querySelectorAll('.summary-row')];
    expect(rows.length).to.be.greaterThan(1);
    const age = rows.find((r) => r.textContent!.includes('Hoe oud'))!;
    expect(age.textContent).to.contain('40');
    const change = age.querySelector('button')!;
    expect(change.getAttribute('aria-label')).to.equal('Wijzig: Leeftijd');
    change.click();
    await until(el, () => heading(el) === 'Hoe oud bent u?');
    const input = root(el).querySelector<HTMLInputElement>('input[name="waarde"]')!;
    expect(input.value).to.equal('40');
    input.value = '70';
    await next(el);
    await toReview(el); // questions that became relevant are asked first
    expect(text(el)).to.contain('70');
  });

  it('start over clears everything at once', async () => {
    const el = await mount();
    await answer(el, 'Voor mijzelf');
    await toReview(el);
    button(el, 'Opnieuw beginnen').click();
    await until(el, () => heading(el) === 'Welke hulp of regeling past bij u?');
    expect(root(el).querySelector<HTMLInputElement>('input[name="perspectief"]:checked')).to.equal(null);
    await answer(el, 'Voor mijzelf');
    const field = root(el).querySelector<HTMLInputElement>('input[name="waarde"]');
    const checked = root(el).querySelectorAll('input[name="antwoord"]:checked');
    expect(field?.value ?? '').to.equal('');
    expect(checked.length).to.equal(0);
  });
});

describe('language switch mid-journey', () => {
  it('keeps the answers and the place, and shows dataset texts in the new language', async () => {
    const el = await mount({ perspective: 'zelf' });
    await next(el);
    const first = ordinary(el)[0]!;
    first.click();
    await next(el);
    el.setAttribute('lang', 'en');
    await until(el, () => [...root(el).querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Next'));
    expect(heading(el)).to.match(/\?$/);
    expect(text(el)).not.to.contain('Volgende');
    button(el, 'Back').click();
    await until(el, () => heading(el) === 'What are you looking for help with?');
    expect(ordinary(el)[0]!.checked).to.equal(true);
  });
});

describe('professional mode (a GP during a consult)', () => {
  it('speaks about the patient from the start screen on', async () => {
    const el = await mount({ mode: 'professional' });
    expect(heading(el)).to.equal('Welke hulp of regeling past bij uw patiënt?');
    expect(text(el)).to.contain('waar uw patiënt ze aanvraagt');
    expect(text(el)).not.to.contain('bij u passen');
    expect(root(el).querySelector('input[name="perspectief"]')).to.equal(null);
    await next(el);
    await until(el, () => heading(el).includes('patiënt'));
    expect(heading(el)).to.equal('Waar zoekt uw patiënt hulp bij?');
  });
});

describe('not safe at home', () => {
  it('every screen before the result has "Direct hulp nodig?" with the crisis lines of the dataset, collapsed', async () => {
    const el = await mount();
    const help = () => root(el).querySelector<HTMLDetailsElement>('details.urgent-help');
    expect(help()?.open).to.equal(false);
    expect(help()!.querySelector('summary')!.textContent).to.equal('Direct hulp nodig?');
    const tel = [...help()!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(tel).to.include.members(['tel:113', 'tel:08002000']);
    expect(help()!.textContent).to.contain('bel 112');
    await answer(el, 'Voor mijzelf');
    expect(heading(el)).to.equal('Waar zoekt u hulp bij?');
    expect(help()).to.not.equal(null);
    el.setAttribute('lang', 'en');
    await until(el, () => help()?.querySelector('summary')?.textContent === 'Need help right now?');
  });

  it('the first question offers it; one answer leads to Veilig Thuis first; "show everything" does not clear it', async () => {
    const el = await mount({ perspective: 'zelf' });
    await next(el);
    expect(heading(el)).to.equal('Waar zoekt u hulp bij?');
    const unsafe = labelled(el, 'Geweld of onveilig thuis');
    const all = labelled(el, 'Ik weet het niet');
    unsafe.click();
    all.click();
    expect(unsafe.checked && all.checked, 'both stay chosen').to.equal(true);
    all.click();
    await walkTo(el, 'resultaat', { 'persoon.hulpvraag': 'geweld' });
    const first = root(el).querySelector('.route')!.textContent!;
    expect(first).to.contain('Veilig Thuis');
    expect(first).to.contain('0800 2000');
    expect(root(el).querySelector('details.urgent-help'), 'the result leads with the crisis line itself').to.equal(null);
  });
});

describe('a preset perspective on the start screen', () => {
  it('the heading and the introduction speak to the mantelzorger and to the employer', async () => {
    const carer = await mount({ perspective: 'mantelzorger' });
    expect(heading(carer)).to.equal('Welke hulp past bij u en bij degene voor wie u zorgt?');
    expect(text(carer)).to.contain('passen bij u en bij degene voor wie u zorgt');
    const employer = await mount({ perspective: 'werkgever', lang: 'en' });
    expect(heading(employer)).to.equal('Which schemes help you as an employer?');
    expect(text(employer)).to.contain('about your organisation and the employee or candidate');
    carer.remove(); employer.remove();
  });
});

describe('the handout', () => {
  it('prints the result as a clean handout: no buttons, every reason open', async () => {
    const { emulateMedia } = await import('@web/test-runner-commands');
    const el = await mount({ perspective: 'zelf' });
    await next(el);
    for (let i = 0; i < 30 && !heading(el).startsWith('Controleer'); i++) {
      const field = root(el).querySelector<HTMLInputElement>('input[name="waarde"]');
      if (field) field.value = field.inputMode === 'decimal' ? '1000' : '40';
      else ordinary(el)[0]!.click();
      await next(el);
    }
    button(el, 'Bekijk de uitkomst').click();
    await until(el, () => heading(el) === 'Dit kunt u doen');
    const why = root(el).querySelector<HTMLDetailsElement>('details.why')!;
    const criteria = why.querySelector<HTMLElement>('.criteria')!;
    expect(criteria.checkVisibility()).to.equal(false);
    await emulateMedia({ media: 'print' });
    try {
      expect(criteria.checkVisibility()).to.equal(true);
      for (const b of root(el).querySelectorAll('button')) expect(getComputedStyle(b).display, b.textContent!).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(criteria.checkVisibility(), 'collapsed again on screen').to.equal(false);
  });

  it('is not translated by the browser (translate="no")', async () => {
    const el = await mount();
    expect(el.getAttribute('translate')).to.equal('no');
  });
});

describe('the result overview', () => {
  it('lists where to go in short, with the number of regelingen per counter', async () => {
    const el = await mount({ perspective: 'zelf' });
    await next(el);
    for (let i = 0; i < 30 && !heading(el).startsWith('Controleer'); i++) {
      const field = root(el).querySelector<HTMLInputElement>('input[name="waarde"]');
      if (field) field.value = field.inputMode === 'decimal' ? '900' : '40';
      else {
        const choices = [...root(el).querySelectorAll<HTMLInputElement>('input[name="antwoord"]')];
        (choices.find((c) => c.value === 'alles') ?? choices.find((c) => c.value === 'achterstand-huur') ?? choices.find((c) => c.value === 'geen') ?? choices[0]!).click();
      }
      await next(el);
    }
    button(el, 'Bekijk de uitkomst').click();
    await until(el, () => heading(el) === 'Dit kunt u doen');
    const items = [...root(el).querySelectorAll('.overview li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    const routes = root(el).querySelectorAll('.route');
    expect(items.length).to.equal(routes.length);
    expect(items.length).to.be.greaterThan(1);
    for (const item of items) expect(item).to.match(/: \d+ regeling(en)?( \(.*\))?$/);
    const counted = items.reduce((n, x) => n + Number(/: (\d+) regeling/.exec(x)![1]), 0);
    expect(counted).to.equal(root(el).querySelectorAll('.route article').length);
  });
});
