/**
 * What a person can do with the result (issue 22): one list of what to bring, also on the
 * handout; per counter call, website and "Maak een afspraak" (an overlay's `afspraak`); "Zet in
 * uw agenda" (an .ics file made in the browser, neutral titles); "Stuur naar uzelf" (a mailto:
 * link, answers only when ticked). The widget sends nothing while doing any of it.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
// Loaded here first, so that the widget's on-demand import makes no request in the test below.
import '../../src/engine/dates.js';
import '../../src/ui/agenda.js';
import '../../src/ui/mail.js';
import scenario3 from '../../regelingen/scenarios/03-betalingsachterstanden.json';
import { BRING } from '../../src/ui/handout.js';
import type { RegelingenWizard } from '../../src/ui/regelingen-wizard.js';
import { mount, nl, openCounters, picksOf, plain, root, text, until, walkTo } from './helpers.js';

const money = async (attrs: Record<string, string> = {}) => {
  const el = await mount({ perspective: 'zelf', datum: scenario3.datum, ...attrs });
  await walkTo(el, 'resultaat', picksOf(scenario3.antwoorden));
  return el;
};

const click = (el: RegelingenWizard, selector: string) => root(el).querySelector<HTMLElement>(selector)!.click();

async function axe(el: RegelingenWizard): Promise<string[]> {
  const r = await (window as unknown as { axe: { run(e: unknown, o: unknown): Promise<{ violations: { id: string }[] }> } }).axe.run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
  });
  return r.violations.map((v) => v.id);
}

describe('what to bring: one list across all counters', () => {
  it('each document once, with every counter that asks for it; collapsed and rendered when opened; on the handout too', async () => {
    const el = await money();
    const bring = root(el).querySelector<HTMLDetailsElement>('details.bring')!;
    expect(bring.open).to.equal(false);
    expect(bring.querySelector('li'), 'rendered only when opened').to.equal(null);
    bring.open = true;
    await until(el, () => !!bring.querySelector('.checklist li'));
    const items = [...bring.querySelectorAll('.checklist > li')].map((li) => plain(li.textContent!));
    const docs = items.map((i) => i.split(`${nl.resultaat.voorLoket.split(':')[0]}:`)[0]!.trim());
    expect(new Set(docs).size, 'each document once').to.equal(docs.length);
    // Against the counters themselves: every regeling's document names its counter in the list.
    for (const d of await openCounters(el)) {
      const counter = plain(d.querySelector('.name')!.textContent!);
      for (const li of d.querySelectorAll('article ul:not(.criteria) li')) {
        const doc = plain(li.textContent!);
        const item = items[docs.indexOf(doc)];
        expect(item, doc).to.not.equal(undefined);
        expect(item, doc).to.contain(counter);
      }
    }
    expect(await axe(el)).to.deep.equal([]);
    // The handout: the same list, grouped by document, for the counters on the sheet, at most
    // BRING documents, the rest counted.
    click(el, '[data-afdrukken]');
    await until(el, () => !!root(el).querySelector('.handout'));
    const sheet = root(el).querySelector('.handout')!;
    const handout = plain(sheet.textContent!);
    expect(handout).to.contain('Wat neemt u mee?');
    const onSheet = [...sheet.querySelectorAll('ol.routes > li > strong')].map((s) => plain(s.textContent!));
    const forSheet = docs.filter((_, i) => onSheet.some((c) => items[i]!.includes(c)));
    const listed = [...sheet.querySelectorAll('ul.bring > li')].map((li) => plain(li.textContent!).replace(/ \(zie loket [\d, ]+\)$/, ''));
    expect(listed).to.deep.equal(forSheet.slice(0, BRING));
    // The rest counted, in the singular for one ("En nog 1 papier"), and only when there is a rest.
    const more = forSheet.length - BRING;
    expect(handout.includes('En nog '), 'a count of the rest only when there is one').to.equal(more > 0);
    if (more > 0) expect(handout).to.contain(`En nog ${more} ${more === 1 ? 'papier' : 'papieren'}:`);
  });
});

describe('act on a counter', () => {
  it('call (tel:), website, and "Maak een afspraak" where the overlay gives an appointment page', async () => {
    const el = await money({ 'overlay-url': '/embed/fixtures/overlay-afspraak.json' });
    const step = [...root(el).querySelectorAll('.first-steps li')].find((li) => li.textContent!.includes('Schuldhulp Afspraakdorp'))!;
    expect(step, 'the debt counter is a first step').to.not.equal(undefined);
    const links = [...step.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.include.members([
      'tel:09001111',
      'https://testdorp.example.org/geld',
      'https://afspraakdorp.example.org/afspraak/schuldhulp',
    ]);
    expect(links.find((a) => a.href.includes('afspraak'))!.textContent).to.equal(nl.resultaat.afspraak);
    // A counter without an appointment page offers none.
    expect(
      [...root(el).querySelectorAll('.first-steps li')].filter((li) => li.textContent!.includes(nl.resultaat.afspraak)),
    ).to.have.length(1);
  });
});

describe('"Zet in uw agenda" and "Stuur naar uzelf"', () => {
  it('make an .ics file and a mailto: link in the browser, and send nothing', async () => {
    const el = await money();
    // Everything the page could send from now on (with room in the resource timing buffer, which
    // records nothing once it holds 250 entries: the test page loads hundreds of source modules).
    performance.clearResourceTimings();
    const before = performance.getEntriesByType('resource').length;
    const calls: string[] = [];
    const { fetch: realFetch, XMLHttpRequest: RealXhr } = window;
    const realBeacon = navigator.sendBeacon;
    window.fetch = (...a) => {
      calls.push(`fetch ${String(a[0])}`);
      return realFetch(...a);
    };
    window.XMLHttpRequest = class extends RealXhr {
      override open(...a: [string, string]) {
        calls.push(`xhr ${a[1]}`);
        super.open(...a);
      }
    };
    navigator.sendBeacon = (...a) => {
      calls.push(`beacon ${String(a[0])}`);
      return false;
    };
    let ics = '';
    let mailto = '';
    let ticked = '';
    try {
      click(el, '[data-agenda]');
      await until(el, () => !!root(el).querySelector('a[data-ics]'));
      expect(root(el).activeElement?.id, 'focus on the panel heading').to.equal('agenda-kop');
      const link = root(el).querySelector<HTMLAnchorElement>('a[data-ics]')!;
      expect(link.href).to.match(/^blob:/);
      expect(link.download).to.match(/\.ics$/);
      click(el, '[data-mail]');
      await until(el, () => !!root(el).querySelector('a[data-mailto]'));
      mailto = root(el).querySelector<HTMLAnchorElement>('a[data-mailto]')!.href;
      // Tick "Zet ook mijn antwoorden in de mail", by keyboard.
      root(el).querySelector<HTMLInputElement>('#mail-antwoorden')!.focus();
      await sendKeys({ press: 'Space' });
      await until(el, () => root(el).querySelector<HTMLAnchorElement>('a[data-mailto]')!.href !== mailto);
      ticked = root(el).querySelector<HTMLAnchorElement>('a[data-mailto]')!.href;
      expect(await axe(el)).to.deep.equal([]);
      expect(calls, 'no fetch, XHR or beacon').to.deep.equal([]);
      expect(performance.getEntriesByType('resource').length, 'no request at all').to.equal(before);
      ics = await (await realFetch(link.href)).text();
    } finally {
      window.fetch = realFetch;
      window.XMLHttpRequest = RealXhr;
      navigator.sendBeacon = realBeacon;
    }

    // The calendar: valid iCalendar, the next 1 January, a neutral title only.
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).to.equal(true);
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).to.equal(true);
    expect(ics).to.contain('DTSTART;VALUE=DATE:20270101');
    const titles = [...ics.matchAll(/^SUMMARY:(.*)$/gm)].map((m) => m[1]!.trim());
    expect(titles.length).to.be.greaterThan(0);
    expect(new Set(titles)).to.deep.equal(new Set(['Regelingen opnieuw bekijken']));
    const unfolded = ics.replace(/\r\n /g, '');
    for (const word of ['schuld', 'Schuld', 'achterstand', 'bijstand', 'geweld', 'zelfdoding', 'Zorgtoeslag'])
      expect(unfolded, word).not.to.contain(word);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length, line).to.be.at.most(75);

    // The mail: no address, the counters and what to bring; the answers only when ticked.
    expect(mailto.startsWith('mailto:?subject=')).to.equal(true);
    const body = decodeURIComponent(/body=([^&]*)/.exec(mailto)![1]!);
    expect(body).to.contain('Dienst Toeslagen');
    expect(body).to.contain('Zorgtoeslag');
    expect(body).to.contain('Wat neemt u mee?');
    expect(body).not.to.contain('Mijn antwoorden');
    expect(body).not.to.contain('1.500');
    const withAnswers = decodeURIComponent(/body=([^&]*)/.exec(ticked)![1]!);
    expect(withAnswers).to.contain('Mijn antwoorden');
    expect(withAnswers).to.contain('€ 1.500');
    expect(text(el)).to.contain('De wijzer stuurt niets');
  });
});
