/**
 * No size container on the widget's host (issue 24): `container-type: inline-size` on :host made
 * every style recalculation of a large result cost the whole shadow tree (88 % of the result at
 * 10,000 regelingen). The review's rows are plain blocks at every width (a grid in a size
 * container doubled the layout of the step to the review): question, answer, "Wijzig", each
 * under the other and inside the widget, wide or narrow.
 */
import { expect } from '@open-wc/testing';
import { mount, root, walkTo } from './helpers.js';

describe('size containment', () => {
  it('the host is no size container; the review rows stack inside the widget at 800 and 320 px', async () => {
    const el = await mount({ perspective: 'zelf' });
    expect(getComputedStyle(el).containerType).to.equal('normal');
    await walkTo(el, 'overzicht');
    const rows = [...root(el).querySelectorAll<HTMLElement>('.summary-row')];
    expect(rows.length, 'rows on the review').to.be.at.least(3);
    for (const width of ['800px', '320px']) {
      el.style.width = width;
      for (const row of rows) {
        expect(getComputedStyle(row).containerType, 'no size container').to.equal('normal');
        const [dt, answer, change] = [row.querySelector('dt')!, ...row.querySelectorAll('dd')].map((x) => x!.getBoundingClientRect());
        const box = el.getBoundingClientRect();
        expect(answer!.top, `${width}: the answer under the question`).to.be.at.least(dt!.bottom - 0.5);
        expect(change!.top, `${width}: "Wijzig" under the answer`).to.be.at.least(answer!.bottom - 0.5);
        for (const r of [dt!, answer!, change!]) expect(r.right, `${width}: inside the widget`).to.be.at.most(box.right + 0.5);
      }
    }
  });
});
