/**
 * "Uw eerste stappen" (issue 22): the result opens with a short summary; the rest is grouped per
 * counter and collapsed. The money-worries first view stays within 2,700 px at 1280×900 and
 * 600 words.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { MONEY_WORRIES, resultAt } from './result-measure.js';

describe('the money-worries result, first view', () => {
  after(() => setViewport({ width: 1280, height: 800 }));
  for (const { naam, s } of MONEY_WORRIES) {
    it(`${naam}: at most 2,700 px tall at 1280×900 and at most 600 words`, async function () {
      this.timeout(60000);
      const { m } = await resultAt(s);
      const { m: phone } = await resultAt(s, 320, 640);
      console.log(
        `[measure] ${naam}: ${m.height} px at 1280×900, ${phone.height} px at 320, ${m.words} words, ${m.long.length} long sentences`,
      );
      expect(m.height).to.be.at.most(2700);
      expect(m.words).to.be.at.most(600);
    });
  }
});
