// The build's package files beside the bundle (used by vite.config.ts):
// - <outDir>/types/**/*.d.ts: type declarations generated from src/ (tsconfig.build.json);
// - <outDir>/integrity.json: the Subresource Integrity hash (sha384) of every script, for a
//   `<script integrity>` tag or an import map's "integrity" (the on-demand chunk); the build
//   prints the main file's hash.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Plugin } from 'vite';

const root = resolve(import.meta.dirname, '..');
const run = promisify(execFile);

export function packageFiles(): Plugin {
  let outDir = join(root, 'dist');
  let info = (_: string): void => {};
  let warn = (_: string): void => {};
  let types: Promise<unknown> | undefined;
  let typesDir = '';
  return {
    name: 'regelingenwijzer-package-files',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      info = (msg) => config.logger.info(msg);
      warn = (msg) => config.logger.warn(msg);
    },
    buildStart() {
      // TypeScript 7 (native) writes the declarations while the bundle is built. A type error
      // elsewhere in src/ is reported by `npm run typecheck`; here it is printed, and the
      // declarations are written all the same. (Into a folder of their own: Vite empties outDir.)
      typesDir = mkdtempSync(join(tmpdir(), 'regelingenwijzer-types-'));
      types = run(
        process.execPath,
        [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json'), '--outDir', typesDir],
        { cwd: root },
      ).catch((e: { stdout?: string }) => warn(`type declarations: tsc reported problems\n${e.stdout ?? e}`));
    },
    async closeBundle() {
      const integrity = Object.fromEntries(
        readdirSync(outDir)
          .filter((f) => f.endsWith('.js'))
          .sort()
          .map((f) => [
            f,
            `sha384-${createHash('sha384')
              .update(readFileSync(join(outDir, f)))
              .digest('base64')}`,
          ]),
      );
      writeFileSync(join(outDir, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);
      info(`integrity.json: regelingen-wizard.js ${integrity['regelingen-wizard.js']}`);
      await types;
      cpSync(typesDir, join(outDir, 'types'), { recursive: true });
      rmSync(typesDir, { recursive: true, force: true });
      if (!existsSync(join(outDir, 'types/index.d.ts'))) throw new Error('type declarations: types/index.d.ts was not written');
    },
  };
}
