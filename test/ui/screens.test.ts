/**
 * Each screen of src/ui/screens on its own: rendered from a View literal (the type src/flow/view.ts
 * gives the element), with no machine and no journey. The test's `Ui` records what the screen sends
 * and the errors it shows; the widget's styles are adopted so axe sees the real colours.
 * The whole-journey tests are test/ui/journey.test.ts and test/ui/a11y.test.ts.
 */
import { expect } from '@open-wc/testing';
import { adoptStyles, html, render } from 'lit';
import 'axe-core/axe.min.js';
import scenario1 from '../../regelingen/scenarios/01-mantelzorger-moeder-dementie.json';
import scenario4 from '../../regelingen/scenarios/04-crisis-geweld-thuis.json';
import { CRISIS_LINES } from '../../src/crisis/lines.js';
import { DEFAULT_FILES } from '../../src/dataset/default-dataset.js';
import type { Contact, Language, Question } from '../../src/dataset/model.js';
import { parseDataset } from '../../src/dataset/validate.js';
import { explainAll, makeContext, route, walk, type Route } from '../../src/engine/index.js';
import type { Answers } from '../../src/engine/types.js';
import type { FlowEvent } from '../../src/flow/machine.js';
import type { FoutView, OverzichtView, ResultaatView, StartView, VraagView, View } from '../../src/flow/view.js';
import { createI18n } from '../../src/i18n/index.js';
import type { Ui } from '../../src/ui/screens/common.js';
import { loadJourney, loadResult, page } from '../../src/ui/screens/index.js';
import { NAMES_IN_COUNTER, SHOWN_IN_COUNTER } from '../../src/ui/screens/result.js';
import { readNumber } from '../../src/ui/screens/numbers.js';
import { styles } from '../../src/ui/styles.js';
import { en, nl } from './helpers.js';

const AXE = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  rules: { region: { enabled: false } },
};
declare global {
  interface Window {
    axe: { run(el: Element, opts?: unknown): Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }> };
  }
}

interface Shown {
  host: HTMLElement;
  root: ShadowRoot;
  /** What the screen sent to the machine. */
  sent: FlowEvent[];
  /** The errors the screen showed (ui.fail). */
  failed: string[];
  $<E extends Element = HTMLElement>(selector: string): E;
  $$<E extends Element = HTMLElement>(selector: string): E[];
  heading(): string;
  submit(): void;
}

/** Render one screen from its view as the element does (`page`: crisis lines, screen, urgent help), in a shadow root. */
function show(v: View, opts: { lang?: Language; contact?: Contact; host?: Ui['host'] } = {}): Shown {
  const lang = opts.lang ?? 'nl';
  const host = document.createElement('div');
  host.dataset['screenTest'] = '';
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, [styles]);
  const sent: FlowEvent[] = [];
  const failed: string[] = [];
  const opened = new Set<string>();
  const ui: Ui = {
    lang,
    t: createI18n(lang, lang === 'en' ? en : undefined).t, // English is a lazy chunk: its strings are given here
    contact: opts.contact,
    host: opts.host ?? { overdracht: true, professional: false },
    send: (e) => {
      ui.error = undefined;
      sent.push(e);
    },
    fail: (message) => {
      failed.push(message);
      ui.error = message;
      draw();
    },
    focus: async (selector) => root.querySelector<HTMLElement>(selector)?.focus(),
    ask: (readings) => {
      ui.asked = readings;
      draw();
    },
    nextPatient: () => sent.push({ type: 'OPNIEUW' }),
    opened: (id) => opened.has(id),
    open: (id) => {
      opened.add(id);
      draw();
    },
    close: (id) => {
      opened.delete(id);
      draw();
    },
  };
  function draw(): void {
    render(html`<div class="wizard" lang=${lang} data-scherm=${v.scherm}>${page(v, ui).body}</div>`, root);
  }
  draw();
  const $ = <E extends Element>(s: string) => {
    const e = root.querySelector<E>(s);
    if (!e) throw new Error(`no ${s} on the ${v.scherm} screen`);
    return e;
  };
  return {
    host,
    root,
    sent,
    failed,
    $,
    $$: <E extends Element>(s: string) => [...root.querySelectorAll<E>(s)],
    heading: () => root.querySelector('[data-heading]')?.textContent?.trim() ?? '',
    submit: () => $<HTMLFormElement>('form').requestSubmit(),
  };
}

async function axe(s: Shown, where: string): Promise<void> {
  const { violations } = await window.axe.run(s.host, AXE);
  const report = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`).join('\n');
  expect(violations.length, `${where}:\n${report}`).to.equal(0);
}

afterEach(() => document.querySelectorAll('[data-screen-test]').forEach((e) => e.remove()));

const national = parseDataset(DEFAULT_FILES);
const base = <S extends View['scherm']>(scherm: S, vraag?: string) => ({
  key: `${scherm}:${vraag ?? ''}`,
  step: { scherm, vraag },
  crisis: [] as Route[],
});

// ---------------------------------------------------------------- views

const jaNee: Question = {
  id: 'persoon.test-ja-nee',
  onderwerp: 'persoon',
  type: 'ja-nee',
  vraag: { standaard: { nl: 'Woont u alleen?', en: 'Do you live alone?' } },
  hint: { standaard: { nl: 'Zonder partner of huisgenoten.', en: 'Without a partner or housemates.' } },
  label: { nl: 'Woont alleen', en: 'Lives alone' },
  weetNiet: true,
};
const bedrag: Question = {
  id: 'persoon.test-bedrag',
  onderwerp: 'persoon',
  type: 'bedrag',
  vraag: { standaard: { nl: 'Hoeveel spaargeld heeft u?', en: 'How much savings do you have?' } },
  label: { nl: 'Spaargeld', en: 'Savings' },
  min: 0,
};
const vraagView = (q: Question, extra: Partial<VraagView> = {}): VraagView => ({
  ...base('vragen', q.id),
  scherm: 'vragen',
  vraag: q,
  perspectief: 'zelf',
  nummer: 3,
  nog: 4,
  ...extra,
});

/** The result view for a scenario fixture: its routes from the engine, the rest written out. */
function resultView(s: { perspectief: string; datum?: string; antwoorden: unknown }): ResultaatView {
  const opts = { perspectief: s.perspectief as ResultaatView['perspectief'], datum: s.datum ?? '2026-03-01' };
  const w = walk(national, s.antwoorden as Answers, opts);
  const ctx = makeContext(national, w.answers, opts);
  const results = explainAll(ctx);
  const routes = route(ctx, results);
  const leads = (r: Route) => r.crisis && r.results.some((x) => x.uitkomst === 'past');
  const rest = routes.filter((r) => !leads(r));
  return {
    ...base('resultaat'),
    scherm: 'resultaat',
    perspectief: opts.perspectief,
    datum: opts.datum,
    leiding: routes.filter(leads),
    groepen: rest.length ? [{ voor: 'persoon', routes: rest }] : [],
    perPersoon: false,
    routes: [...routes.filter(leads), ...rest],
    pastNiet: results.filter((r) => r.uitkomst === 'past-niet' && !r.regeling.crisis && !r.komt),
    komt: results.filter((r) => r.komt),
    uitslag: { past: [], misschien: [] },
    label: (id) => ctx.questions.get(id)?.label,
    gemeente: { vraagZelf: false, vraagPersoon: false },
    jaren: [],
    meenemen: [],
    agenda: async () => [],
    context: ctx,
    contextFor: (answers) => makeContext(national, walk(national, answers, opts).answers, opts),
    delen: () => ({ perspectief: opts.perspectief, antwoorden: {}, vragen: [] }),
  };
}

// ---------------------------------------------------------------- tests

describe('screens, each from a view literal (no journey)', () => {
  // The result screen is a chunk of its own; the element loads it before showing a result. The
  // question and review screens load with the machine, before it starts.
  before(() => Promise.all([loadResult(), loadJourney()]));
  describe('start', () => {
    const start: StartView = { ...base('start'), scherm: 'start' };

    it('asks for whom, refuses to start without a choice, then sends KIES and START', async () => {
      const s = show(start);
      expect(s.heading()).to.equal(nl.start.kop);
      const radios = s.$$<HTMLInputElement>('input[name="perspectief"]');
      expect(radios.map((r) => r.value)).to.deep.equal(['zelf', 'mantelzorger', 'werkgever', 'professional']);
      const help = s.$<HTMLDetailsElement>('details.urgent-help');
      expect(help.querySelector('summary')!.textContent).to.equal(nl.nood.kop);
      expect(help.querySelectorAll('li')).to.have.length(CRISIS_LINES.length);
      expect(help.open, 'collapsed on the start screen').to.equal(false);
      await axe(s, 'start');

      s.submit();
      expect(s.sent).to.deep.equal([]);
      expect(s.failed).to.deep.equal([nl.start.foutKies]);
      expect(s.$('.error-summary').getAttribute('role'), 'the summary is announced').to.equal('alert');
      expect(s.$('.error-summary a').getAttribute('href')).to.equal('#perspectief-0');
      await axe(s, 'start with error');

      radios[1]!.click();
      s.submit();
      expect(s.sent).to.deep.equal([{ type: 'KIES', perspectief: 'mantelzorger' }, { type: 'START' }]);
    });

    it('with a perspective preset by the host: its own heading, no choice, START only; a hand-over message as an alert', async () => {
      const s = show({ ...start, preset: 'werkgever', melding: { nl: 'Deze link werkt niet meer.', en: 'This link no longer works.' } });
      expect(s.heading()).to.equal(nl.start.kop_werkgever);
      expect(s.$$('input[name="perspectief"]')).to.have.length(0);
      expect(s.$('p[role="alert"]').textContent).to.equal('Deze link werkt niet meer.');
      await axe(s, 'start, preset');
      s.submit();
      expect(s.sent).to.deep.equal([{ type: 'START' }]);
    });
  });

  describe('question', () => {
    it('a yes/no question: the question is the legend, an empty answer is refused, and each choice is sent', async () => {
      const s = show(vraagView(jaNee));
      expect(s.heading()).to.equal('Woont u alleen?');
      expect(s.$('legend [data-heading]')).to.exist;
      expect(s.$('.progress').textContent).to.equal('Vraag 3. Nog hoogstens 4 vragen.');
      expect(s.$$<HTMLInputElement>('input[name="antwoord"]').map((i) => i.value)).to.deep.equal(['ja', 'nee', '__weet-niet__']);
      await axe(s, 'question');

      s.submit();
      expect(s.failed).to.deep.equal([nl.vraag.foutKies]);
      expect(s.$('.error-summary a').getAttribute('href')).to.equal('#veld-persoon-test-ja-nee-0');
      expect(s.$('fieldset').classList.contains('has-error')).to.equal(true);
      await axe(s, 'question with error');

      s.$<HTMLInputElement>('input[value="nee"]').click();
      s.submit();
      s.$<HTMLInputElement>('input[value="__weet-niet__"]').click();
      s.submit();
      expect(s.sent).to.deep.equal([
        { type: 'ANTWOORD', waarde: false },
        { type: 'ANTWOORD', waarde: null },
      ]);
    });

    it('an earlier answer is checked; Terug and Opnieuw beginnen are sent', () => {
      const s = show(vraagView(jaNee, { antwoord: true, nog: 0 }));
      expect(s.$<HTMLInputElement>('input[value="ja"]').checked).to.equal(true);
      expect(s.$('.progress').textContent).to.equal('Vraag 3. Dit is misschien de laatste vraag.');
      s.$('button.back').click();
      [...s.root.querySelectorAll<HTMLButtonElement>('button.link')].find((b) => b.textContent === nl.opnieuw)!.click();
      // "Opnieuw beginnen" asks first; only "Ja, wis alles" starts over.
      expect(s.sent).to.deep.equal([{ type: 'TERUG' }]);
      s.$<HTMLButtonElement>('[data-wis]').click();
      expect(s.sent).to.deep.equal([{ type: 'TERUG' }, { type: 'OPNIEUW' }]);
    });

    it('an amount reads as a person types it, in Dutch and in English; text that is no amount is refused', async () => {
      const s = show(vraagView(bedrag));
      const field = s.$<HTMLInputElement>('input[name="waarde"]');
      expect(field.inputMode).to.equal('decimal');
      expect(s.$(`label[for="${field.id}"]`).textContent).to.equal('Hoeveel spaargeld heeft u?');
      await axe(s, 'amount');
      field.value = 'veel';
      s.submit();
      expect(s.failed).to.deep.equal([nl.vraag.foutBedrag]);
      field.value = '€ 1.500,50';
      s.submit();
      expect(s.sent).to.deep.equal([{ type: 'ANTWOORD', waarde: 1500.5 }]);

      const e = show(vraagView(bedrag), { lang: 'en' });
      expect(e.heading()).to.equal('How much savings do you have?');
      e.$<HTMLInputElement>('input[name="waarde"]').value = '1,500.50';
      e.submit();
      expect(e.sent).to.deep.equal([{ type: 'ANTWOORD', waarde: 1500.5 }]);
    });

    it('the crisis lines that fit the answers so far lead the screen', async () => {
      const crisis = resultView(scenario4).leiding;
      expect(crisis.length, 'a crisis line fits scenario 04').to.be.greaterThan(0);
      const s = show({ ...vraagView(jaNee), crisis });
      const section = s.$('section.crisis-now');
      expect(section.querySelector('h2')!.textContent).to.equal(nl.resultaat.crisis);
      // 112 first (immediate danger), then each crisis line that fits
      expect(section.querySelectorAll('li')).to.have.length(crisis.length + 1);
      expect(section.querySelector('li a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:112');
      expect(section.compareDocumentPosition(s.$('[data-heading]')) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      await axe(s, 'question with a crisis line');
      // On a question, a way straight to the result.
      section.querySelector<HTMLButtonElement>('button')!.click();
      expect(s.sent).to.deep.equal([{ type: 'BEKIJK_RESULTAAT' }]);
    });
  });

  it('readNumber: Dutch and English thousands and decimals, two readings asked about, and what it refuses', () => {
    expect(readNumber('1.500', 'nl')).to.deep.equal({ value: 1500 });
    expect(readNumber('1500,50', 'nl')).to.deep.equal({ value: 1500.5 });
    expect(readNumber('€ 1.500', 'nl')).to.deep.equal({ value: 1500 });
    expect(readNumber('1,500.50', 'en')).to.deep.equal({ value: 1500.5 });
    expect(readNumber('1,500', 'nl')).to.deep.equal({ readings: [1500, 1.5] });
    expect(readNumber('', 'nl')).to.equal(undefined);
    expect(readNumber('12a', 'nl')).to.equal(undefined);
    expect(readNumber('-5', 'nl')).to.deep.equal({ value: -5 });
  });

  describe('review', () => {
    it('every answer with its question and a Wijzig button that names it; Bekijk de uitkomst', async () => {
      const v: OverzichtView = {
        ...base('overzicht'),
        scherm: 'overzicht',
        perspectief: 'zelf',
        rijen: [
          { vraag: jaNee, antwoord: true },
          { vraag: bedrag, antwoord: 1500 },
        ],
      };
      const s = show(v);
      expect(s.heading()).to.equal(nl.overzicht.kop);
      expect(s.$$('dt').map((d) => d.textContent)).to.deep.equal(['Woont u alleen?', 'Hoeveel spaargeld heeft u?']);
      expect(s.$$('.summary-row dd:first-of-type').map((d) => d.textContent)).to.deep.equal(['Ja', '€ 1.500']);
      const change = s.$$<HTMLButtonElement>('.summary-row button');
      expect(change[1]!.getAttribute('aria-label')).to.contain('Spaargeld');
      await axe(s, 'review');
      change[1]!.click();
      s.$('button.primary').click();
      expect(s.sent).to.deep.equal([{ type: 'WIJZIG', vraag: bedrag.id }, { type: 'BEKIJK_RESULTAAT' }]);
    });

    it('with no question asked, says so', () => {
      const s = show({ ...base('overzicht'), scherm: 'overzicht', perspectief: 'zelf', rijen: [] });
      expect(s.$('p').textContent).to.equal(nl.overzicht.geenVragen);
      expect(s.$$('dt')).to.have.length(0);
    });
  });

  describe('result', () => {
    it('a card per counter with its regelingen, the short overview, and the not-fitting list rendered only when opened', async () => {
      const v = resultView(scenario1);
      expect(v.routes.length, 'routes for scenario 01').to.be.greaterThan(1);
      const s = show(v);
      expect(s.heading()).to.equal(nl.resultaat.kop);
      // Summary first: every counter collapsed, its details rendered only once opened.
      const counters = s.$$<HTMLDetailsElement>('details.route');
      expect(counters).to.have.length(v.routes.length);
      expect(s.$$('.counter-body'), 'no counter body before it is opened').to.have.length(0);
      expect(s.$$('section.first-steps')).to.have.length(1);
      for (const d of counters) d.open = true;
      for (let i = 0; i < 200 && s.$$('.counter-body').length < counters.length; i++) await new Promise((r) => setTimeout(r, 10));
      expect(s.$$('.counter-body')).to.have.length(v.routes.length);
      const names = v.routes.flatMap((r) => r.results.map((x) => x.regeling.naam.nl));
      expect(s.$$('.counter-body article.regeling').map((a) => a.querySelector('h3, h4, h5')!.textContent)).to.deep.equal(names);
      expect(v.pastNiet.length, 'regelingen that do not fit').to.be.greaterThan(0);
      const details = s.$<HTMLDetailsElement>('details.not-fitting');
      expect(details.querySelectorAll('article')).to.have.length(0);
      await axe(s, 'result');
      details.open = true;
      await new Promise((r) => details.addEventListener('toggle', r, { once: true }));
      expect(details.querySelectorAll('article')).to.have.length(v.pastNiet.length);
      await axe(s, 'result, not-fitting list open');
      s.$$<HTMLButtonElement>('.actions button')
        .find((b) => b.textContent!.trim() === nl.resultaat.wijzigAntwoorden)!
        .click();
      expect(s.sent).to.deep.equal([{ type: 'NAAR_OVERZICHT' }]);
    });

    it('a crisis line that fits leads the result; no hand-over button when the host turned it off; Volgende patiënt for a GP', async () => {
      const v = resultView(scenario4);
      const s = show(v, { host: { overdracht: false, professional: true } });
      const first = s.$('div.route');
      expect(first.classList.contains('crisis')).to.equal(true);
      expect(first.querySelector('h3')!.textContent).to.contain(v.leiding[0]!.contact?.naam.nl ?? v.leiding[0]!.loket.naam.nl);
      expect(s.$$('[data-overdracht]')).to.have.length(0);
      await axe(s, 'result with a crisis line');
      s.$('[data-volgende]').click();
      expect(s.sent).to.deep.equal([{ type: 'OPNIEUW' }]);
    });

    it('a counter with many regelingen: a short names list, then at most SHOWN_IN_COUNTER until "Toon alle N"', async () => {
      const v0 = resultView(scenario1);
      const r0 = v0.routes.find((r) => !r.crisis)!;
      const one = r0.results[0]!;
      const n = SHOWN_IN_COUNTER + 15;
      const big: Route = {
        ...r0,
        results: Array.from({ length: n }, (_, i) => ({
          ...one,
          regeling: { ...one.regeling, id: `veel-${i}`, naam: { nl: `Regeling ${i}`, en: `Scheme ${i}` } },
        })),
      };
      const v: ResultaatView = { ...v0, leiding: [], routes: [big], groepen: [{ voor: 'persoon', routes: [big] }] };
      const s = show(v);
      const names = s.$('details.counter .names').textContent!.replace(/\s+/g, ' ');
      expect(names).to.contain(`Regeling ${NAMES_IN_COUNTER - 1}.`);
      expect(names).to.not.contain(`Regeling ${NAMES_IN_COUNTER};`);
      expect(names).to.contain(`En nog ${n - NAMES_IN_COUNTER} regelingen.`);
      const d = s.$<HTMLDetailsElement>('details.counter');
      d.open = true;
      await new Promise((r) => d.addEventListener('toggle', r, { once: true }));
      expect(d.querySelectorAll('article.regeling')).to.have.length(SHOWN_IN_COUNTER);
      const more = [...d.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === `Toon alle ${n} regelingen`)!;
      expect(more, 'the Toon alle button').to.not.equal(undefined);
      more.click();
      expect(d.querySelectorAll('article.regeling')).to.have.length(n);
      expect(s.root.activeElement?.querySelector('h4, h5')?.textContent).to.equal(`Regeling ${SHOWN_IN_COUNTER}`);
      expect([...d.querySelectorAll('button')].some((b) => b.textContent!.includes('Toon alle'))).to.equal(false);
      await axe(s, 'result, a counter with every regeling shown');
    });

    it('no counter at all: says so, in English too', () => {
      const empty: ResultaatView = { ...resultView(scenario1), leiding: [], groepen: [], routes: [], pastNiet: [] };
      expect(show(empty).root.textContent).to.contain(nl.resultaat.geen_mantelzorger);
      expect(show(empty, { lang: 'en' }).heading()).to.equal(en.resultaat.kop);
    });
  });

  describe('status', () => {
    it('loading: a status message, no heading, "Direct hulp nodig?" open', () => {
      const s = show({ ...base('laden'), scherm: 'laden' });
      expect(s.$('[role="status"]').textContent).to.equal(nl.laden);
      expect(s.heading()).to.equal('');
      expect(s.$<HTMLDetailsElement>('details.urgent-help').open, '"Direct hulp nodig?" open while loading').to.equal(true);
    });

    const fout: FoutView = { ...base('fout'), scherm: 'fout', fout: { reden: 'netwerk' }, log: [] };

    it('error: an alert, the national directory when no contact is known, and Probeer opnieuw', async () => {
      const s = show(fout);
      expect(s.heading()).to.equal(nl.laadFout.kop);
      expect(s.$('[role="alert"] a').getAttribute('href')).to.equal('https://organisaties.overheid.nl/Gemeenten/');
      expect(s.$<HTMLDetailsElement>('details.urgent-help').open, '"Direct hulp nodig?" open on the error screen').to.equal(true);
      await axe(s, 'error');
      s.$('button.primary').click();
      expect(s.sent).to.deep.equal([{ type: 'OPNIEUW_LADEN' }]);
    });

    it("error: the host's contact before the municipality's, with a phone link", async () => {
      // Test numbers, as in test/embed/fixtures: no real counter.
      const dated = { bron: 'https://example.org/', peildatum: '2026-01-01' };
      const gemeente: Contact = { naam: { nl: 'Gemeente Testdorp', en: 'Municipality of Testdorp' }, telefoon: '0900 2222', ...dated };
      const eigen: Contact = { naam: { nl: 'Wijkteam Noord', en: 'Neighbourhood team North' }, telefoon: '0900 3333', ...dated };
      const s = show({ ...fout, contact: gemeente });
      expect(s.$('[role="alert"] strong').textContent).to.equal('Gemeente Testdorp');
      expect(s.$('a[href^="tel:"]').getAttribute('href')).to.equal('tel:09002222');
      const h = show({ ...fout, contact: gemeente }, { contact: eigen });
      expect(h.$('[role="alert"] strong').textContent).to.equal('Wijkteam Noord');
      await axe(h, 'error with a contact');
    });
  });
});
