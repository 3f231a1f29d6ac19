/**
 * No size container on the widget's host (issue 24): `container-type: inline-size` on :host made
 * every style recalculation of a large result cost the whole shadow tree (88 % of the result at
 * 10,000 regelingen). The review's rows still stack on a narrow widget: their list is the container.
 */
import { expect } from '@open-wc/testing';
import { mount, root, walkTo } from './helpers.js';

const columns = (el: Element) => getComputedStyle(el).gridTemplateColumns.split(' ').length;

describe('size containment', () => {
  it('the host is no size container; the review list is', async () => {
    const el = await mount({ perspective: 'zelf' });
    expect(getComputedStyle(el).containerType).to.equal('normal');
    await walkTo(el, 'overzicht');
    expect(getComputedStyle(root(el).querySelector('.summary')!).containerType).to.equal('inline-size');
    const row = root(el).querySelector('.summary-row')!;
    el.style.width = '800px';
    expect(columns(row)).to.equal(3);
    el.style.width = '320px';
    expect(columns(row)).to.equal(1);
  });
});
