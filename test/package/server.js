// Dev-server middleware for test/package: the npm package as a consumer gets it.
//
// On the first request under /package/ (and only then, so other test runs pay nothing) this
// 1. packs the repository with `npm pack` (the `files` of package.json; dist/ as the test build
//    left it, types included),
// 2. installs the tarball into a scratch project in a temporary folder, beside react and
//    react-dom (from npm, the versions of this repository),
// 3. type-checks a TypeScript consumer against the package's declarations,
// 4. builds a bundler project (Vite) with two pages: plain `import` + `define(name)`, and a
//    React 19 app that renders the element,
// and serves that project under /package/consumer/ and a report under /package/report.json.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const version = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;

const files = {
  'package.json': () =>
    JSON.stringify(
      {
        name: 'consumer',
        private: true,
        type: 'module',
        dependencies: { regelingenwijzer: `file:../${tarball}`, react: version('react'), 'react-dom': version('react-dom') },
      },
      null,
      2,
    ),
  // A page that loads the hosted file the way a CMS does, with its Subresource Integrity hash.
  'plain.html': () => `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Plain HTML</title>
<script type="module" src="./node_modules/regelingenwijzer/dist/regelingen-wizard.js" integrity="${integrity['regelingen-wizard.js']}" crossorigin="anonymous"></script>
</head><body><main><h1>Gemeente</h1><regelingen-wizard gemeente="GM0344" perspective="zelf"></regelingen-wizard></main></body></html>`,
  // The same with a wrong hash: the browser must refuse the file.
  'tampered.html': () => `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Tampered</title>
<script type="module" src="./node_modules/regelingenwijzer/dist/regelingen-wizard.js" integrity="sha384-${'A'.repeat(64)}" crossorigin="anonymous"></script>
</head><body><main><h1>Gemeente</h1><regelingen-wizard></regelingen-wizard></main></body></html>`,
  'bundler.html': () => `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Bundler</title><script type="module" src="./src/bundler.js"></script></head>
<body><main><h1>Bundler</h1><regelingen-wizard perspective="zelf"></regelingen-wizard><gemeente-wizard lang="en" perspective="zelf"></gemeente-wizard></main></body></html>`,
  'src/bundler.js': () => `import { define, RegelingenWizard } from 'regelingenwijzer';
import datasetUrl from 'regelingenwijzer/regelingen.json?url';
define('gemeente-wizard');
window.__consumer = { sameClass: customElements.get('regelingen-wizard') === RegelingenWizard, datasetUrl };
`,
  // The README's recipe under the README's Content-Security-Policy (served with that header):
  // the data files as URLs that are never inlined as data: (Vite inlines files under 4 KB).
  'csp.html': () => `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>CSP</title><script type="module" src="./src/csp.js"></script></head>
<body><main><h1>CSP</h1></main></body></html>`,
  'src/csp.js': () => `import 'regelingenwijzer';
import datasetUrl from 'regelingenwijzer/regelingen.json?url&no-inline';
import overlayUrl from 'regelingenwijzer/gemeenten/GM0344.json?url&no-inline';
import small from 'regelingenwijzer/gemeenten/GM0363.json?url&no-inline';
import inlined from 'regelingenwijzer/gemeenten/GM0363.json?url';
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
const el = document.createElement('regelingen-wizard');
el.setAttribute('gemeente', 'GM0344');
el.setAttribute('perspective', 'zelf');
el.setAttribute('dataset-url', datasetUrl);
el.setAttribute('overlay-url', overlayUrl);
// a file under Vite's 4 KB inline limit, the same way
const second = document.createElement('regelingen-wizard');
second.setAttribute('gemeente', 'GM0363');
second.setAttribute('perspective', 'zelf');
second.setAttribute('overlay-url', small);
document.querySelector('main').append(el, second);
window.__csp = { datasetUrl, overlayUrl, small, inlined };
`,
  'react.html': () => `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>React</title><script type="module" src="./src/react.js"></script></head>
<body><main id="app"></main></body></html>`,
  // React 19 sets properties on custom elements and listens to their events (on<event-name>).
  'src/react.js': () => `import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'regelingenwijzer';

function App() {
  const [lang, setLang] = useState('nl');
  const [scherm, setScherm] = useState('');
  return h('section', null,
    h('h1', null, 'React host'),
    h('button', { type: 'button', id: 'english', onClick: () => setLang('en') }, 'English'),
    h('p', { id: 'scherm' }, scherm),
    h('regelingen-wizard', { lang, perspective: 'zelf', gemeente: 'GM0344', 'onregelingenwijzer:step': (e) => setScherm(e.detail.scherm) }));
}
createRoot(document.getElementById('app')).render(h(App));
window.__react = { version: ${JSON.stringify(version('react'))} };
`,
  // A TypeScript consumer: the declarations must type the element and define(); a wrong
  // perspective must be a type error (so the types are not \`any\`).
  'src/types.ts': () => `import { define, RegelingenWizard } from 'regelingenwijzer';
const el: RegelingenWizard = document.createElement('regelingen-wizard');
el.perspective = 'mantelzorger';
el.gemeente = 'GM0344';
// @ts-expect-error: not a perspective
el.perspective = 'niemand';
const ctor: CustomElementConstructor = define('gemeente-wizard');
export { ctor };
`,
  'tsconfig.json': () =>
    JSON.stringify(
      {
        compilerOptions: {
          target: 'es2022',
          module: 'esnext',
          moduleResolution: 'bundler',
          lib: ['es2023', 'dom', 'dom.iterable'],
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: [],
        },
        include: ['src/types.ts'],
      },
      null,
      2,
    ),
  'vite.config.mjs': () => `export default {
  base: './',
  logLevel: 'warn',
  build: { outDir: 'dist', emptyOutDir: true, rolldownOptions: { input: { bundler: 'bundler.html', react: 'react.html', csp: 'csp.html' } } },
};
`,
};

let tarball = '';
let integrity = {};
let prepared;

async function prepare() {
  const dir = mkdtempSync(join(tmpdir(), 'regelingenwijzer-package-'));
  const steps = [];
  const step = async (name, cmd, args, cwd) => {
    const t = Date.now();
    try {
      const { stdout } = await run(cmd, args, {
        cwd,
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, npm_config_update_notifier: 'false' },
      });
      steps.push({ name, ok: true, ms: Date.now() - t });
      return stdout;
    } catch (e) {
      steps.push({ name, ok: false, ms: Date.now() - t, output: `${e.stdout ?? ''}${e.stderr ?? ''}`.slice(-4000) });
      return undefined;
    }
  };
  if (!existsSync(join(root, 'dist/regelingen-wizard.js'))) throw new Error('dist/ is not built: run `npm run build` (npm test does)');
  // What `prepack` adds to a build (`npm pack` runs here with --ignore-scripts, so as not to build again).
  await step('types', process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], root);
  const packed = JSON.parse(
    (await step('npm pack', 'npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], root)) ?? '[]',
  )[0];
  if (!packed) return { dir, steps };
  tarball = packed.filename;
  integrity = JSON.parse(readFileSync(join(root, 'dist/integrity.json'), 'utf8'));
  const consumer = join(dir, 'consumer');
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(join(consumer, file, '..'), { recursive: true });
    writeFileSync(join(consumer, file), content());
  }
  await step('npm install', 'npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], consumer);
  const tsc = await step('tsc', process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], consumer);
  await step(
    'vite build',
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'vite.config.mjs'],
    consumer,
  );
  const installed = join(consumer, 'node_modules/regelingenwijzer/dist/regelingen-wizard.js');
  return {
    dir,
    steps,
    tsc,
    files: packed.files.map((f) => f.path).sort(),
    size: packed.size,
    integrity,
    installedSha384: existsSync(installed) ? `sha384-${createHash('sha384').update(readFileSync(installed)).digest('base64')}` : undefined,
  };
}

const TYPES = {
  '.html': 'text/html',
  '.js': 'application/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.map': 'application/json',
};

export async function packageMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/package/')) return next();
  ctx.set('Cache-Control', 'no-store');
  prepared ??= prepare().catch((e) => ({ error: String(e?.stack ?? e), steps: [] }));
  const report = await prepared;
  if (ctx.path === '/package/report.json') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ ...report, dir: undefined });
    return;
  }
  if (!report.dir || !ctx.path.startsWith('/package/consumer/')) {
    ctx.status = 404;
    return;
  }
  const file = normalize(join(report.dir, ctx.path.slice('/package/'.length)));
  if (!file.startsWith(report.dir) || !existsSync(file) || !statSync(file).isFile()) {
    ctx.status = 404;
    return;
  }
  ctx.type = TYPES[extname(file)] ?? 'application/octet-stream';
  // the README's policy (README.md, "Security and privacy")
  if (file.endsWith('csp.html')) ctx.set('Content-Security-Policy', "default-src 'self'; script-src 'self'; style-src 'self'");
  ctx.body = readFileSync(file);
}
