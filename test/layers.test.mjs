// node --test test/layers.test.mjs: the layer check of scripts/layers.mjs (CI runs both).
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { analyse, importsOf } from '../scripts/layers.mjs';

test('finds value, type-only, side-effect and dynamic imports, not those in comments or strings', () => {
  const found = importsOf(`// import { x } from './commented.js';
/* import './block.js' */
import { a } from './a.js';
import type { B } from './b.js';
import { type C, type D } from './c.js';
import {
  e,
  type F,
} from './e.js';
import './side.js';
export { g } from './g.js';
export type { H } from './h.js';
const glob = '**/*.json'; const re = /import\\('nope'\\)/;
const s = "import { z } from './string.js'";
type M = typeof import('./m.js');
const n = await import('./n.js');
`);
  assert.deepEqual(
    found.map((f) => [f.spec, f.kind]).sort(),
    [
      ['./a.js', 'value'],
      ['./b.js', 'type'],
      ['./c.js', 'type'],
      ['./e.js', 'value'],
      ['./g.js', 'value'],
      ['./h.js', 'type'],
      ['./m.js', 'dynamic-type'],
      ['./n.js', 'dynamic'],
      ['./side.js', 'value'],
    ].sort(),
  );
  assert.equal(found.find((f) => f.spec === './a.js').line, 3);
});

function tree(files) {
  const root = mkdtempSync(join(tmpdir(), 'layers-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

test('an import down a layer passes', () => {
  const root = tree({ 'src/engine/a.ts': "import type { X } from '../dataset/x.js';\n", 'src/dataset/x.ts': 'export type X = 1;\n' });
  assert.deepEqual(analyse(root).problems, []);
  rmSync(root, { recursive: true });
});

test('an import back up a layer fails, type-only and dynamic too', () => {
  const root = tree({
    'src/dataset/x.ts': "import type { A } from '../engine/a.js';\nconst b = () => import('../ui/b.js');\n",
    'src/engine/a.ts': 'export type A = 1;\n',
    'src/ui/b.ts': 'export const b = 1;\n',
  });
  const { problems } = analyse(root);
  assert.equal(problems.length, 2);
  assert.match(problems[0], /dataset \(layer 1\) imports engine \(layer 2, type\)/);
  assert.match(problems[1], /imports ui \(layer 5, dynamic\)/);
  rmSync(root, { recursive: true });
});

test('an import sideways within a layer and a cycle between files fail', () => {
  const root = tree({
    'src/flow/a.ts': "import { t } from '../tooling/t.js';\n",
    'src/tooling/t.ts': 'export const t = 1;\n',
    'src/engine/p.ts': "import type { Q } from './q.js';\nexport type P = 1;\n",
    'src/engine/q.ts': "import type { P } from './p.js';\nexport type Q = 1;\n",
  });
  const { problems } = analyse(root);
  assert.equal(problems.length, 2);
  assert.match(problems[0], /flow \(layer 4\) imports tooling \(layer 4/);
  assert.match(problems[1], /^cycle: engine\/(p|q)\.ts → engine\/(q|p)\.ts → /);
  rmSync(root, { recursive: true });
});

test('this repository: no import back up a layer, no cycle', () => {
  assert.deepEqual(analyse().problems, []);
});
