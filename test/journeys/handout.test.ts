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
import { html, render } from 'lit';
import { DEFAULT_FILES, DEFAULT_OVERLAYS } from '../../src/dataset/default-dataset.js';
import { parseDataset } from '../../src/dataset/validate.js';
import { explainAll, makeContext, route, type Route } from '../../src/engine/index.js';
import type { Answers } from '../../src/engine/types.js';
import type { ResultaatView } from '../../src/flow/view.js';
import { amountOf } from '../../src/ui/screens/worth-loader.js';
import { BRING, COMING, COUNTERS, NAMES, handout, handoutStyles, isolateForPrint } from '../../src/ui/handout.js';
import type { RegelingenWizard } from '../../src/ui/regelingen-wizard.js';
import { mount, picksOf, root, text, until, walkTo, type Picks } from '../ui/helpers.js';
import { choose, picker, submitChoice } from './picker.js';

/**
 * A GP's patient for whom a great many regelingen fit or may fit: a single parent of 40 with
 * three children, on bijstand, with debts and arrears, ill and with several limitations, who
 * asks about everything.
 */
const MANY: Picks = {
  perspectief: 'professional',
  'persoon.hulpvraag': ['alles'],
  'persoon.leeftijd': '40',
  'persoon.huishouden': 'alleen-met-kinderen',
  'persoon.kinderen': ['0-3', '4-11', '12-17'],
  'persoon.beperking': ['lopen', 'zelfzorg', 'psychisch', 'ziekte', 'huishouden', 'regelen'],
  'persoon.geldzorgen': ['schulden', 'achterstand-huur', 'achterstand-vaste-lasten'],
  'persoon.werk': ['bijstand'],
  'persoon.woning': 'huur-zelfstandig',
  'persoon.netto-inkomen': '1100',
  'persoon.vermogen': '0',
};

/** The longest string under `key` anywhere in `x` (a dataset file), per language. */
function longestText(x: unknown, key: string, best = { nl: '', en: '' }): { nl: string; en: string } {
  if (Array.isArray(x)) for (const y of x) longestText(y, key, best);
  else if (x && typeof x === 'object')
    for (const [k, y] of Object.entries(x)) {
      if (k === key)
        for (const t of [y].flat() as { nl?: unknown; en?: unknown }[]) {
          if (typeof t?.nl === 'string' && t.nl.length > best.nl.length) best.nl = t.nl;
          if (typeof t?.en === 'string' && t.en.length > best.en.length) best.en = t.en;
        }
      else longestText(y, key, best);
    }
  return best;
}

/**
 * A result with more of everything than the handout holds, each text the longest of its kind in
 * the shipped data (names, contacts, general wording, opening hours, documents), every regeling
 * with the longest amount of this result, for a carer (who reads for whom: the person cared for and the carer, both at every counter).
 */
function longest(): ResultaatView {
  const national = parseDataset(DEFAULT_FILES);
  // the engine's result for a person themselves (with amounts), shown as to a carer
  const opts = { perspectief: 'zelf' as const, datum: '2026-12-07' };
  const answers: Answers = {
    'persoon.hulpvraag': ['alles'],
    'persoon.leeftijd': 40,
    'persoon.huishouden': 'alleen-met-kinderen',
    'persoon.kinderen': ['0-3', '4-11', '12-17'],
    'persoon.werk': ['bijstand'],
    'persoon.woning': 'huur-zelfstandig',
    'persoon.netto-inkomen': 1100,
    'persoon.vermogen': 0,
    'persoon.kostendelers': false,
    'persoon.bruto-jaarinkomen': 14000,
    'persoon.geldzorgen': ['geen'],
  };
  const ctx = makeContext(national, answers, opts);
  const results = explainAll(ctx);
  const routes = route(ctx, results);
  const all = [DEFAULT_FILES, ...Object.values(DEFAULT_OVERLAYS)];
  const long = (key: string) => longestText(all, key);
  // The longest amount a regeling on this result has, as the handout words it.
  const withAmount = results
    .filter((r) => amountOf(r, { context: ctx } as ResultaatView, 'nl'))
    .sort(
      (a, b) =>
        amountOf(b, { context: ctx } as ResultaatView, 'nl')!.bedrag.length -
        amountOf(a, { context: ctx } as ResultaatView, 'nl')!.bedrag.length,
    )[0]!;
  expect(withAmount, 'a regeling with an amount').to.not.equal(undefined);
  const naam = longestText(
    national.regelingen.map((r) => ({ naam: r.naam })),
    'naam',
  );
  const urls = (k: string) =>
    (JSON.stringify(all).match(new RegExp(`"${k}":"https://[^"]+"`, 'g')) ?? []).map((m) => m.slice(k.length + 4, -1));
  const longestUrl = (k: string) => urls(k).sort((a, b) => b.length - a.length)[0];
  const contact = {
    naam: longestText(
      national.loketten.map((l) => ({ naam: l.naam })),
      'naam',
    ),
    telefoon: '0800 1234 5678',
    website: longestUrl('website'),
    // none in the data yet: then none here
    ...(longestUrl('afspraak') ? { afspraak: longestUrl('afspraak') } : {}),
    ...(long('adres').nl ? { adres: long('adres') } : {}),
    openingstijden: long('openingstijden'),
    bron: 'https://example.org',
    peildatum: '2026-12-07',
  };
  const template = routes.find((r) => !r.crisis)!;
  const counters: Route[] = Array.from({ length: COUNTERS + 4 }, (_, i) => ({
    ...template,
    crisis: false,
    urgent: false,
    contact,
    gemeenteContact: { ...contact, naam: { nl: `Gemeente ${i}`, en: `Municipality ${i}` } },
    algemeen: long('algemeen'),
    gemeente: { code: 'GM0344', naam: 'Súdwest-Fryslân' } as Route['gemeente'],
    results: Array.from({ length: NAMES + 5 }, (_, k) => ({
      ...withAmount,
      // "past", so every name carries its amount (a "misschien" carries none)
      uitkomst: withAmount.uitkomst,
      // one of them with figures known only up to a date (the sheet's meta line says so; that one has no amount)
      ...(k === NAMES + 4 ? { cijfersTot: '2026-12-31' } : {}),
      regeling: { ...withAmount.regeling, id: `lang-${i}-${k}`, voor: k % 2 ? ('mantelzorger' as const) : ('persoon' as const), naam },
    })),
  }));
  const crisis = routes.filter((r) => r.crisis);
  // The crisis lines that fit (the data has three; four here), each with the longest counter name.
  const leiding = Array.from({ length: 4 }, () => ({ ...(crisis[0] ?? template), crisis: true, contact }));
  const komt = Array.from({ length: COMING + 3 }, () => ({
    ...withAmount,
    regeling: { ...withAmount.regeling, naam },
    komt: { maand: '2027-01' },
  }));
  const routesAll = [...leiding, ...counters];
  return {
    key: 'resultaat:',
    step: { scherm: 'resultaat' },
    crisis: [],
    scherm: 'resultaat',
    perspectief: 'mantelzorger',
    datum: opts.datum,
    leiding,
    groepen: [{ voor: 'persoon', routes: counters }],
    perPersoon: false,
    routes: routesAll,
    pastNiet: [],
    komt,
    uitslag: { past: [], misschien: [] },
    label: () => undefined,
    gemeente: { vraagZelf: false, vraagPersoon: false },
    jaren: ['2026'],
    meenemen: Array.from({ length: BRING + 10 }, () => ({ tekst: long('meenemen'), loketten: routesAll.map((_, i) => i) })),
    agenda: async () => [],
    context: ctx,
    contextFor: () => ctx,
    delen: () => ({ perspectief: opts.perspectief, antwoorden: {}, vragen: [] }),
  } as ResultaatView;
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

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
    // No answer: not the amounts typed, not the age, not a question.
    for (const n of ['1100', '1.100', '14000', '14.000', ' 31 ', 'netto', 'leeftijd', 'Hoe oud']) expect(t).not.to.contain(n);
    const height = await onPaper(el, h);
    expect(height, `handout ${height}px, page ${PAGE.height}px`).to.be.at.most(PAGE.height);
    noise.remove();
  });

  it('a patient for whom many things fit: still one A4 page, by construction; what does not fit on it is counted, never dropped silently (issue 20)', async () => {
    const el = await mount({ mode: 'professional' });
    await walkTo(el, 'resultaat', MANY);
    // What the screen shows: per counter (not the crisis lines) how many regelingen.
    const perCounter = [...root(el).querySelectorAll('details.counter .names')].map((n) => Number(/^\s*(\d+)/.exec(n.textContent!)![1]));
    const total = perCounter.reduce((a, b) => a + b, 0);
    expect(perCounter.length, 'counters on the screen').to.be.greaterThan(COUNTERS);
    const h = await printHandout(el);
    const counters = [...h.querySelectorAll('ol.routes > li')];
    expect(counters, 'counters on paper').to.have.length(COUNTERS);
    // Every regeling on the screen is on paper by name, or counted: per counter "en nog N andere", then the rest.
    let named = 0;
    let counted = 0;
    for (const li of counters) {
      const ask = squash(li.querySelector('p.ask')!.textContent);
      const more = /; en nog (\d+) andere$/.exec(ask);
      named += ask
        .replace(/^Vraag naar: /, '')
        .replace(/; en nog \d+ andere$/, '')
        .split('; ').length;
      counted += more ? Number(more[1]) : 0;
    }
    const rest = /Nog (\d+) regelingen bij (\d+) andere loketten: zie het scherm/.exec(squash(h.querySelector('.more')!.textContent))!;
    expect(named + Number(rest[1]), 'named on paper, plus counted').to.equal(total);
    expect(counted, '"en nog N andere" at the counters on paper').to.be.greaterThan(0).and.at.most(Number(rest[1]));
    expect(Number(rest[2]), 'counters left out').to.equal(perCounter.length - COUNTERS);
    expect(squash(h.querySelector('.more')!.textContent)).to.contain('"Verder op uw telefoon"');
    const height = await onPaper(el, h);
    expect(height, `handout ${height}px, page ${PAGE.height}px`).to.be.at.most(PAGE.height);
  });

  it('every part at its longest (the longest texts in the data, more than fits of everything): still one A4 page, in Dutch and English', async () => {
    const v = longest();
    for (const lang of ['nl', 'en'] as const) {
      const host = document.createElement('div');
      document.body.append(host);
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.adoptedStyleSheets = [handoutStyles.styleSheet!];
      render(html`<div class="wizard">${handout(v, lang)}</div>`, shadow);
      const h = shadow.querySelector<HTMLElement>('.handout')!;
      try {
        await setViewport(PAGE);
        await emulateMedia({ media: 'print' });
        const t = squash(h.textContent);
        // The parts are there, each at its cap, with what is left counted.
        expect(h.querySelectorAll('ol.routes > li'), lang).to.have.length(COUNTERS);
        expect(h.querySelectorAll('ul.bring > li'), lang).to.have.length(BRING);
        expect(h.querySelectorAll('ul.coming > li'), lang).to.have.length(COMING);
        expect(h.querySelectorAll('.crisis .line'), lang).to.have.length(v.leiding.length);
        expect(t, lang).to.contain(lang === 'nl' ? ': zie het scherm, of neem ze mee met' : ': see the screen, or take them along with');
        const height = h.getBoundingClientRect().height;
        expect(height, `${lang}: handout ${height}px, page ${PAGE.height}px`).to.be.at.most(PAGE.height);
      } finally {
        await emulateMedia({ media: 'screen' });
        host.remove();
      }
    }
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
