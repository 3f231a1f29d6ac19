/**
 * docs/toegankelijkheid.md stays true: every WCAG 2.2 A and AA success criterion has a row, and
 * every test file it names exists.
 */
import { expect } from '@open-wc/testing';

// WCAG 2.2, levels A and AA (4.1.1 Parsing is obsolete in 2.2 and listed as such).
const CRITERIA = `1.1.1 1.2.1 1.2.2 1.2.3 1.2.4 1.2.5 1.3.1 1.3.2 1.3.3 1.3.4 1.3.5 1.4.1 1.4.2 1.4.3 1.4.4 1.4.5
  1.4.10 1.4.11 1.4.12 1.4.13 2.1.1 2.1.2 2.1.4 2.2.1 2.2.2 2.3.1 2.4.1 2.4.2 2.4.3 2.4.4 2.4.5 2.4.6 2.4.7
  2.4.11 2.5.1 2.5.2 2.5.3 2.5.4 2.5.7 2.5.8 3.1.1 3.1.2 3.2.1 3.2.2 3.2.3 3.2.4 3.2.6 3.3.1 3.3.2 3.3.3
  3.3.4 3.3.7 3.3.8 4.1.2 4.1.3`.split(/\s+/);

let doc = '';
before(async () => {
  doc = await (await fetch('/docs/toegankelijkheid.md')).text();
});

describe('docs/toegankelijkheid.md', () => {
  it('has one row per WCAG 2.2 A/AA success criterion, each with a status', () => {
    expect(CRITERIA).to.have.length(55);
    const rows = doc.split('\n').filter((l) => /^\| \d\.\d+\.\d+ /.test(l));
    const ids = rows.map((l) => l.split(' ')[1]);
    expect(ids.filter((id) => id !== '4.1.1')).to.deep.equal(CRITERIA);
    for (const row of rows.filter((l) => !l.startsWith('| 4.1.1'))) {
      expect(row.split('|').at(-2)!.trim(), row.slice(0, 40)).to.match(/^(Voldoet|Hostpagina|N\.v\.t\.)/);
    }
  });

  it('names only test files that exist', async () => {
    const files = [
      ...new Set([...doc.matchAll(/`((?:ui|embed|flow|themes|package|engine|dataset)\/[\w.-]+\.test\.ts)`/g)].map((m) => m[1]!)),
    ];
    expect(files.length).to.be.at.least(8);
    for (const f of files) expect((await fetch(`/test/${f}`)).status, f).to.equal(200);
  });
});
