// `npm run validate -- <file, folder or URL> ...`: check a dataset or a municipal overlay with the
// same code the widget uses (src/dataset/validate.ts). Every problem in one pass, with file,
// line:column, field, what was found and expected, and how to fix it, in Dutch and English.
// Exit 0 when there is no error (warnings are printed), 1 on errors, 2 when it cannot run.
//
//   npm run validate                                  the project's dataset, its overlays and scenarios
//                                                     (every scenario is run: one that does not hold is an error)
//   npm run validate -- regelingen                    the same, for any dataset folder
//   npm run validate -- mijn-overlay.json --gemeente GM0344
//   npm run validate -- https://www.gemeente.nl/regelingenwijzer/GM0344.json
//   npm run validate -- dist/regelingen.json          a dataset as one file (dataset-url)
//
// Options: --gemeente GMxxxx (the page's municipality: an overlay for another is an error),
// --dataset <folder, file or URL> (the national dataset an overlay is checked against; default
// the project's regelingen/), --datum JJJJ-MM-DD (the check date for the figures that run out:
// a warning for each figure that ends within 60 days of it; default today), --json (the problems
// as JSON), --quiet (no warnings).
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { esbuildImportGlob } from './dataset-files.mjs';
import { isLink, jsonFiles, readDatasetFolder, readLocal } from './dataset-folder.mjs';

const root = resolve(import.meta.dirname, '..');
/** How messages name a folder: relative to where the command runs, or absolute when outside it. */
const shortName = (dir) => {
  const rel = relative(process.cwd(), dir);
  return `${rel && !rel.startsWith('..') ? rel : rel === '' ? '.' : dir}/`;
};

/** Bundle src/dataset/validate.ts (and what it uses) for node, once per run. */
export async function loadValidator() {
  const dir = mkdtempSync(join(tmpdir(), 'rw-validate-'));
  const out = join(dir, 'validate.mjs');
  try {
    await build({
      stdin: {
        contents:
          "export * from './src/dataset/validate.ts'; export * from './src/dataset/problems.ts'; export { parseJson as parseJsonText } from './src/dataset/json-text.ts'; export { combine } from './src/dataset/merge.ts'; export { runScenario } from './src/tooling/run-scenario.ts'; export { rolloverProblems } from './src/dataset/figure-checks.ts'; export { found } from './src/dataset/rules.ts'; export { jsonProblem } from './src/dataset/read-problems.ts';",
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile: out,
      logLevel: 'error',
      plugins: [esbuildImportGlob()],
    });
    return await import(pathToFileURL(out).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const isUrl = (s) => /^https?:\/\//i.test(s);

/**
 * The text of a file or URL, or why it cannot be read: `error` is "nl / en" for a local file
 * (dataset-folder.mjs), the reason (an HTTP status, a network error code) for a URL.
 */
async function readSource(where, folder) {
  if (isUrl(where)) {
    try {
      const res = await fetch(where, { signal: AbortSignal.timeout(15000) });
      if (!res.ok) return { error: `HTTP ${res.status}` };
      return { text: await res.text(), cors: res.headers.get('access-control-allow-origin') };
    } catch (e) {
      return { error: e.cause?.code ?? e.message };
    }
  }
  return readLocal(where, folder);
}

/** A file or URL that could not be read, as a problem (rule `bereikbaar` for a URL, `bestand` for a file). */
function unreadable(v, file, where, error) {
  if (isUrl(where)) return { file, path: '', ...v.found('bereikbaar', { reason: error }) };
  const [nl, en] = error.split(' / ');
  return { file, path: '', ...v.found('bestand', { reason: { nl, en: en ?? nl } }) };
}

function parse(v, file, text) {
  const r = v.parseJsonText(text);
  return r.ok ? { raw: r.value } : { problem: v.jsonProblem(file, r) };
}

/** A dataset folder (with vragen.json) read into DatasetFiles, with the texts for line:column. */
function readFolder(v, dir, label) {
  const problems = [];
  const texts = {};
  const read = (rel) => {
    const file = join(dir, rel);
    const src = existsSync(file) || isLink(file) ? readLocal(file, dir) : { error: 'bestand ontbreekt / file is missing' };
    if (src.error) {
      problems.push(unreadable(v, `${label}${rel}`, file, src.error));
      return undefined;
    }
    const text = src.text;
    texts[rel] = text;
    const p = parse(v, `${label}${rel}`, text);
    if (p.problem) {
      problems.push(p.problem);
      delete texts[rel];
    }
    return p.raw;
  };
  return { files: readDatasetFolder(dir, read), texts, problems };
}

function kindOf(raw) {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return 'onbekend';
  if ('vragen.json' in raw) return 'dataset';
  if ('gemeente' in raw) return 'overlay';
  if ('antwoorden' in raw) return 'scenario';
  if ('regelingen' in raw || 'vragen' in raw || 'cijfers' in raw || 'loketten' in raw) return 'deel';
  return 'onbekend';
}

/** The national dataset to check overlays and scenarios against. */
async function national(v, where, out) {
  if (isUrl(where) || (existsSync(where) && statSync(where).isFile())) {
    const src = await readSource(where);
    if (src.error) {
      out.push(unreadable(v, where, where, src.error));
      return undefined;
    }
    const p = parse(v, where, src.text);
    if (p.problem) {
      out.push(p.problem);
      return undefined;
    }
    const r = v.validateDataset(p.raw, { bundle: src.text, name: (f) => `${where} › ${f}` });
    out.push(...v.errorsOf(r.problems));
    return r.value && { ds: r.value, at: r.at };
  }
  const label = shortName(resolve(where));
  const f = readFolder(v, where, label);
  const r = v.validateDataset(f.files, { texts: f.texts, name: (x) => `${label}${x}` });
  out.push(...f.problems, ...v.errorsOf(r.problems));
  return r.value && { ds: r.value, at: r.at };
}

/** Today in the Netherlands, JJJJ-MM-DD. */
export const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());

/** The figures that run out within 60 days of the check date (warnings), with line:column where the text is known. */
function rollover(v, ds, at, datum, texts = {}) {
  return v.withPositions(v.rolloverProblems(ds, at, datum), texts);
}

/** Every check of a scenario that does not hold, as an error at its field. */
function scenarioFailures(v, ds, scenario, file, text) {
  const run = v.runScenario(ds, scenario);
  return v.withPositions(
    run.failures.map((f) => v.problem({ file, path: f.pad, ...v.found('scenario', { failure: f }) })),
    { [file]: text },
  );
}

export async function validateTargets(v, targets, opts) {
  const datum = opts.datum ?? today();
  const problems = [];
  const checked = [];
  let base; // the national dataset, read once when an overlay or scenario needs it
  const baseFor = async () => {
    if (base === undefined) {
      const own = [];
      base = (await national(v, opts.dataset, own)) ?? null;
      if (!base) problems.push(...own);
    }
    return base;
  };
  const overlays = new Map();
  const checkOverlay = async (file, raw, text) => {
    const b = await baseFor();
    if (!b) return;
    const r = v.validateOverlay(raw, b.ds, { file, text, gemeente: opts.gemeente, baseAt: b.at });
    problems.push(...r.problems);
    if (r.overlay) overlays.set(r.overlay.gemeente, r.overlay);
    if (r.value && r.overlay) {
      // the overlay's own figures that run out
      const own = new Map((r.overlay.cijfers ?? []).map((f, i) => [f.id, `cijfers[${i}]`]));
      const local = new Set(r.value.cijfers.filter((f) => own.has(f.id)));
      const found = rollover(v, { ...r.value, cijfers: [...local] }, (f) => ({ file, path: own.get(f.id) }), datum, { [file]: text });
      problems.push(...found);
    }
    checked.push(`${file} (overlay)`);
  };
  const checkScenario = async (file, raw, text) => {
    const b = await baseFor();
    if (!b) return;
    const code = raw && typeof raw === 'object' ? raw.gemeente : undefined;
    let ds = b.ds;
    if (code && overlays.has(code)) {
      try {
        ds = v.combine(ds, overlays.get(code));
      } catch {
        /* reported with the overlay */
      }
    }
    const r = v.validateScenario(raw, ds, file, text);
    problems.push(...r.problems);
    if (r.value) problems.push(...scenarioFailures(v, ds, r.value, file, text));
    checked.push(`${file} (scenario)`);
  };

  /** index in targets → the folder a target was found in (it is read only as a file inside it) */
  const inFolder = new Map();
  for (const [index, target] of targets.entries()) {
    const folder = inFolder.get(index);
    if (!folder && !isUrl(target) && existsSync(target) && statSync(target).isDirectory()) {
      const dir = resolve(target);
      const label = shortName(dir);
      if (existsSync(join(dir, 'vragen.json'))) {
        const f = readFolder(v, dir, label);
        const r = v.validateDataset(f.files, { texts: f.texts, name: (x) => `${label}${x}` });
        problems.push(...f.problems, ...r.problems);
        if (r.value) problems.push(...rollover(v, r.value, r.at, datum, { [`${label}cijfers.json`]: f.texts['cijfers.json'] }));
        checked.push(`${label} (dataset: ${Object.keys(f.files.regelingen).length} regelingen-bestanden)`);
        // the folder's overlays and scenarios run against the folder's own dataset (not at all when it has errors)
        const other = base;
        base = r.value ? { ds: r.value, at: r.at } : null;
        for (const sub of ['gemeenten', 'scenarios']) {
          for (const name of jsonFiles(dir, sub)) {
            const file = `${label}${sub}/${name}`;
            const src = await readSource(join(dir, sub, name), dir);
            if (src.error) {
              problems.push(unreadable(v, file, join(dir, sub, name), src.error));
              continue;
            }
            const p = parse(v, file, src.text);
            if (p.problem) {
              problems.push(p.problem);
              continue;
            }
            if (sub === 'gemeenten') await checkOverlay(file, p.raw, src.text);
            else await checkScenario(file, p.raw, src.text);
          }
        }
        if (resolve(opts.dataset) !== dir) base = other;
      } else {
        // the .json files in it, never a folder or a link out of it (a link loop named x.json must not recurse)
        for (const name of jsonFiles(dir, '.')) inFolder.set(targets.push(join(target, name)) - 1, dir);
      }
      continue;
    }
    const file = isUrl(target) ? target : shortName(resolve(target)).slice(0, -1);
    const src = await readSource(target, folder);
    if (src.error) {
      problems.push(unreadable(v, file, target, src.error));
      continue;
    }
    const p = parse(v, file, src.text);
    if (p.problem) {
      problems.push(p.problem);
      continue;
    }
    if (isUrl(target) && !src.cors) problems.push({ file, path: '', ...v.found('cors') });
    const kind = kindOf(p.raw);
    if (kind === 'overlay') await checkOverlay(file, p.raw, src.text);
    else if (kind === 'scenario') await checkScenario(file, p.raw, src.text);
    else if (kind === 'dataset') {
      const r = v.validateDataset(p.raw, { bundle: src.text, name: (f) => `${file} › ${f}` });
      problems.push(...r.problems);
      if (r.value) problems.push(...rollover(v, r.value, r.at, datum));
      checked.push(`${file} (dataset in één bestand)`);
    } else if (kind === 'deel' && !isUrl(target)) {
      // one file of a dataset folder: check the whole folder it belongs to
      let dir = dirname(resolve(target));
      if (!existsSync(join(dir, 'vragen.json'))) dir = dirname(dir);
      if (existsSync(join(dir, 'vragen.json'))) {
        const label = shortName(dir);
        const f = readFolder(v, dir, label);
        const r = v.validateDataset(f.files, { texts: f.texts, name: (x) => `${label}${x}` });
        problems.push(...f.problems, ...r.problems);
        checked.push(`${label} (dataset van ${basename(target)})`);
      } else problems.push({ file, path: '', ...v.found('soort', {}) });
    } else {
      problems.push({
        file,
        path: '',
        ...v.found('soort', {
          expected: {
            nl: 'een overlay ("gemeente"), een dataset ("vragen.json") of een scenario ("antwoorden")',
            en: 'an overlay ("gemeente"), a dataset ("vragen.json") or a scenario ("antwoorden")',
          },
        }),
      });
    }
  }
  // the same problem reached twice (a folder and a file in it) is printed once
  const seen = new Set();
  const unique = problems.filter((p) => {
    const k = `${p.file}|${p.path}|${p.rule}|${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return { problems: unique, checked };
}

function args(argv) {
  const opts = { targets: [], gemeente: undefined, dataset: join(root, 'regelingen'), datum: today(), json: false, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--gemeente') opts.gemeente = argv[++i];
    else if (a.startsWith('--gemeente=')) opts.gemeente = a.slice(11);
    else if (a === '--dataset') opts.dataset = argv[++i];
    else if (a.startsWith('--dataset=')) opts.dataset = a.slice(10);
    else if (a === '--datum') opts.datum = argv[++i];
    else if (a.startsWith('--datum=')) opts.datum = a.slice(8);
    else if (a === '--json') opts.json = true;
    else if (a === '--quiet') opts.quiet = true;
    else if (a === '--help' || a === '-h') opts.help = true;
    else opts.targets.push(a);
  }
  if (!opts.targets.length) opts.targets.push(relative(process.cwd(), join(root, 'regelingen')) || '.');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.datum ?? '') || Number.isNaN(Date.parse(opts.datum)))
    throw new Error(`--datum ${opts.datum}: verwacht een datum als 2026-12-31 / expected a date like 2026-12-31`);
  if (opts.gemeente && !/^GM\d{4}$/i.test(opts.gemeente))
    throw new Error(`--gemeente ${opts.gemeente}: verwacht een CBS-code als GM0344 / expected a CBS code like GM0344`);
  return opts;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  let opts;
  try {
    opts = args(process.argv.slice(2));
  } catch (e) {
    console.error(e.message);
    process.exit(2);
  }
  if (opts.help) {
    console.log(
      readFileSync(new URL(import.meta.url), 'utf8')
        .split('\n')
        .filter((l) => l.startsWith('//'))
        .map((l) => l.slice(3))
        .join('\n'),
    );
    process.exit(0);
  }
  const v = await loadValidator();
  const { problems, checked } = await validateTargets(v, [...opts.targets], opts);
  const errors = problems.filter((p) => p.level === 'fout');
  const warnings = problems.filter((p) => p.level !== 'fout');
  if (opts.json) {
    console.log(JSON.stringify({ checked, errors: errors.length, warnings: warnings.length, problems }, null, 2));
  } else {
    for (const p of opts.quiet ? errors : problems) {
      console.log(v.formatProblem(p, 'nl'));
      console.log(`  en: ${v.formatProblem(p, 'en').replace(/^.*?: .*?: /, '')}`);
    }
    const count = (kind) => checked.filter((c) => c.includes(`(${kind}`)).length;
    console.log(
      `Gecontroleerd / checked: ${count('dataset')} dataset(s), ${count('overlay')} overlay(s), ${count('scenario')} scenario('s)`,
    );
    console.log(
      `${errors.length} fout(en), ${warnings.length} waarschuwing(en) / ${errors.length} error(s), ${warnings.length} warning(s)`,
    );
  }
  process.exit(errors.length ? 1 : 0);
}
