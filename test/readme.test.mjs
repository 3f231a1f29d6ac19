// README.md stays true (node --test, run by CI): its "Where things live" table names every folder
// in git (top level, src/ and test/), and its question counts are those of the last bench run
// (bench/results.json), not typed by hand and left behind.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const root = resolve(import.meta.dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = (title) => {
  const start = readme.indexOf(`### ${title}\n`);
  assert.notEqual(start, -1, `README has a section "${title}"`);
  const end = readme.indexOf('\n### ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
};

test('"Where things live" names every folder in git', () => {
  const files = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
  const folders = new Set();
  for (const f of files) {
    const parts = f.split('/');
    if (parts.length > 1) folders.add(`${parts[0]}/`);
    if (parts.length > 2 && (parts[0] === 'src' || parts[0] === 'test')) folders.add(`${parts[0]}/${parts[1]}/`);
  }
  assert.ok(folders.size > 20, `folders in git: ${[...folders].join(' ')}`);
  const table = section('Where things live');
  // A top-level folder and a folder of src/ lead a row (src/ itself: its folders do); a folder of
  // test/ is named in the test/ row.
  const rows = table.split('\n').filter((l) => l.startsWith('| `'));
  const firstCells = rows.map((l) => l.split('|')[1]);
  const testRow = rows.find((l) => l.startsWith('| `test/` |')) ?? '';
  const missing = [...folders].filter((f) =>
    f.startsWith('test/') && f !== 'test/'
      ? !testRow.includes(`\`${f.slice('test/'.length)}\``)
      : !firstCells.some((c) => c.includes(`\`${f}`)),
  );
  assert.deepEqual(missing, [], 'add these folders to README.md, "Where things live"');
});

test('the question counts are those of bench/results.json', () => {
  const { questions } = JSON.parse(readFileSync(join(root, 'bench/results.json'), 'utf8'));
  const measured = section('Measured');
  const row = measured.split('\n').find((l) => l.startsWith('| questions asked'));
  assert.ok(row, 'a row "questions asked" in Measured');
  assert.match(row, new RegExp(`\\b${questions.asked_mean} on average\\b`));
  assert.match(row, new RegExp(`is ${questions.oracle_mean}\\b`));
  const how = section('How the questions are chosen');
  assert.match(how, new RegExp(`engine asks ${questions.asked_mean} and the fewest possible is ${questions.oracle_mean}\\b`));
});
