// Dev-server middleware for the embedding tests (web-test-runner.config.js `middleware`).
// Everything lives under /embed/ (and /dist/*.json), so the other tests are unaffected.
//
//   /embed/dataset.json            the default dataset in the DatasetFiles shape (as dist/regelingen.json)
//   /embed/dataset.json?break=1    the same with one invalid regeling (a half-valid dataset)
//   /embed/dataset.json?xss=1      the same with HTML and script in every name and text
//   /embed/fixtures/<file>         test/embed/fixtures/<file> as real JSON (not turned into a JS module)
//   /embed/fail/404.json           404
//   /embed/fail/slow.json?ms=N     answers after N ms (default 3000)
//   /embed/fail/not-json.json      200 with an HTML page
//   /embed/fail/null.json          200 with `null`
//   /embed/fail/500.json           500
//   /embed/fail/truncated.json     200 with the first half of the dataset's JSON
//   /embed/fail/stall.json?ms=N    200, headers and a few bytes, then nothing for N ms (default 15000)
//   /embed/text-plain.json         the dataset with Content-Type text/plain
//   /embed/cookie.json             the dataset, or 403 when the request carries a cookie
//   /embed/flaky?id=X              503 the first time for X, then the dataset
//   /dist/<file>.json              the build's JSON files (dist/regelingen.json), raw
//   /embed/held/ID/<file>.js       the built widget's files (dist/), the embedded dataset's chunk
//                                  held back until /embed/release?id=ID (page.html?src=held&id=ID)
//   /embed/held-NAME/ID/<file>.js  the same with regelingen-wizard-NAME.js held back instead
//                                  (page.html?src=held&id=ID&hold=NAME, e.g. hold=flow)
//   /embed/page.html?...           a host page for the widget, see page() below
//   /embed/violations.js           records securitypolicyviolation events in window.__violations,
//                                  uncaught errors and console.error calls in window.__errors,
//                                  console.warn calls in window.__warnings
//   /embed/taken.js?name=x-y       defines <x-y> as another element (page.html?taken=x-y loads it first)
import { existsSync, readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { readDatasetFolder, readJsonWithoutSchema } from '../../scripts/dataset-folder.mjs';

const flaky = new Set();
/** Held-back dataset chunks (holddata) by id: the function that lets each go. */
const held = new Map();

const root = new URL('../../', import.meta.url);

const dataset = fileURLToPath(new URL('regelingen/', root));
/** The default dataset in the DatasetFiles shape, as the build writes dist/regelingen.json. */
export const datasetFiles = () => readDatasetFolder(dataset, readJsonWithoutSchema(dataset));

const INJECT = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

/** Prefix every user-visible text ({nl, en}) with markup that must stay inert. */
function poison(value) {
  if (Array.isArray(value)) return value.map(poison);
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 2 && typeof value.nl === 'string' && typeof value.en === 'string')
      return { nl: INJECT + value.nl, en: INJECT + value.en };
    return Object.fromEntries(keys.map((k) => [k, poison(value[k])]));
  }
  return value;
}

function page(q) {
  const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const element = q.get('element') || 'regelingen-wizard';
  const query = new URLSearchParams();
  if (q.get('element')) query.set('element', element);
  const file =
    q.get('src') === 'dist'
      ? '/dist/regelingen-wizard.js'
      : q.get('src') === 'held'
        ? `/embed/held${q.get('hold') ? `-${encodeURIComponent(q.get('hold'))}` : ''}/${encodeURIComponent(q.get('id') ?? '')}/regelingen-wizard.js`
        : '/src/index.ts';
  const src = `${file}${query.size ? `?${query}` : ''}`;
  const attrs = [...q.entries()]
    .filter(([k]) => k.startsWith('a.'))
    .map(([k, v]) => (v === '' ? ` ${esc(k.slice(2))}` : ` ${esc(k.slice(2))}="${esc(v)}"`))
    .join('');
  const count = Number(q.get('count') || 1);
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>Regelingenwijzer embed test</title>
<script src="/embed/violations.js"></script>${q.get('taken') ? `\n<script src="/embed/taken.js?name=${encodeURIComponent(q.get('taken'))}"></script>` : ''}
<link rel="stylesheet" href="/embed/host.css">
<script type="module" src="${esc(src)}"></script>
</head>
<body>
<main>
<h1>Host page</h1>
${Array.from({ length: count }, () => `<${esc(element)}${attrs}></${esc(element)}>`).join('\n')}
</main>
</body>
</html>`;
}

const POLICIES = {
  strict: "default-src 'self'; script-src 'self'; style-src 'self'",
  tt: "require-trusted-types-for 'script'",
  both: "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'",
};

const VIOLATIONS_JS = `window.__violations = [];
window.__errors = [];
window.addEventListener('error', function (e) { window.__errors.push(String(e.message)); });
window.addEventListener('unhandledrejection', function (e) { window.__errors.push(String(e.reason)); });
window.__warnings = [];
var consoleWarn = console.warn;
console.warn = function () { window.__warnings.push([].map.call(arguments, String).join(' ')); return consoleWarn.apply(console, arguments); };
var consoleError = console.error;
console.error = function () { window.__errors.push([].map.call(arguments, String).join(' ')); return consoleError.apply(console, arguments); };
document.addEventListener('securitypolicyviolation', function (e) {
  window.__violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile, line: e.lineNumber });
});
`;

const HOST_CSS = `:root { --utrecht-button-primary-action-background-color: rgb(204, 0, 0); --utrecht-document-font-family: Georgia, serif; }
body { margin: 0; padding: 1rem; }
`;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function embedMiddleware(ctx, next) {
  const path = ctx.path;
  const heldFile = /^\/embed\/held(?:-(\w+))?\/(\w+)\/(regelingen-wizard(?:-[\w-]+)?\.js)$/.exec(path);
  if (heldFile) {
    const [, hold = 'dataset', id, name] = heldFile;
    const file = new URL(`dist/${name}`, root);
    if (!existsSync(file)) return next();
    if (name === `regelingen-wizard-${hold}.js`) {
      // Until the test releases it (at most a minute: a failed test must not hang the server).
      await Promise.race([new Promise((r) => held.set(id, r)), sleep(60000)]);
      held.delete(id);
    }
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text/javascript';
    ctx.body = readFileSync(file, 'utf8');
    return;
  }
  if (path === '/embed/release') {
    ctx.set('Cache-Control', 'no-store');
    const id = new URLSearchParams(ctx.querystring).get('id');
    held.get(id)?.();
    ctx.body = held.has(id) ? 'released' : 'not held';
    return;
  }
  if (path.startsWith('/dist/') && path.endsWith('.json')) {
    const file = new URL(`.${path}`, root);
    if (!existsSync(file)) {
      ctx.status = 404;
      ctx.body = 'not built: run npm run build';
      return;
    }
    ctx.type = 'application/json';
    ctx.body = readFileSync(file, 'utf8');
    return;
  }
  if (!path.startsWith('/embed/')) return next();
  ctx.set('Cache-Control', 'no-store');
  const q = new URLSearchParams(ctx.querystring);
  switch (path) {
    case '/embed/dataset.json': {
      let files = datasetFiles();
      if (q.has('break')) {
        const wmo = files.regelingen['wmo.json'];
        wmo.regelingen[1] = { ...wmo.regelingen[1], domein: 'onbekend-domein' };
      }
      if (q.has('xss')) files = poison(files);
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(files);
      return;
    }
    case '/embed/fail/404.json':
      ctx.status = 404;
      ctx.type = 'text/plain';
      ctx.body = 'Not Found';
      return;
    case '/embed/fail/slow.json':
      await sleep(Number(q.get('ms') || 3000));
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(datasetFiles());
      return;
    case '/embed/fail/not-json.json':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Pagina niet gevonden</title><p>Deze pagina bestaat niet.</p>';
      return;
    case '/embed/fail/null.json':
      ctx.type = 'application/json';
      ctx.body = 'null';
      return;
    case '/embed/fail/500.json':
      ctx.status = 500;
      ctx.type = 'text/plain';
      ctx.body = 'Internal Server Error';
      return;
    case '/embed/fail/truncated.json': {
      const all = JSON.stringify(datasetFiles());
      ctx.type = 'application/json';
      ctx.body = all.slice(0, Math.floor(all.length / 2));
      return;
    }
    case '/embed/fail/stall.json': {
      // Headers and the first bytes at once, then nothing (ended after ?ms=, default 15 s, to free the socket).
      const body = new PassThrough();
      ctx.type = 'application/json';
      ctx.body = body;
      body.write('{"vragen.json": {"vragen": [');
      setTimeout(() => body.end(), Number(q.get('ms') || 15000));
      return;
    }
    case '/embed/text-plain.json':
      ctx.type = 'text/plain';
      ctx.body = JSON.stringify(datasetFiles());
      return;
    case '/embed/cookie.json':
      // Data URLs are fetched without the site's cookies: refuse a request that carries one.
      if (ctx.get('cookie')) {
        ctx.status = 403;
        ctx.type = 'text/plain';
        ctx.body = `cookie sent: ${ctx.get('cookie')}`;
        return;
      }
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(datasetFiles());
      return;
    case '/embed/flaky': {
      // Fails (503) the first time a ?id= is asked for, then serves the dataset: for "Probeer opnieuw".
      const id = q.get('id') ?? '';
      if (!flaky.has(id)) {
        flaky.add(id);
        ctx.status = 503;
        ctx.type = 'text/plain';
        ctx.body = 'Service Unavailable';
        return;
      }
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(datasetFiles());
      return;
    }
    case '/embed/taken.js':
      // Another script of the host page has already defined this element name (?name=).
      ctx.type = 'application/javascript';
      ctx.body = `customElements.define(${JSON.stringify(q.get('name') ?? 'x-taken')}, class extends HTMLElement {});`;
      return;
    case '/embed/violations.js':
      ctx.type = 'application/javascript';
      ctx.body = VIOLATIONS_JS;
      return;
    case '/embed/host.css':
      ctx.type = 'text/css';
      ctx.body = HOST_CSS;
      return;
    case '/embed/page.html': {
      const policy = POLICIES[q.get('csp') ?? ''];
      if (policy) ctx.set('Content-Security-Policy', policy);
      ctx.type = 'text/html';
      ctx.body = page(q);
      return;
    }
  }
  if (path.startsWith('/embed/fixtures/')) {
    const name = path.slice('/embed/fixtures/'.length);
    if (!/^[\w.-]+\.json$/.test(name)) {
      ctx.status = 400;
      return;
    }
    const file = new URL(`test/embed/fixtures/${name}`, root);
    if (!existsSync(file)) {
      ctx.status = 404;
      return;
    }
    ctx.type = 'application/json';
    ctx.body = readFileSync(file, 'utf8');
    return;
  }
  return next();
}
