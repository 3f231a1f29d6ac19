import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'lightningcss';
import { defineConfig, type Plugin } from 'vite';
import { mergeOverlay, parseDataset, parseOverlay } from './src/dataset/validate.js';
import type { DatasetFiles } from './src/dataset/merge.js';
import { integrityJson } from './scripts/integrity.js';
import { jsonFiles, readDatasetFolder, readJsonWithoutSchema } from './scripts/dataset-folder.mjs';

// `npm start`: the demo pages in demo/ with the widget from src/ (and its embedded dataset).
// `npm run build`: one ES module, dist/regelingen-wizard.js, all dependencies and the default
// dataset bundled, for a municipality to host; beside it dist/regelingen.json (the default
// dataset as one file, for `dataset-url`) and dist/gemeenten/GM*.json (the overlays we have).

// REGELINGEN_DIR: build with another folder of the same shape (the bench's growth dataset).
const dir = process.env.REGELINGEN_DIR ? resolve(process.env.REGELINGEN_DIR) : fileURLToPath(new URL('./regelingen/', import.meta.url));

/** The files of regelingen/ in the DatasetFiles shape of src/dataset/merge.ts, in name order (as the embedded set). */
export const datasetFiles = (): DatasetFiles => readDatasetFolder(dir, readJsonWithoutSchema(dir));

/** Validates the dataset (the build fails on a broken file) and emits it as JSON beside the bundle. */
function datasetJson(): Plugin {
  return {
    name: 'regelingenwijzer-dataset-json',
    apply: 'build',
    generateBundle() {
      const files = datasetFiles();
      const base = parseDataset(files);
      this.emitFile({ type: 'asset', fileName: 'regelingen.json', source: JSON.stringify(files) });
      for (const f of jsonFiles(dir, 'gemeenten')) {
        const overlay = readJsonWithoutSchema(dir)(`gemeenten/${f}`);
        mergeOverlay(base, parseOverlay(overlay, `gemeenten/${f}`), `gemeenten/${f}`);
        this.emitFile({ type: 'asset', fileName: `gemeenten/${f}`, source: JSON.stringify(overlay) });
      }
    },
  };
}

/** The shipped overlays, by CBS code (the file name without .json). */
function overlayFiles(): Record<string, unknown> {
  return Object.fromEntries(
    jsonFiles(dir, 'gemeenten').map((f) => [f.replace(/\.json$/, ''), readJsonWithoutSchema(dir)(`gemeenten/${f}`)]),
  );
}

/** A JS string literal holding `json` (single quotes: only \\ and ' need escaping). */
const jsString = (json: string) => `'${json.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

const DATA_CHUNK = 'regelingenwijzer:dataset';
const DATA_ID = '\0/embedded/dataset';

/**
 * The embedded dataset as JSON text parsed with JSON.parse, not as an object literal (a browser
 * parses JSON text several times faster than the same data as JavaScript), in a chunk of its
 * own (`regelingen-wizard-dataset.js`, issue 24). The main chunk starts loading it as soon as it
 * runs, and draws the start screen meanwhile: that screen needs nothing from the dataset (the
 * crisis lines are in the main chunk, src/crisis/lines.ts), so the dataset's bytes no longer
 * come before the first control, and a bigger dataset does not delay it. Replaces
 * src/dataset/default-dataset.ts in the build; the tests and tools read that file as it is.
 */
function embeddedDatasetJson(): Plugin {
  return {
    name: 'regelingenwijzer-embedded-dataset-json',
    apply: 'build',
    enforce: 'pre',
    resolveId(id) {
      return id === DATA_CHUNK ? DATA_ID : null;
    },
    load(id) {
      // The chunk holds the JSON as text: evaluating it costs next to nothing, and JSON.parse runs
      // once the first screen is painted (below), so a bigger dataset does not delay that screen.
      if (id === DATA_ID)
        return [
          `export const files = ${jsString(JSON.stringify(datasetFiles()))};`,
          `export const overlays = ${jsString(JSON.stringify(overlayFiles()))};`,
        ].join('\n');
      if (!/[\\/]src[\\/]dataset[\\/]default-dataset\.ts$/.test(id)) return null;
      return `export let DEFAULT_FILES;
export let DEFAULT_OVERLAYS;
// After the next frame is painted (a hidden page paints none: then after a short wait).
const painted = new Promise((r) => {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(r));
  setTimeout(r, 100);
});
export const ready = Promise.all([import(${JSON.stringify(DATA_CHUNK)}), painted]).then(([m]) => {
  DEFAULT_FILES = JSON.parse(m.files);
  DEFAULT_OVERLAYS = JSON.parse(m.overlays);
});`;
    },
  };
}

/**
 * The widget's CSS is a Lit `css` template, which the JS minifier leaves as written: minify it as
 * CSS with lightningcss (Vite's own CSS minifier, a dependency of vite). The template holds plain
 * CSS: an interpolation or an escape would change what lightningcss reads, so the build refuses one.
 */
function minifyCss(): Plugin {
  return {
    name: 'regelingenwijzer-minify-css',
    apply: 'build',
    transform(code, id) {
      if (!id.endsWith('/src/ui/styles.ts')) return null;
      return code.replace(/css`([^`]*)`/g, (_, body: string) => {
        if (/\$\{|\\/.test(body)) this.error('src/ui/styles.ts: the css`` template must be plain CSS (no interpolation, no backslash)');
        const out = transform({ filename: 'styles.css', code: Buffer.from(body), minify: true }).code.toString();
        return `css\`${out.replace(/[\\`]|\$\{/g, (c) => `\\${c}`)}\``;
      });
    },
  };
}

/**
 * The modules of the lazy `flow` chunk (src/ui/regelingen-wizard.ts loads it at the first start):
 * the machine and the engine, i18next with its set-up, and the question and review screens (the
 * start screen needs none of them).
 */
const FLOW =
  /[\\/]src[\\/](engine|flow)[\\/]|[\\/]node_modules[\\/](xstate|i18next)[\\/]|[\\/]src[\\/]dataset[\\/]today\.ts$|[\\/]src[\\/]i18n[\\/]index\.ts$|[\\/]src[\\/]ui[\\/]screens[\\/](journey|question|review)\.ts$/;

/** `npm start` prints http://localhost:5173/: the root redirects to the demo pages. */
function rootToDemo(): Plugin {
  return {
    name: 'regelingenwijzer-root-to-demo',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url !== '/' && req.url !== '/index.html') return next();
        res.statusCode = 302;
        res.setHeader('Location', '/demo/');
        res.end();
      });
    },
  };
}

export default defineConfig({
  server: { port: 5173, open: '/demo/index.html' },
  plugins: [embeddedDatasetJson(), datasetJson(), minifyCss(), rootToDemo(), integrityJson()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'regelingen-wizard.js' },
    // The validator (zod) is a separate chunk, loaded only when a dataset or overlay URL is set;
    // so are the result screen, the English strings and what the result's actions need.
    rolldownOptions: {
      preserveEntrySignatures: 'allow-extension',
      output: {
        minify: !process.env.NO_MINIFY,
        // V8's per-file compile hint (Chromium 136+): the flow chunk's functions are compiled
        // while the chunk streams in, on a background thread, as the start screen is up. Compiled
        // lazily instead, on first call, they cost the first answers and the step to the review
        // 3-7 ms each on the main thread at 4x CPU in a trace, about a fifth of those steps (issue 24).
        // It must be the file's first line (test/embed/compile-hint.test.ts).
        postBanner: (chunk) => (chunk.name === 'flow' ? '//# allFunctionsCalledOnLoad' : ''),
        chunkFileNames: 'regelingen-wizard-[name].js',
        // Everything the entry imports statically stays in the one entry file. Without this group,
        // a lazy chunk that imports the engine makes Rolldown 1.2 split lit, the condition tree and
        // the crisis lines into common chunks the page must load before the widget starts (rolldown
        // issue 10731); the group's chunk is merged into the entry (test/embed/privacy.test.ts
        // checks which files load before the first control). NO_MINIFY=1: readable names for a profile.
        codeSplitting: {
          groups: [
            { name: 'initial', tags: ['$initial'], priority: 2 },
            // The machine, xstate and the engine: one chunk, loaded while the start screen is up
            // (engine/dates.ts, loaded on demand from it, stays apart).
            { name: 'flow', test: (id) => FLOW.test(id) && !/dates\.ts$/.test(id), priority: 1 },
          ],
        },
      },
    },
    sourcemap: false,
  },
});
