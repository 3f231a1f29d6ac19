// Tests run in Debian's Chromium (npm cannot download a browser here). See README.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';

import { embedMiddleware } from './test/embed/server.js';
import { packageMiddleware } from './test/package/server.js';
import { screenshotPlugin } from './test/screenshot-plugin.js';
import { jsonModulePlugin } from './test/json-plugin.js';
import { importGlobPlugin } from './scripts/dataset-files.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from './scripts/chromium.mjs';

export default {
  files: 'test/**/*.test.ts',
  nodeResolve: { exportConditions: ['production'] },
  mimeTypes: { '**/*.json': 'js' },
  // test/embed: fixtures served as real JSON, failing dataset URLs (404, slow, not JSON) and host
  // pages with a strict Content-Security-Policy header, all under /embed/ (see test/embed/server.js).
  // test/package: the packed npm package installed into a scratch project, under /package/.
  middleware: [embedMiddleware, packageMiddleware],
  plugins: [
    screenshotPlugin(),
    jsonModulePlugin(),
    importGlobPlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
  ],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  concurrency: 2,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
};
