/**
 * Screenshots of the start, a question, the summary and the result at 320 px and 1280 px, in
 * screenshots/ (not committed): look at them. The test checks there is no horizontal scroll.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { heading, mount, next, root, until } from './helpers.js';

async function shot(name: string, fullPage = true) {
  await executeServerCommand('screenshot', { path: `screenshots/${name}.png`, fullPage });
}

for (const width of [320, 1280]) {
  describe(`at ${width} px`, () => {
    before(() => setViewport({ width, height: 900 }));
    after(() => setViewport({ width: 1280, height: 800 }));
    afterEach(() => document.querySelectorAll('regelingen-wizard').forEach((e) => e.remove()));

    it('start, question, summary and result fit without horizontal scrolling', async function () {
      // Five screenshots, the result page about 10,000 px tall at 320 px: slow on a busy machine.
      this.timeout(30000);
      const el = await mount({ gemeente: 'GM0344' });
      await shot(`${width}-1-start`);
      [...root(el).querySelectorAll<HTMLInputElement>('input[name="perspectief"]')].find((r) => r.value === 'mantelzorger')!.click();
      await next(el);
      const answers: Record<string, string> = { 'Hoe oud': '84' };
      let shotQuestion = false;
      for (let i = 0; i < 30 && !heading(el).startsWith('Controleer'); i++) {
        const field = root(el).querySelector<HTMLInputElement>('input[name="waarde"]');
        if (field) field.value = Object.entries(answers).find(([k]) => heading(el).includes(k))?.[1] ?? '1500';
        else {
          const choices = [...root(el).querySelectorAll<HTMLInputElement>('input[name="antwoord"]')];
          (choices.find((c) => c.value === 'geheugen') ?? choices.find((c) => c.value === 'ja') ?? choices.at(-1)!).click();
          if (!shotQuestion && choices.length > 3) { shotQuestion = true; await shot(`${width}-2-question`); }
        }
        expect(document.documentElement.scrollWidth, heading(el)).to.be.at.most(width);
        await next(el);
      }
      await shot(`${width}-3-summary`);
      expect(document.documentElement.scrollWidth).to.be.at.most(width);
      root(el).querySelector<HTMLButtonElement>('button.primary')!.click();
      await until(el, () => heading(el) === 'Dit kunt u doen');
      await shot(`${width}-4-result`);
      await shot(`${width}-5-result-top`, false);
      expect(document.documentElement.scrollWidth).to.be.at.most(width);
    });
  });
}
