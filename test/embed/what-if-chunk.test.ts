/**
 * "Wat als …?" loads on demand (issue 21): its panel and words are in a chunk of their own, and the
 * main chunk still imports nothing (one file before the first screen). A chunk that imports the
 * wrong module made Rolldown split lit and the engine off the main chunk (see worth-loader.ts).
 */
import { expect } from '@open-wc/testing';
import { TEXT } from '../../src/ui/screens/what-if.js';

const body = async (path: string) => {
  const res = await fetch(path, { cache: 'no-store' });
  expect(res.status, path).to.equal(200);
  return res.text();
};

describe('the what-if chunk', () => {
  it('holds the panel; the main chunk has not its words and imports no other file', async () => {
    const main = await body('/dist/regelingen-wizard.js');
    expect(main).not.to.contain(TEXT.nl.verder);
    expect(main.match(/from\s*["']\.\/[^"']+["']/g), 'static imports in the main chunk').to.equal(null);
    expect(await body('/dist/regelingen-wizard-what-if.js')).to.contain(TEXT.nl.verder);
  });
});
