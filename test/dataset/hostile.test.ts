/**
 * Hostile and random data against the validator the widget uses for URL data (issue 14): never a
 * crash or a hang, always either a dataset the engine can walk or precise errors (file, path,
 * message). fast-check mutates the real dataset (any node replaced by any JSON value or a hostile
 * string); fixed cases cover javascript:/data: in every URL field, 100k-character texts, 10,000
 * options, 5,000 regelingen, duplicate and unknown ids, a cycle and deep nesting.
 * (HTML, script and template markers in every text, rendered by the widget: test/embed/privacy.test.ts.)
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DEFAULT_FILES } from '../../src/dataset/default-dataset.js';
import type { DatasetFiles } from '../../src/dataset/merge.js';
import { validateDataset } from '../../src/dataset/validate.js';
import { walk } from '../../src/engine/walk.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const base = () => structuredClone(DEFAULT_FILES) as unknown as Record<string, Json>;
interface Reg {
  id: string;
  loket: string;
  voorwaarden: unknown;
}
/** The regelingen of the first regelingen file, typed for the fixed cases. */
const regs = (files: unknown) => (Object.values((files as DatasetFiles).regelingen)[0] as { regelingen: Reg[] }).regelingen;
const MARKERS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '${alert(1)}',
  '{{constructor.constructor("alert(1)")()}}',
  '<!--',
  '\u0000',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
];

/** Every path to a node of the JSON tree. */
function paths(v: Json, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}
function set(root: Json, at: (string | number)[], value: Json): void {
  let node = root as Record<string | number, Json> | null;
  // An earlier mutation may have replaced a parent by null or a scalar: nothing left to replace there.
  for (const k of at.slice(0, -1)) {
    if (!node || typeof node !== 'object') return;
    node = node[k] as Record<string | number, Json> | null;
  }
  if (node && typeof node === 'object') node[at.at(-1)!] = value;
}

/**
 * Validate; a result is either a walkable dataset or precise errors. Returns the errors.
 * (How long the large cases take is measured by `npm run bench`, bench/checks.bench.ts: no clock here.)
 */
function check(files: unknown): { path: string; message: string }[] {
  const report = validateDataset(files as DatasetFiles);
  const errors = report.problems.filter((p) => p.level === 'fout');
  for (const p of errors) {
    expect(p.file).to.be.a('string');
    expect(p.message).to.be.a('string').and.not.equal('');
  }
  if (!errors.length) {
    expect(report.value).to.be.an('object');
    for (const perspectief of ['zelf', 'mantelzorger'] as const) walk(report.value!, {}, { perspectief });
  }
  return errors as { path: string; message: string }[];
}

describe('random datasets (fast-check)', () => {
  const all = paths(base());
  let runs = 0;

  it('any node of the real dataset replaced by any JSON value or a hostile string: errors or a working dataset', () => {
    const value = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
      fc.constantFrom<Json>(...MARKERS),
      fc.string({ maxLength: 40 }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: all.length - 1 }), value, fc.integer({ min: 1, max: 3 }), (i, v, n) => {
        runs++;
        const files = base();
        for (let k = 0; k < n; k++) set(files, all[(i * (k + 1)) % all.length || 1]!, v);
        check(files);
      }),
      { numRuns: 100 },
    );
    // The counterexample CI found (seed 429894491): a parent replaced by null before its child.
    fc.assert(
      fc.property(fc.constant(3), fc.constant<Json>(null), fc.constant(2), (i, v, n) => {
        const files = base();
        for (let k = 0; k < n; k++) set(files, all[(i * (k + 1)) % all.length || 1]!, v);
        check(files);
      }),
    );
    console.log(`hostile: ${runs} random datasets validated`);
  });
});

describe('hostile datasets', () => {
  it('javascript: and data: in every URL field: an error at each one', () => {
    for (const bad of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>']) {
      const files = base();
      const urls = paths(files).filter((p) => ['bron', 'website', 'url'].includes(String(p.at(-1))));
      expect(urls.length).to.be.greaterThan(100);
      for (const p of urls) set(files, p, bad);
      const errors = check(files);
      const flagged = new Set(errors.map((e) => e.path));
      const missed = urls
        .map((p) => p.slice(p[0] === 'regelingen' ? 2 : 1))
        .filter(
          (p) =>
            ![...flagged].some((f) =>
              f.endsWith(
                p
                  .map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`))
                  .join('')
                  .replace(/^\./, ''),
              ),
            ),
        );
      expect(missed, `${bad}: URL fields without an error`).to.deep.equal([]);
    }
  });

  it('HTML, script and template markers in every text are accepted as text or refused, never a crash', () => {
    for (const marker of MARKERS) {
      const files = base();
      for (const p of paths(files)) {
        if (['nl', 'en'].includes(String(p.at(-1)))) set(files, p, `${marker} tekst`);
      }
      check(files);
    }
  });

  it('100,000-character strings in every text', () => {
    const files = base();
    const long = 'a'.repeat(100_000);
    for (const p of paths(files)) if (['nl', 'en'].includes(String(p.at(-1)))) set(files, p, long);
    check(files);
  });

  it('10,000 options on a choice question', () => {
    const files = base() as { 'vragen.json': { vragen: { type: string; opties?: unknown[] }[] } } & Record<string, Json>;
    const choice = files['vragen.json'].vragen.find((x) => x.type === 'keuze')!;
    choice.opties = Array.from({ length: 10_000 }, (_, i) => ({ waarde: `o${i}`, tekst: { nl: `Optie ${i}`, en: `Option ${i}` } }));
    check(files);
  });

  it('5,000 regelingen', () => {
    const files = base() as unknown as DatasetFiles;
    const one = regs(files)[0]!;
    files.regelingen['veel.json'] = { regelingen: Array.from({ length: 5000 }, (_, i) => ({ ...one, id: `veel-${i}` })) } as never;
    check(files);
  });

  it('duplicate and unknown ids', () => {
    const files = base() as unknown as DatasetFiles;
    const [a, b] = regs(files);
    b!.id = a!.id;
    a!.loket = 'bestaat-niet';
    const errors = check(files);
    expect(errors.some((e) => /bestaat-niet/.test(e.message))).to.equal(true);
    expect(errors.some((e) => new RegExp(a!.id).test(e.message))).to.equal(true);
  });

  it('a derived fact that depends on itself (a cycle)', () => {
    const files = base() as unknown as { 'vragen.json': { afgeleid: { id: string; deel: string }[] } };
    const x = files['vragen.json'].afgeleid[0]!;
    x.deel = x.id;
    expect(check(files).length).to.be.greaterThan(0);
  });

  it('conditions nested 10,000 deep: an error, not a stack overflow', () => {
    const files = base() as unknown as DatasetFiles;
    let c: unknown = { feit: 'persoon.leeftijd', minstens: 18 };
    for (let i = 0; i < 10_000; i++) c = { niet: c };
    regs(files)[0]!.voorwaarden = c;
    const errors = check(files);
    expect(errors.some((e) => /diep|deep|nesting/i.test(e.message))).to.equal(true);
  });
});
