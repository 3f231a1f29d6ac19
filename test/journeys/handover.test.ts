/**
 * Issue 12, "Verder op uw telefoon": the link carries the answers in its fragment only; opening
 * it restores the result (the person can change answers), and the fragment leaves the address
 * bar at once. No answer ever appears in a request, the query string, storage or a host event.
 * `overdracht="uit"` turns it off. The "phone" is a fresh page in an iframe (its own modules,
 * its own address bar).
 */
import { expect } from '@open-wc/testing';
import scenario20 from '../../regelingen/scenarios/20-huisarts-psychisch-schulden.json';
import scenario1 from '../../regelingen/scenarios/01-mantelzorger-moeder-dementie.json';
import type { RegelingenWizard } from '../../src/ui/regelingen-wizard.js';
import { button, mount, nl, openCounters, picksOf, plain, root, scherm, singleRenter, text, until, walkTo } from '../ui/helpers.js';
import { choose, picker, submitChoice } from './picker.js';

afterEach(() => {
  document.querySelectorAll('iframe').forEach((f) => f.remove());
});

interface Phone {
  iframe: HTMLIFrameElement;
  win: Window;
  el: RegelingenWizard;
  events: { type: string; detail: unknown }[];
  addressAtStart: string;
}

/** Open `url` (path, query and fragment of a hand-over link) as a fresh page in an iframe. */
async function phone(url: string): Promise<Phone> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '420px';
  iframe.style.height = '800px';
  iframe.src = url;
  const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow!;
  await win.customElements.whenDefined('regelingen-wizard');
  // The module ran before 'load': the fragment must already be gone.
  const addressAtStart = win.location.href;
  const el = iframe.contentDocument!.querySelector('regelingen-wizard') as RegelingenWizard;
  const events: Phone['events'] = [];
  for (const type of ['regelingenwijzer:step', 'regelingenwijzer:result', 'regelingenwijzer:error']) {
    iframe.contentDocument!.addEventListener(type, (e) => events.push({ type, detail: (e as CustomEvent).detail }));
  }
  await until(el, () => !!el.shadowRoot?.querySelector('[data-heading]'));
  return { iframe, win, el, events, addressAtStart };
}

async function linkOf(el: RegelingenWizard): Promise<string> {
  root(el).querySelector<HTMLButtonElement>('[data-overdracht]')!.click();
  await until(el, () => !!root(el).querySelector('.overdracht .handover-link'));
  return root(el).querySelector<HTMLAnchorElement>('.handover-link')!.getAttribute('href')!;
}

/** Every counter of the result as "Name: N regeling(en)", from its collapsed summary line. */
const overviewNames = (el: RegelingenWizard) =>
  [...root(el).querySelectorAll('details.counter summary')].map(
    (sum) => `${plain(sum.querySelector('.name')!.textContent!)}: ${sum.querySelector('.names')!.textContent!.split(':')[0]!.trim()}`,
  );

describe('continue on the phone', () => {
  it('a GP makes the link (fragment only, QR with the warning); the phone restores the result and the municipality, removes the fragment, and the answers can be changed', async () => {
    const el = await mount({ mode: 'professional' });
    await walkTo(el, 'resultaat', picksOf(scenario20.antwoorden));
    const p = await picker(el, 'zelf');
    await choose(p, 'utrecht', 'Utrecht');
    await submitChoice(el, picksOf(scenario20.antwoorden));
    await until(el, () => text(el).includes('14 030'));
    const link = await linkOf(el);
    const url = new URL(link);
    expect(url.origin + url.pathname + url.search).to.equal(location.origin + location.pathname + location.search);
    expect(url.hash).to.match(/^#rw1\.[A-Za-z0-9_-]+$/);
    expect(url.hash.length, 'compact').to.be.below(60);
    const panel = root(el).querySelector('.overdracht')!;
    expect(panel.textContent).to.contain('iedereen die deze code of link heeft, kan uw antwoorden zien');
    const svg = panel.querySelector('svg[role="img"]')!;
    expect(svg.getAttribute('aria-label')).to.equal('QR-code met de link naar uw uitkomst');
    const before = overviewNames(el);

    // On the phone: the same host page (here /embed/page.html) with the fragment.
    const ph = await phone(`/embed/page.html?a.mode=professional${url.hash}`);
    expect(ph.addressAtStart).not.to.contain('#');
    expect(ph.addressAtStart).not.to.contain('rw1');
    await until(ph.el, () => scherm(ph.el) === 'resultaat');
    expect(text(ph.el)).to.contain('14 030'); // Utrecht's counters came along
    expect(before.length, 'the counters are read').to.be.greaterThan(3);
    // The same result, now for the patient speaking for herself: the meldpunt for worries about
    // someone who avoids care is for carers only, so neither the GP (whose patient asks for help in
    // the room: issue 20, round 16) nor the patient sees it; the help for her own addiction through
    // the GP stays (the GP sees it too, with where to refer: issue 20, r6-20).
    const meldpunt = 'Meldpunt Zorgwekkend Gedrag: 1 regeling';
    const huisarts = /^Uw huisarts, jeugdarts of medisch specialist: \d+ regeling/;
    expect(before).not.to.include(meldpunt);
    expect(
      before.some((n) => huisarts.test(n)),
      before.join(' | '),
    ).to.equal(true);
    expect(overviewNames(ph.el).some((n) => huisarts.test(n))).to.equal(true);
    expect(overviewNames(ph.el)).to.deep.equal(before);
    expect(ph.win.location.href).not.to.contain('#');
    // The patient's own phone speaks to the patient, not of "uw patiënt", and offers no "Volgende patiënt".
    expect(text(el)).to.match(/uw patiënt/i);
    expect(text(ph.el)).not.to.match(/patiënt/i);
    expect(text(ph.el)).to.contain(nl.resultaat.intro);
    expect(root(ph.el).querySelector('[data-volgende]')).to.equal(null);
    // The person can change answers: the review lists them, each with a change button.
    button(ph.el, nl.resultaat.wijzigAntwoorden).click();
    await until(ph.el, () => scherm(ph.el) === 'overzicht');
    expect(root(ph.el).querySelectorAll('.summary-row').length).to.be.at.least(5);
  });

  it('the phone shows the amounts with their year (issue 21): a renter on € 35.000, zorgtoeslag about € 69 a month in 2026', async () => {
    const renter = singleRenter('2300', '35000');
    const el = await mount({ perspective: 'zelf' });
    await walkTo(el, 'resultaat', renter);
    const url = new URL(await linkOf(el));
    const ph = await phone(`/embed/page.html${url.hash}`);
    await until(ph.el, () => scherm(ph.el) === 'resultaat');
    await openCounters(ph.el);
    const zorg = () =>
      [...root(ph.el).querySelectorAll<HTMLElement>('article.regeling')].find(
        (a) => a.querySelector('h4, h5')!.textContent!.trim() === 'Zorgtoeslag',
      );
    await until(ph.el, () => !!zorg()?.querySelector('.worth'));
    const worth = zorg()!.querySelector('.worth')!.textContent!.replace(/\s+/g, ' ');
    expect(worth).to.contain('Ongeveer € 69 per maand');
    expect(worth).to.contain('Gerekend met de bedragen van 2026.');
  });

  it('a link opened in a tab that already shows the widget (no reload, hashchange): restored, and out of the address bar and history', async () => {
    const el = await mount({ mode: 'professional' });
    await walkTo(el, 'resultaat', picksOf(scenario20.antwoorden));
    const before = overviewNames(el);
    const link = await linkOf(el);
    // The open tab: the same page, already mid-journey with other answers.
    const ph = await phone('/embed/page.html?a.mode=professional');
    await walkTo(ph.el, 'vragen', {});
    const entries = ph.win.history.length;
    ph.win.location.hash = new URL(link).hash;
    await until(ph.el, () => scherm(ph.el) === 'resultaat');
    // the same result as on a fresh load of the link (the patient speaking for herself, see above)
    expect(overviewNames(ph.el)).to.deep.equal(before);
    expect(ph.win.location.href).not.to.contain('#');
    expect(ph.win.location.href).to.equal(ph.addressAtStart);
    // the hash navigation's history entry holds no fragment either (it was replaced)
    // (at most one entry more: Chromium caps a joint session history at 50 entries, so it may not grow at all)
    expect(ph.win.history.length).to.be.within(Math.min(entries, 49), entries + 1);
    ph.win.history.back();
    await new Promise((r) => ph.win.addEventListener('popstate', r, { once: true }));
    expect(ph.win.location.hash).to.equal('');
  });

  it("a hashchange to the host's own anchor leaves the journey and the address alone", async () => {
    const ph = await phone('/embed/page.html?a.perspective=zelf');
    await walkTo(ph.el, 'vragen', {});
    const screen = scherm(ph.el);
    ph.win.location.hash = '#inhoud';
    await new Promise((r) => ph.win.addEventListener('hashchange', r, { once: true }));
    expect(ph.win.location.hash).to.equal('#inhoud');
    expect(scherm(ph.el)).to.equal(screen);
  });

  it('a damaged or outdated link says so on the start screen, and is still taken out of the address bar', async () => {
    const ph = await phone('/embed/page.html?a.perspective=zelf#rw1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect(ph.addressAtStart).not.to.contain('#');
    expect(scherm(ph.el)).to.equal('start');
    expect(text(ph.el)).to.match(/Vul de vragen opnieuw in/);
  });

  it('overdracht="uit": no button, and a link is not restored (but still taken out of the address bar)', async () => {
    const el = await mount({ perspective: 'zelf', overdracht: 'uit' });
    await walkTo(el, 'resultaat', {});
    expect(root(el).querySelector('[data-overdracht]')).to.equal(null);
    const on = await mount({ perspective: 'zelf' });
    await walkTo(on, 'resultaat', {});
    const link = await linkOf(on);
    const ph = await phone(`/embed/page.html?a.perspective=zelf&a.overdracht=uit${new URL(link).hash}`);
    expect(ph.addressAtStart).not.to.contain('#');
    expect(scherm(ph.el)).to.equal('start');
  });
});

describe('no answer leaves the page', () => {
  it("a carer's full journey with persist off, municipality chosen, handout and link made: no answer in a request, the address, storage, cookies or an event", async () => {
    const ph = await phone('/embed/page.html?a.perspective=mantelzorger');
    const start = ph.win.location.href;
    const { win, el } = ph;
    await walkTo(el, 'resultaat', picksOf(scenario1.antwoorden));
    const p = await picker(el, 'persoon');
    await choose(p, 'eindh', 'Eindhoven');
    const pz = await picker(el, 'zelf');
    await choose(pz, 'utrecht', 'Utrecht');
    root(el).querySelector<HTMLButtonElement>('.gemeente-keuze button[type="submit"]')!.click();
    await until(el, () => text(el).includes('WIJeindhoven'));
    (win as Window & { print: () => void }).print = () => {};
    root(el).querySelector<HTMLButtonElement>('[data-afdrukken]')!.click();
    await until(el, () => !!root(el).querySelector('.handout'));
    const link = await linkOf(el);
    const fragment = new URL(link).hash.slice(1);

    // What could carry an answer: the answers' values as typed or ticked, the question ids, the fragment.
    const values = Object.values(scenario1.antwoorden)
      .flat()
      .filter((v) => v !== null && typeof v !== 'boolean')
      .map(String);
    const needles = [...values, ...Object.keys(scenario1.antwoorden), fragment, 'rw1.'];
    const requests = win.performance.getEntriesByType('resource').map((e) => e.name);
    expect(requests.length).to.be.above(0);
    for (const r of requests) {
      const u = new URL(r);
      expect(u.hash, r).to.equal('');
      // The paths are the widget's own modules and data files; no query but the page's own.
      expect(r).not.to.contain(fragment);
      if (u.pathname === '/embed/page.html') expect(u.search).to.equal('?a.perspective=mantelzorger');
      else for (const n of needles) expect(decodeURIComponent(u.search), r).not.to.contain(n);
    }
    expect(win.location.href).to.equal(start);
    expect(win.location.search).to.equal('?a.perspective=mantelzorger');
    expect(win.sessionStorage.length).to.equal(0);
    expect(win.localStorage.length).to.equal(0);
    expect(win.document.cookie).to.equal('');
    expect(ph.events.length).to.be.above(5);
    const said = JSON.stringify(ph.events);
    // The events carry the screen, the question id (documented) and regeling ids: never a value, a municipality or the link.
    for (const n of [fragment, '2800', '45000', '84', 'GM0772', 'GM0344', 'Eindhoven', 'Utrecht']) expect(said).not.to.contain(n);
    for (const e of ph.events)
      expect(
        Object.keys(e.detail as object).every((k) => ['scherm', 'vraag', 'past', 'misschien'].includes(k)),
        JSON.stringify(e),
      ).to.equal(true);
    expect(nl.overdracht.knop).to.be.a('string');
  });
});
