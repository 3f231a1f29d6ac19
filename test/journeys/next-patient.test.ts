/**
 * Issue 12, "Volgende patiënt": in a GP's consult one action clears everything for the next
 * patient: nothing of the previous journey remains in the DOM, the machine state or storage.
 */
import { expect } from '@open-wc/testing';
import scenario20 from '../../regelingen/scenarios/20-huisarts-psychisch-schulden.json';
import { counterNames, mount, nl, picksOf, root, scherm, text, until, walkTo } from '../ui/helpers.js';
import { choose, picker, submitChoice } from './picker.js';

const realPrint = window.print;
afterEach(() => {
  window.print = realPrint;
  sessionStorage.clear();
});

describe('next patient', () => {
  it('clears the answers, the chosen municipality, the handout, the link and the stored answers', async () => {
    window.print = () => {};
    const el = await mount({ mode: 'professional', persist: '' });
    await walkTo(el, 'resultaat', picksOf(scenario20.antwoorden));
    const p = await picker(el, 'zelf');
    await choose(p, 'utrecht', 'Utrecht');
    await submitChoice(el, picksOf(scenario20.antwoorden));
    await until(el, () => text(el).includes('14 030'));
    root(el).querySelector<HTMLButtonElement>('[data-afdrukken]')!.click();
    await until(el, () => !!root(el).querySelector('.handout'));
    root(el).querySelector<HTMLButtonElement>('[data-overdracht]')!.click();
    await until(el, () => !!root(el).querySelector('.handover-link'));
    const shown = counterNames(el);
    expect(shown.length).to.be.above(2);
    expect(sessionStorage.length, 'persist stored the answers').to.be.above(0);

    const next = root(el).querySelector<HTMLButtonElement>('[data-volgende]')!;
    expect(next.textContent!.trim()).to.equal(nl.volgendePatient);
    next.click();
    await until(el, () => scherm(el) === 'start');

    // DOM: nothing of the previous patient.
    const dom = root(el).innerHTML;
    for (const s of [...shown, '14 030', 'Utrecht', 'rw1.', 'handout', 'overdracht', 'gemeentekiezer']) expect(dom, s).not.to.contain(s);
    expect(root(el).querySelector('.crisis-now')).to.equal(null);
    // Machine state: no answers, municipality, outcome or path; the dataset is the page's own again.
    const c = el.snapshot!.context;
    expect(c.answers).to.deep.equal({});
    expect(c.keuze).to.deep.equal({});
    expect(c.uitkomst).to.equal(undefined);
    expect(c.walk).to.equal(undefined);
    expect(c.crisis).to.deep.equal([]);
    expect(c.dataset!.gemeente).to.equal(undefined);
    expect(c.perspectief).to.equal('professional');
    // Storage: nothing kept.
    expect(sessionStorage.length).to.equal(0);
    expect(localStorage.length).to.equal(0);
    // The next patient starts from the start screen with focus on its heading.
    await until(el, () => root(el).activeElement?.hasAttribute('data-heading') ?? false);
  });

  it('is offered only in the professional mode', async () => {
    const el = await mount({ perspective: 'zelf' });
    await walkTo(el, 'resultaat', {});
    expect(root(el).querySelector('[data-volgende]')).to.equal(null);
  });
});
