/**
 * One language's UI strings before the first control (issue 24): the built main chunk carries
 * Dutch only; English is a chunk of its own, loaded when a widget speaks English, and the first
 * screen of such a widget is English from the start.
 */
import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import { nl } from '../../src/i18n/nl.js';
import { heading } from '../ui/helpers.js';
import { closeFrames, openFrame } from './frame.js';

afterEach(closeFrames);

const body = async (path: string) => {
  const res = await fetch(path, { cache: 'no-store' });
  expect(res.status, path).to.equal(200);
  return res.text();
};

describe('UI strings: the active language only', () => {
  it('the main chunk has the Dutch strings and not the English ones; the English chunk has them', async () => {
    const main = await body('/dist/regelingen-wizard.js');
    expect(main).to.contain(nl.start.kop);
    expect(main).to.contain(nl.vraag.volgende);
    expect(main).not.to.contain(en.start.kop);
    expect(main).not.to.contain(en.start.privacy);
    expect(await body('/dist/regelingen-wizard-en.js')).to.contain(en.start.kop);
  });

  it('a widget with lang="en" shows its first screen in English, from the built bundle', async () => {
    const { el } = await openFrame({ src: 'dist', 'a.lang': 'en' });
    expect(heading(el)).to.equal(en.start.kop);
    expect(el.shadowRoot!.querySelector('.wizard')!.getAttribute('lang')).to.equal('en');
  });

  it('a widget with lang="nl" shows Dutch and switches to English live', async () => {
    const { el } = await openFrame({ src: 'dist' });
    expect(heading(el)).to.equal(nl.start.kop);
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(heading(el)).to.equal(en.start.kop);
    expect(el.shadowRoot!.querySelector('.wizard')!.getAttribute('lang')).to.equal('en');
  });
});
