/**
 * WCAG 1.4.10 Reflow: no screen of a carer's journey (scenario 1, with a municipality) scrolls
 * sideways at 320 px, nor at 1280 px. Pictures of these screens: npm run screenshots.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import scenario1 from '../../regelingen/scenarios/01-mantelzorger-moeder-dementie.json';
import { mount, picksOf, walkTo } from './helpers.js';

for (const width of [320, 1280]) {
  describe(`at ${width} px`, () => {
    before(() => setViewport({ width, height: 900 }));
    after(() => setViewport({ width: 1280, height: 800 }));

    it('start, question, summary and result fit without horizontal scrolling', async () => {
      const el = await mount({ gemeente: 'GM0344' });
      const picks = { perspectief: 'mantelzorger', ...picksOf(scenario1.antwoorden) };
      const seen = new Set<string>();
      await walkTo(el, 'resultaat', picks, (s) => {
        seen.add(s);
        expect(document.documentElement.scrollWidth, s).to.be.at.most(width);
      });
      expect([...seen]).to.deep.equal(['start', 'vragen', 'overzicht', 'resultaat']);
    });
  });
}
