// <outDir>/integrity.json, written by the build (used by vite.config.ts): the Subresource
// Integrity hash (sha384) of every script, for a `<script integrity>` tag or an import map's
// "integrity" (the on-demand chunks); the build prints the main file's hash.
// (The type declarations, dist/types/, are written only when packing: `npm run types`, run by
// `prepack`; a plain build does not wait for tsc.)
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

export function integrityJson(): Plugin {
  let outDir = '';
  let info = (_: string): void => {};
  return {
    name: 'regelingenwijzer-integrity',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      info = (msg) => config.logger.info(msg);
    },
    // writeBundle, not closeBundle: closeBundle also runs after a failed build, where reading a missing
    // outDir would throw and hide the build's own error.
    writeBundle() {
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
    },
  };
}
