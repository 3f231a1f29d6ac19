// Vite's `import.meta.glob` (src/dataset/default-dataset.ts finds the dataset's files with it)
// for the tools that are not Vite: web-test-runner (a dev-server plugin) and esbuild (the bench,
// the CLI). Only the eager form the project uses: import.meta.glob('<pattern>', { eager: true,
// import: 'default' }), with one `*` in the file name. Matches are listed in name order, as Vite does.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const GLOB = /import\.meta\.glob\(\s*'([^']+)'\s*,\s*\{\s*eager:\s*true,\s*import:\s*'default'\s*\}\s*\)/g;

/** Files matching a pattern like '../../regelingen/regelingen/*.json', relative to `fromDir`, sorted. */
export function globFiles(fromDir, pattern) {
  const dir = resolve(fromDir, dirname(pattern));
  const [prefix, suffix] = pattern.slice(pattern.lastIndexOf('/') + 1).split('*');
  let names = [];
  try {
    names = readdirSync(dir);
  } catch {
    /* no folder: no files */
  }
  return names
    .filter((f) => f.startsWith(prefix) && f.endsWith(suffix) && f.length >= prefix.length + suffix.length)
    .sort()
    .map((f) => `${dirname(pattern)}/${f}`);
}

/** The source with every eager import.meta.glob replaced by static imports (null: nothing to do). */
export function expandGlobs(code, file) {
  if (!code.includes('import.meta.glob')) return null;
  const imports = [];
  const out = code.replace(GLOB, (_, pattern) => {
    const entries = globFiles(dirname(file), pattern).map((path) => {
      const name = `__glob${imports.length}`;
      imports.push(`import ${name} from ${JSON.stringify(path)};`);
      return `${JSON.stringify(path)}: ${name}`;
    });
    return `{ ${entries.join(', ')} }`;
  });
  return `${imports.join('\n')}\n${out}`;
}

/** web-test-runner plugin (before esbuild's): expands import.meta.glob in served TypeScript. */
export function importGlobPlugin() {
  return {
    name: 'regelingenwijzer-import-glob',
    transform(context) {
      if (!context.path.endsWith('.ts') || typeof context.body !== 'string') return undefined;
      const file = join(process.cwd(), decodeURIComponent(context.path));
      const body = expandGlobs(context.body, file);
      return body === null ? undefined : { body };
    },
  };
}

/** esbuild plugin: the same for bundles made with esbuild. */
export function esbuildImportGlob() {
  return {
    name: 'regelingenwijzer-import-glob',
    setup(build) {
      build.onLoad({ filter: /(src[\\/]dataset[\\/]default-dataset|regelingen[\\/]scenarios[\\/]index)\.ts$/ }, (args) => {
        const code = readFileSync(args.path, 'utf8');
        return { contents: expandGlobs(code, args.path) ?? code, loader: 'ts', resolveDir: dirname(args.path) };
      });
    },
  };
}
