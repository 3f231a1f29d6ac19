// The build's package files beside the bundle (used by vite.config.ts):
// - <outDir>/types/**/*.d.ts: type declarations generated from src/ (tsconfig.build.json);
// - <outDir>/integrity.json: the Subresource Integrity hash (sha384) of every script, for a
//   `<script integrity>` tag or an import map's "integrity" (the on-demand chunk), and the line
//   to paste printed on the console.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const root = resolve(import.meta.dirname, '..');

export function packageFiles(): Plugin {
  let outDir = join(root, 'dist');
  let info = (_: string): void => {};
  return {
    name: 'regelingenwijzer-package-files',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      info = (msg) => config.logger.info(msg);
    },
    writeBundle() {
      const integrity = Object.fromEntries(readdirSync(outDir).filter((f) => f.endsWith('.js')).sort().map((f) =>
        [f, `sha384-${createHash('sha384').update(readFileSync(join(outDir, f))).digest('base64')}`]));
      writeFileSync(join(outDir, 'integrity.json'), JSON.stringify(integrity, null, 2) + '\n');
      info(`integrity.json: regelingen-wizard.js ${integrity['regelingen-wizard.js']}`);
      // TypeScript 7 (native) emits the declarations in about a second. A type error elsewhere in
      // src/ is reported by `npm run typecheck`; here it is printed and the declarations are kept.
      const tsc = join(root, 'node_modules/typescript/bin/tsc');
      try {
        execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json'), '--outDir', join(outDir, 'types')], { cwd: root, stdio: 'pipe' });
      } catch (e) {
        console.warn(`type declarations: tsc reported problems\n${(e as { stdout?: Buffer }).stdout?.toString() ?? e}`);
      }
      if (!existsSync(join(outDir, 'types/index.d.ts'))) throw new Error('type declarations: types/index.d.ts was not written');
    },
  };
}
