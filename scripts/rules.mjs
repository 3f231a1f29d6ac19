// `npm run rules`: write the README's rule list (between `<!-- rules:start -->` and
// `<!-- rules:end -->`) from the rule catalogue, src/dataset/rules.ts with rule-docs.ts.
// `npm run rules -- --check`: change nothing; exit 1 when the README's list differs.
// (test/dataset/rules.test.ts checks the same in the test suite.)
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'rw-rules-'));
let ruleTable;
try {
  const out = join(dir, 'rules.mjs');
  await build({
    entryPoints: [join(root, 'src/dataset/rule-docs.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: out,
    logLevel: 'error',
  });
  ({ ruleTable } = await import(pathToFileURL(out).href));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const file = join(root, 'README.md');
const readme = readFileSync(file, 'utf8');
const section = /(<!-- rules:start -->\n)[\s\S]*?(<!-- rules:end -->)/;
if (!section.test(readme)) {
  console.error('README.md has no <!-- rules:start --> ... <!-- rules:end --> section.');
  process.exit(2);
}
const next = readme.replace(section, (_, a, b) => `${a}${ruleTable()}\n${b}`);
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error("README.md's rule list differs from src/dataset/rules.ts: run `npm run rules`.");
    process.exit(1);
  }
  console.log("README.md's rule list matches the catalogue.");
} else if (next !== readme) {
  writeFileSync(file, next);
  console.log('README.md: rule list written.');
} else console.log('README.md: rule list already up to date.');
