/**
 * Issue 20, through the built widget as a person clicks: a Wmo result says what the help costs
 * and gives the CAK's number; a mother living with her parents is asked about her children; a
 * man with his own addiction gets the huisarts, not the report line for someone else.
 */
import { expect } from '@open-wc/testing';
import scenario13 from '../../regelingen/scenarios/13-professional-wlz.json';
import scenario90 from '../../regelingen/scenarios/90-moeder-met-kinderen-bij-haar-ouders.json';
import scenario92 from '../../regelingen/scenarios/92-kind-24-uurs-zorg-wlz-eerst.json';
import scenario93 from '../../regelingen/scenarios/93-eigen-gokverslaving.json';
import scenario96 from '../../regelingen/scenarios/96-jonge-mantelzorger-16.json';
import { mount, openAll, picksOf, root, text, walkTo } from '../ui/helpers.js';

const article = (el: HTMLElement & { shadowRoot: ShadowRoot | null }, naam: string) =>
  [...root(el as never).querySelectorAll('article.regeling')].find((a) => a.querySelector('h3, h4, h5')?.textContent?.includes(naam));

describe('issue 20: real lives, by clicking', () => {
  it('a Wmo result tells the eigen bijdrage and the CAK number, as information (not as a regeling that fits)', async () => {
    const el = await mount({ mode: 'professional' });
    await walkTo(el, 'resultaat', { ...picksOf(scenario13.antwoorden), perspectief: 'professional' });
    // The counters are collapsed: open them all, as a person would.
    await openAll(el);
    const dag = article(el, 'Dagbesteding');
    expect(dag, 'Wmo-dagbesteding staat in de uitslag').to.not.equal(undefined);
    const kosten = dag!.querySelector('.kosten')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(kosten).to.contain('abonnementstarief');
    expect(kosten).to.contain('CAK');
    expect(kosten).to.contain('0800 1925');
    expect(text(el)).to.not.contain('Eigen bijdrage Wmo: past');
  });

  // Whether she receives the kinderbijslag herself is not said (a single parent is asked since panel
  // round 7: the other parent may receive it), so it shows as fitting or "misschien", never as past niet.
  it('a mother living with her parents is asked about her own children, and kinderbijslag shows', async () => {
    const el = await mount();
    const asked = await walkTo(el, 'resultaat', picksOf(scenario90.antwoorden));
    // The counters are collapsed: open them all, as a person would.
    await openAll(el);
    expect(asked).to.include('persoon.kinderen');
    const kb = article(el, 'Kinderbijslag');
    const tag = kb?.querySelector('.tag')?.classList;
    expect(tag?.contains('past') || tag?.contains('misschien'), tag?.value).to.equal(true);
    const crossed = [...(kb?.querySelectorAll('.criteria li') ?? [])].map((li) => li.textContent ?? '').filter((t) => t.includes('✗'));
    expect(crossed.join(' | ')).to.not.contain('Kinderen in het huishouden');
  });

  it('own gambling addiction: the huisarts and Cruks, and no report line for someone else', async () => {
    const el = await mount();
    await walkTo(el, 'resultaat', picksOf(scenario93.antwoorden));
    // The counters are collapsed: open them all, as a person would.
    await openAll(el);
    expect(text(el)).to.contain('Cruks');
    expect(text(el)).to.contain('huisarts');
    expect(text(el)).to.not.contain('Meldpunt Zorgwekkend Gedrag');
  });

  it('a child who needs care day and night: youth care says the Wlz goes first once the CIZ decides, pgb Wlz is not past niet', async () => {
    const el = await mount();
    await walkTo(el, 'resultaat', { ...picksOf(scenario92.antwoorden), perspectief: 'mantelzorger' });
    // The counters are collapsed: open them all, as a person would.
    await openAll(el);
    const card = (id: string) => root(el).querySelector(`article.regeling[data-regeling="${id}"]`);
    const jeugd = card('jeugdhulp-via-verwijzing');
    expect(jeugd?.querySelector('.tag')?.classList.contains('misschien')).to.equal(true);
    expect(jeugd?.textContent).to.contain('Tot het CIZ beslist');
    expect(card('pgb-wlz')?.querySelector('.tag')?.classList.contains('past-niet')).to.equal(false);
    expect(card('pgb-wlz')?.textContent).to.contain('Eerst beslist het CIZ');
  });

  it('a carer of 16 is asked her own age and gets help meant for young carers', async () => {
    const el = await mount();
    const asked = await walkTo(el, 'resultaat', { ...picksOf(scenario96.antwoorden), perspectief: 'mantelzorger' });
    // The counters are collapsed: open them all, as a person would.
    await openAll(el);
    expect(asked).to.include('mantelzorger.leeftijd');
    const card = root(el).querySelector('article.regeling[data-regeling="jonge-mantelzorger"]');
    expect(card?.querySelector('.tag')?.classList.contains('past')).to.equal(true);
    expect(card?.textContent).to.contain('Kindertelefoon');
  });
});
