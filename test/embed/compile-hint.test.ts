/**
 * The flow chunk (the machine, the engine, the question and review screens) carries V8's per-file
 * compile hint as its first line (vite.config.ts, `postBanner`): Chromium then compiles its
 * functions while the chunk streams in, as the start screen is up, instead of on the main thread
 * at the first answers (issue 24). The hint only counts on the very first line. The main chunk has
 * none: it gave the first screen nothing measurable.
 */
import { expect } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';

const HINT = '//# allFunctionsCalledOnLoad';

/** A built file as it is on disk (the test server's own transform of .js files would change it). */
const built = async (name: string) => {
  const text = await readFile({ path: `../../dist/${name}` });
  expect(text, `dist/${name}`).to.be.a('string');
  return text!;
};

describe('the compile hint', () => {
  it('is the first line of the flow chunk, and not in the main chunk', async () => {
    const flow = await built('regelingen-wizard-flow.js');
    expect(flow.split('\n', 1)[0], 'first line of the flow chunk').to.equal(HINT);
    expect(await built('regelingen-wizard.js'), 'main chunk').not.to.contain(HINT);
  });
});
