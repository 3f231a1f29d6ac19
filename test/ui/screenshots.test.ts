/**
 * Screenshots of the start, a question, the summary and the result at 320 px and 1280 px, in
 * screenshots/ (not committed): look at them. The test checks there is no horizontal scroll on
 * any screen of a carer's journey (scenario 1, with a municipality).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import scenario1 from '../../regelingen/scenarios/01-mantelzorger-moeder-dementie.json';
import { mount, picksOf, walkTo } from './helpers.js';

async function shot(name: string, fullPage = true) {
  await executeServerCommand('screenshot', { path: `screenshots/${name}.png`, fullPage });
}

for (const width of [320, 1280]) {
  describe(`at ${width} px`, () => {
    before(() => setViewport({ width, height: 900 }));
    after(() => setViewport({ width: 1280, height: 800 }));

    it('start, question, summary and result fit without horizontal scrolling', async function () {
      // Five screenshots, the result page several thousand px tall at 320 px: slow on a busy machine.
      this.timeout(60000);
      const el = await mount({ gemeente: 'GM0344' });
      const picks = { perspectief: 'mantelzorger', ...picksOf(scenario1.antwoorden) };
      const fits = (where: string) => {
        expect(document.documentElement.scrollWidth, where).to.be.at.most(width);
      };
      await shot(`${width}-1-start`);
      await walkTo(el, 'vragen', picks);
      await shot(`${width}-2-question`);
      await walkTo(el, 'overzicht', picks, (s) => fits(s));
      await shot(`${width}-3-summary`);
      await walkTo(el, 'resultaat', picks);
      await shot(`${width}-4-result`);
      await shot(`${width}-5-result-top`, false);
      fits('resultaat');
    });
  });
}
