// Tests run in Debian's Chromium (npm cannot download a browser here). See README.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';

import { embedMiddleware } from './test/embed/server.js';
import { packageMiddleware } from './test/package/server.js';
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
  plugins: [jsonModulePlugin(), importGlobPlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  // Budgets for a loaded machine (issue 23). The suite runs on 2 cores beside other work (other
  // builds, `stress-ng --cpu 2`): then a page gets a third of a core or less and every step takes
  // several times as long as idle. Tests assert behaviour, never speed (speed is `npm run bench`),
  // so these budgets only stop a hang; they are the same for every test and every file, and no
  // test sets its own (except the few that run minutes idle: the monkey's memory walk, the packed
  // package, 1,000 random datasets). Screenshots are not taken here: `npm run screenshots`.
  testFramework: { config: { timeout: 120000 } },
  testsStartTimeout: 120000,
  browserStartTimeout: 120000,
  testsFinishTimeout: 900000,
  concurrency: 2,
  browsers: [
    chromeLauncher({
      // Two test files run at once, each in a tab of one Chromium. A tab that is not in front is
      // hidden and has no focus: it paints no frame (no requestAnimationFrame, screenshots wait),
      // and what a test checks about focus depended on which file happened to be in front. Focus
      // emulation makes every test page visible and focused, as a person's page is.
      createPage: async ({ context }) => {
        const page = await context.newPage();
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
      launchOptions: {
        executablePath: CHROMIUM,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
};
