// `npm run validate` as a person runs it (node --test; CI runs this file): exit codes, exact
// messages with file:line:column, an unreachable URL reported as such, the page's municipality.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/dataset/fixtures');

function run(...args) {
  return new Promise((done) => {
    execFile(process.execPath, [join(root, 'scripts/validate.mjs'), ...args], { cwd: root, timeout: 60000 }, (error, stdout, stderr) =>
      done({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}

/** A copy of the mini dataset with the changes of a dataset-*.json fixture applied. */
function brokenCopy(name) {
  const dir = mkdtempSync(join(tmpdir(), 'rw-cli-'));
  cpSync(join(fixtures, 'mini'), dir, { recursive: true });
  for (const op of JSON.parse(readFileSync(join(fixtures, name), 'utf8')).wijzig) {
    const file = join(dir, op.bestand);
    const data = JSON.parse(readFileSync(file, 'utf8'));
    let node = data;
    for (const k of op.pad.slice(0, -1)) node = node[k];
    const last = op.pad.at(-1);
    if (last === '-') node.push(op.waarde);
    else node[last] = op.waarde;
    writeFileSync(file, JSON.stringify(data, null, 2));
  }
  return dir;
}

test('the mini dataset is clean: exit 0', async () => {
  // (a check date far from the end of its figures: near it, the rollover warning below applies)
  const r = await run('test/dataset/fixtures/mini', '--datum', '2026-06-01');
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /0 fout\(en\), 0 waarschuwing\(en\) \/ 0 error\(s\), 0 warning\(s\)/);
});

test('a broken dataset folder: exit 1, file:line:column, field, found and expected, fix, Dutch and English', async () => {
  const dir = brokenCopy('dataset-alles-in-een-keer.json');
  try {
    const r = await run(dir);
    assert.equal(r.code, 1);
    const lines = r.stdout.split('\n').map((l) => l.replace(dir, '<map>'));
    assert.deepEqual(lines.slice(0, 4), [
      '<map>/regelingen/inkomen.json:69:25: regelingen[1].voorwaarden.alle[0].minstens: verwacht number, gevonden string. Schrijf het getal zonder aanhalingstekens.',
      '  en: expected number, found string. Write the number without quotes.',
      '<map>/regelingen/inkomen.json:21:16: regelingen[0].loket: loket "bestaat-niet" bestaat niet in loketten.json. Kies het id van een loket uit loketten.json.',
      '  en: counter "bestaat-niet" does not exist in loketten.json. Choose the id of a counter in loketten.json.',
    ]);
    assert.match(r.stdout, /3 fout\(en\), 0 waarschuwing\(en\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an overlay that drops a crisis line: exit 1 with the exact message', async () => {
  const r = await run('test/dataset/fixtures/overlay-crisis-vervalt.json', '--dataset', 'test/dataset/fixtures/mini');
  assert.equal(r.code, 1);
  assert.equal(
    r.stdout.split('\n')[0],
    'test/dataset/fixtures/overlay-crisis-vervalt.json:53:5: vervalt[0]: "113-crisis" is een landelijke crisislijn; een gemeente kan die niet laten vervallen. Haal "113-crisis" uit vervalt.',
  );
});

test('--gemeente: an overlay for another municipality is an error', async () => {
  const ok = await run('test/dataset/fixtures/overlay-goed.json', '--dataset', 'test/dataset/fixtures/mini', '--gemeente', 'GM0344');
  assert.equal(ok.code, 0, ok.stdout);
  const r = await run(
    'test/dataset/fixtures/overlay-andere-gemeente.json',
    '--dataset',
    'test/dataset/fixtures/mini',
    '--gemeente',
    'GM0344',
  );
  assert.equal(r.code, 1);
  assert.match(r.stdout, /overlay-andere-gemeente\.json:3:15: gemeente: deze overlay is voor GM0772, maar de pagina is voor GM0344/);
});

/** A copy of the project's regelingen/ folder, with `change(dir)` applied to it. */
function projectCopy(change) {
  const dir = mkdtempSync(join(tmpdir(), 'rw-po-'));
  cpSync(join(root, 'regelingen'), join(dir, 'regelingen'), { recursive: true });
  change(join(dir, 'regelingen'));
  return { dir, data: join(dir, 'regelingen') };
}

/** Replace the first `from` in a file's text by `to` (the text as a policy officer would type it). */
function edit(file, from, to) {
  const text = readFileSync(file, 'utf8');
  assert.ok(text.includes(from), `${from} in ${file}`);
  writeFileSync(file, text.replace(from, to));
}

test('a yearly limit typed as 40.900 (JSON reads 40,9): exit 1, the figure named, with the fix', async () => {
  const { dir, data } = projectCopy((d) => edit(join(d, 'cijfers.json'), '"waarde": 40857', '"waarde": 40.900'));
  try {
    const r = await run(data, '--datum', '2026-06-01');
    assert.equal(r.code, 1, r.stdout);
    const line = r.stdout.split('\n').find((l) => l.includes('cijfers[3].waarden[0].waarde'));
    assert.match(
      line,
      /cijfers\.json:\d+:\d+: cijfers\[3\]\.waarden\[0\]\.waarde: 40,9 vanaf 2026-01-01, terwijl de periode ervoor 39\.719 was \(vanaf 2025-01-01\): dat is een andere grootte\. JSON leest de punt in 40\.900 als komma: dat is 40,9\. Schrijf het getal zonder punt als duizendtal-teken: 40900\.$/,
    );
    assert.match(r.stdout, /1 fout\(en\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a figure that changes more than 15 % against the previous period: a warning, exit 0', async () => {
  const { dir, data } = projectCopy((d) => edit(join(d, 'cijfers.json'), '"waarde": 40857', '"waarde": 47857'));
  try {
    const r = await run(data, '--datum', '2026-06-01');
    assert.match(
      r.stdout,
      /cijfers\[3\]\.waarden\[0\]\.waarde: waarschuwing: 47\.857 vanaf 2026-01-01 is \+20% tegen 39\.719 in de periode ervoor \(meer dan 15%\)/,
    );
    assert.doesNotMatch(r.stdout, /cijfer-grootte|andere grootte/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a figure whose value does not fit its unit (an age in years, not whole months): exit 1', async () => {
  const { dir, data } = projectCopy((d) => edit(join(d, 'cijfers.json'), '"waarde": 67.25', '"waarde": 67.3'));
  try {
    const r = await run(data, '--datum', '2026-06-01');
    assert.equal(r.code, 1, r.stdout);
    assert.match(
      r.stdout,
      /cijfers\[0\]\.waarden\[1\]\.waarde: 67,3 past niet bij de eenheid jaar: een leeftijd of duur in jaren ligt tussen 0 en 130, in hele maanden/,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('validate runs every scenario in the folder: one that does not hold is an error at its field', async () => {
  const { dir, data } = projectCopy((d) =>
    edit(join(d, 'scenarios/08-aow-aio.json'), '"magNietTonen": [', '"magNietTonen": [\n    "aio-aanvulling",'),
  );
  try {
    const r = await run(data, '--datum', '2026-06-01');
    assert.equal(r.code, 1, r.stdout);
    assert.match(
      r.stdout,
      /scenarios\/08-aow-aio\.json:\d+:\d+: magNietTonen\[0\]: het scenario klopt niet: "aio-aanvulling" mag niet getoond worden, maar is (past|misschien)\./,
    );
    // every scenario in the folder was run, however many there are
    const scenarios = readdirSync(join(data, 'scenarios')).filter((f) => f.endsWith('.json')).length;
    assert.ok(scenarios > 60, `${scenarios} scenarios`);
    assert.match(r.stdout, new RegExp(`${scenarios} scenario\\('s\\)`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the wrong figure also turns scenarios red when it is plausible (a limit typed 30857 for 40857)', async () => {
  const { dir, data } = projectCopy((d) => edit(join(d, 'cijfers.json'), '"waarde": 40857', '"waarde": 30857'));
  try {
    const r = await run(data, '--datum', '2026-06-01');
    assert.equal(r.code, 1, r.stdout);
    assert.match(r.stdout, /waarschuwing: 30\.857 vanaf 2026-01-01 is -22%/);
    assert.match(r.stdout, /het scenario klopt niet: "zorgtoeslag" moet getoond worden, maar is past-niet/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('year rollover: every figure that ends within 60 days of the check date is a warning that says what the widget then shows', async () => {
  const near = await run('test/dataset/fixtures/mini', '--datum', '2026-11-15');
  assert.equal(near.code, 0, near.stdout);
  const line = near.stdout.split('\n')[0];
  assert.match(
    line,
    /^test\/dataset\/fixtures\/mini\/cijfers\.json:\d+:\d+: cijfers\[0\]\.waarden: waarschuwing: Norm geldt tot en met 2026-12-31 \(nog 46 dagen na 2026-11-15\) en heeft geen waarde daarna\. Na 2026-12-31 gebruikt de wijzer dit cijfer niet meer: bijzondere-bijstand wordt dan "misschien"/,
  );
  assert.match(line, /met de melding dat de bedragen in de wijzer gelden tot 2026-12-31/);
  const far = await run('test/dataset/fixtures/mini', '--datum', '2026-10-31');
  assert.match(far.stdout, /0 fout\(en\), 0 waarschuwing\(en\)/);
  const bad = await run('test/dataset/fixtures/mini', '--datum', '2026-13-01');
  assert.equal(bad.code, 2);
});

test('year rollover: a figure used only in an amount says the amount is then left out, never "geen regeling worden misschien"', async () => {
  const all = await run('regelingen', '--datum', '2026-12-07');
  assert.equal(all.code, 0, all.stdout);
  assert.match(
    all.stdout,
    /loonkostenvoordeel banenafspraak per jaar, hoogstens geldt tot en met 2026-12-31 .*: bij lkv-banenafspraak toont de wijzer dan geen bedrag meer/,
  );
  assert.match(all.stdout, /grens voor kwijtschelding .*: kwijtschelding-belastingen wordt dan "misschien"/);
  assert.doesNotMatch(all.stdout, /geen regeling worden|no regeling then/);
});

test('npm run overview: every figure with its value per period and its source; exit 1 when a scenario does not hold', async () => {
  const out = mkdtempSync(join(tmpdir(), 'rw-overview-'));
  const { dir, data } = projectCopy((d) =>
    edit(join(d, 'scenarios/08-aow-aio.json'), '"magNietTonen": [', '"magNietTonen": [\n    "aio-aanvulling",'),
  );
  try {
    const ok = await runScript('scripts/overview.mjs', ['--out', out, '--datum', '2026-06-01']);
    assert.equal(ok.code, 0, ok.stderr);
    const md = readFileSync(join(out, 'overzicht.md'), 'utf8');
    assert.match(
      md,
      /### inkomensgrens zorgtoeslag \(`zorgtoeslag-inkomensgrens`\)\n\n- \*\*Eenheid\*\*: euro per jaar; landelijke dataset\n- \*\*Bron\*\*: https:\/\/[^\n]+, peildatum \d{4}-\d{2}-\d{2}\n/,
    );
    assert.match(md, /\| 2026-01-01 t\/m 2026-12-31 \| [^|]+ \| € 40\.857 \|/);
    assert.match(md, /\| 2025-01-01 t\/m 2025-12-31 \| [^|]+ \| € 39\.719 \|/);
    assert.match(readFileSync(join(out, 'index.html'), 'utf8'), /<td>€ 40\.857<\/td>/);
    const red = await runScript('scripts/overview.mjs', [data, '--out', out, '--datum', '2026-06-01']);
    assert.equal(red.code, 1, red.stdout);
    assert.match(red.stderr, /scenario klopt niet \/ scenario does not hold: 08-aow-aio\.json: "aio-aanvulling" mag niet getoond worden/);
    assert.match(readFileSync(join(out, 'overzicht.md'), 'utf8'), /\*\*klopt niet\*\*: 08-aow-aio\.json/);
  } finally {
    rmSync(out, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
});

test('not JSON: the position of the syntax error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rw-cli-'));
  try {
    writeFileSync(join(dir, 'kapot.json'), '{\n  "gemeente": "GM0344",\n  "naam": "Utrecht"\n  "bron": "https://www.utrecht.nl"\n}\n');
    const r = await run(join(dir, 'kapot.json'));
    assert.equal(r.code, 1);
    assert.match(r.stdout.split('\n')[0], /kapot\.json:4:3: \(hele bestand\): geen geldige JSON: /);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an unreachable URL is reported as such, without a crash', async () => {
  const r = await run('https://regelingenwijzer.invalid/GM0344.json');
  assert.equal(r.code, 1, r.stderr);
  assert.equal(r.stderr, '');
  assert.match(r.stdout, /^https:\/\/regelingenwijzer\.invalid\/GM0344\.json: \(hele bestand\): niet bereikbaar \(ENOTFOUND\)/);
  assert.match(r.stdout, /\n {2}en: unreachable \(ENOTFOUND\)/);
});

test("the command's own problems (reading files and URLs) are rules of the catalogue, by id, with a fix", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rw-cli-'));
  const { createServer } = await import('node:http');
  const server = createServer((req, res) => {
    res.statusCode = req.url === '/weg.json' ? 404 : 200;
    res.end('{}');
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const url = (p) => `http://127.0.0.1:${server.address().port}${p}`;
  try {
    cpSync(join(fixtures, 'mini'), join(dir, 'zonder-cijfers'), { recursive: true });
    rmSync(join(dir, 'zonder-cijfers/cijfers.json'));
    writeFileSync(join(dir, 'kapot.json'), '{ "gemeente": ');
    writeFileSync(join(dir, 'iets.json'), '{ "naam": "iets anders" }');
    mkdirSync(join(dir, 'los'));
    writeFileSync(join(dir, 'los/regelingen.json'), '{ "regelingen": [] }');
    const cases = [
      [[join(dir, 'zonder-cijfers')], 'bestand', 'bestand ontbreekt'],
      [[join(dir, 'kapot.json')], 'json', 'geen geldige JSON: '],
      [[join(dir, 'iets.json')], 'soort', 'onbekend soort bestand'],
      [[join(dir, 'los/regelingen.json')], 'soort', 'vragen.json staat er niet naast'],
      [[url('/weg.json')], 'bereikbaar', 'niet bereikbaar (HTTP 404)'],
      [[url('/leeg.json')], 'cors', 'Access-Control-Allow-Origin'],
    ];
    for (const [args, rule, message] of cases) {
      const r = await run(...args, '--json');
      const problems = JSON.parse(r.stdout).problems;
      const p = problems.find((x) => x.rule === rule);
      assert.ok(p, `${args}: ${rule} among ${problems.map((x) => x.rule)}`);
      assert.ok(p.message.includes(message), `${rule}: ${p.message}`);
      assert.ok(p.en && p.fix?.nl && p.fix?.en, `${rule} has English and a fix`);
    }
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--json gives every problem with its fields', async () => {
  const r = await run('test/dataset/fixtures/overlay-crisis-vervangen.json', '--dataset', 'test/dataset/fixtures/mini', '--json');
  assert.equal(r.code, 1);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(
    out.problems.map((p) => [p.rule, p.file, p.line, p.column, p.path]),
    [['crisis-vervangen', 'test/dataset/fixtures/overlay-crisis-vervangen.json', 20, 13, 'regelingen[0].id']],
  );
});

test("npm run overview: HTML and Markdown with the conditions in the engine's plain Dutch, counters and contacts", async () => {
  const out = mkdtempSync(join(tmpdir(), 'rw-overview-'));
  try {
    const r = await new Promise((done) =>
      execFile(
        process.execPath,
        [join(root, 'scripts/overview.mjs'), 'test/dataset/fixtures/mini', '--out', out, '--datum', '2026-06-01'],
        { cwd: root, timeout: 60000 },
        (error, stdout, stderr) => done({ code: error ? error.code : 0, stdout, stderr }),
      ),
    );
    assert.equal(r.code, 0, r.stderr);
    const md = readFileSync(join(out, 'overzicht.md'), 'utf8');
    assert.match(md, /## Bijzondere bijstand\n/);
    assert.match(md, /- Alle volgende:\n {2}- Leeftijd: 18 of meer\n {2}- Inkomen vergeleken met de norm: 120 of minder\n/);
    assert.match(md, /- \*\*Wet\*\*: Participatiewet \(https:\/\/wetten\.overheid\.nl\/BWBR0015703\)/);
    assert.match(md, /- \*\*113 Zelfmoordpreventie\*\* \(`113`, landelijk, crisis\): tel\. 113/);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    assert.match(html, /<li>Leeftijd: 18 of meer<\/li>/);
    assert.match(html, /<tr id="loket-werkplein">/);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

function runScript(script, args, env = {}) {
  return new Promise((done) =>
    execFile(
      process.execPath,
      [join(root, script), ...args],
      { cwd: root, timeout: 60000, env: { ...process.env, ...env } },
      (error, stdout, stderr) => done({ code: error ? error.code : 0, stdout, stderr }),
    ),
  );
}

test('npm run links when no host can be reached (as without network): says so, exits 2, no crash', async () => {
  // .invalid never resolves (RFC 6761), with or without network: the same as a machine offline
  const dir = mkdtempSync(join(tmpdir(), 'rw-links-'));
  try {
    writeFileSync(
      join(dir, 'loketten.json'),
      JSON.stringify({
        loketten: [
          { id: 'a', website: 'https://een.invalid/' },
          { id: 'b', bron: 'https://twee.invalid/x' },
        ],
      }),
    );
    const r = await runScript('scripts/validate-links.mjs', [dir], { LINKS_TIMEOUT: '3000' });
    assert.equal(r.stderr, '');
    assert.equal(r.code, 2, r.stdout);
    assert.match(r.stdout, /Geen enkele host bereikbaar \(bijv\. een\.invalid: ENOTFOUND\): geen netwerk\? Niets gecontroleerd\./);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("npm run links on this machine's dataset never crashes, with or without network", async () => {
  const r = await runScript('scripts/validate-links.mjs', ['test/dataset/fixtures/mini'], { LINKS_TIMEOUT: '3000' });
  assert.equal(r.stderr, '');
  assert.ok([0, 1, 2].includes(r.code), `exit ${r.code}`);
  assert.match(r.stdout, /^3 adressen op 3 hosts/);
});

test('npm run links: a working page, a broken page and an unreachable host, each reported as such', async () => {
  const { createServer } = await import('node:http');
  const server = createServer((req, res) => {
    res.statusCode = req.url === '/ok' ? 200 : 404;
    res.end();
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const base = `http://localhost:${server.address().port}`;
  const dir = mkdtempSync(join(tmpdir(), 'rw-links-'));
  try {
    writeFileSync(
      join(dir, 'loketten.json'),
      JSON.stringify({
        loketten: [
          { id: 'a', website: `${base}/ok` },
          { id: 'b', website: `${base}/weg` },
          { id: 'c', website: 'https://bestaat-niet.invalid/' },
        ],
      }),
    );
    const r = await runScript('scripts/validate-links.mjs', [dir], { LINKS_TIMEOUT: '3000' });
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /host niet bereikbaar \/ host unreachable: bestaat-niet\.invalid \(ENOTFOUND\)/);
    assert.match(r.stdout, new RegExp(`HTTP 404: ${base}/weg\\n {4}loketten\\.json: loketten\\[1\\]\\.website`));
    assert.match(r.stdout, /1 werken, 1 kapot, 1 niet bereikbaar/);
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an overlay from a URL: problems name the URL; a missing CORS header is a warning', async () => {
  const { createServer } = await import('node:http');
  const body = readFileSync(join(fixtures, 'overlay-crisis-vervalt.json'));
  const server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url.startsWith('/cors/')) res.setHeader('access-control-allow-origin', '*');
    res.end(body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const url = (p) => `http://127.0.0.1:${server.address().port}${p}`;
  try {
    const r = await run(url('/cors/GM0344.json'), '--dataset', 'test/dataset/fixtures/mini', '--json');
    assert.equal(r.code, 1);
    assert.deepEqual(
      JSON.parse(r.stdout).problems.map((p) => [p.file, p.line, p.rule]),
      [[url('/cors/GM0344.json'), 53, 'crisis-vervalt']],
    );
    const plain = await run(url('/GM0344.json'), '--dataset', 'test/dataset/fixtures/mini', '--json');
    assert.deepEqual(
      JSON.parse(plain.stdout).problems.map((p) => [p.level, p.rule]),
      [
        ['waarschuwing', 'cors'],
        ['fout', 'crisis-vervalt'],
      ],
    );
  } finally {
    server.close();
  }
});

// ---------------------------------------------------------------- hostile input (issue 25, item 7)

const nested = (depth) => `${'{"alle":['.repeat(depth)}{"vraag":"persoon.leeftijd","is":1}${']}'.repeat(depth)}`;

test('an overlay nested 20,000 levels deep: a precise error with file, field and place, no stack overflow', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rw-cli-'));
  try {
    const overlay = JSON.parse(readFileSync(join(root, 'regelingen/gemeenten/GM0344.json'), 'utf8'));
    const file = join(dir, 'GM0344.json');
    writeFileSync(file, JSON.stringify({ ...overlay, regelingen: [{ id: 'diep', voorwaarde: '@' }] }).replace('"@"', nested(20_000)));
    const r = await run(file);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.doesNotMatch(r.stderr, /RangeError|Maximum call stack/);
    assert.match(r.stdout, /GM0344\.json:1:\d+: regelingen\[0\]\.voorwaarde\.alle(\[0\]\.alle)+.*: te diep genest: meer dan 64 niveaus/);
    assert.match(r.stdout, /1 fout\(en\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a dataset folder nested 20,000 levels deep in one regeling: a precise error, quickly', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rw-cli-'));
  try {
    cpSync(join(fixtures, 'mini'), dir, { recursive: true });
    const file = join(dir, 'regelingen/inkomen.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.regelingen[0].voorwaarden = '@';
    writeFileSync(file, JSON.stringify(data).replace('"@"', nested(20_000)));
    const r = await run(dir);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /regelingen\/inkomen\.json:1:\d+: regelingen\[0\]\.voorwaarden(\.alle\[0\])+\.alle.*: te diep genest/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('links out of the folder, link loops, /dev/zero and named pipes are never read, each with a clear error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rw-cli-'));
  const outside = mkdtempSync(join(tmpdir(), 'rw-cli-outside-'));
  try {
    const overlay = readFileSync(join(root, 'regelingen/gemeenten/GM0344.json'), 'utf8');
    writeFileSync(join(outside, 'GM0344.json'), overlay);
    symlinkSync(join(outside, 'GM0344.json'), join(dir, 'buiten.json'));
    symlinkSync('kring-b.json', join(dir, 'kring-a.json'));
    symlinkSync('kring-a.json', join(dir, 'kring-b.json'));
    symlinkSync('.', join(dir, 'map.json'));
    symlinkSync('/dev/zero', join(dir, 'nul.json'));
    execFileSync('mkfifo', [join(dir, 'pijp.json')]);
    const r = await run(dir);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    const line = (name) => r.stdout.split('\n').find((l) => l.includes(`/${name}: `)) ?? `${name}: no line`;
    assert.match(line('buiten.json'), /link naar buiten de map .*; die wordt niet gevolgd/);
    assert.match(line('kring-a.json'), /link in een kring/);
    assert.match(line('kring-b.json'), /link in een kring/);
    assert.match(line('nul.json'), /link naar buiten de map \(\/dev\/zero\)/);
    assert.match(line('pijp.json'), /geen gewoon bestand: een named pipe/);
    assert.match(line('map.json'), /geen gewoon bestand: een map/);
    assert.match(r.stdout, /6 fout\(en\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  }
});

test('/dev/zero and a named pipe named on the command line are not read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rw-cli-'));
  try {
    execFileSync('mkfifo', [join(dir, 'pijp.json')]);
    const r = await run('/dev/zero', join(dir, 'pijp.json'));
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /\/dev\/zero: \(hele bestand\): geen gewoon bestand: een apparaat/);
    assert.match(r.stdout, /pijp\.json: \(hele bestand\): geen gewoon bestand: een named pipe/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a link inside a dataset folder to a file in the same folder is followed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rw-cli-'));
  try {
    cpSync(join(fixtures, 'mini'), dir, { recursive: true });
    renameSync(join(dir, 'vragen.json'), join(dir, 'vragen-echt.json'));
    symlinkSync('vragen-echt.json', join(dir, 'vragen.json'));
    const r = await run(dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a link out of a dataset folder (vragen.json to another folder) is not followed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rw-cli-'));
  const outside = mkdtempSync(join(tmpdir(), 'rw-cli-outside-'));
  try {
    cpSync(join(fixtures, 'mini'), dir, { recursive: true });
    renameSync(join(dir, 'vragen.json'), join(outside, 'vragen.json'));
    symlinkSync(join(outside, 'vragen.json'), join(dir, 'vragen.json'));
    const r = await run(dir);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /vragen\.json: \(hele bestand\): link naar buiten de map/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  }
});
