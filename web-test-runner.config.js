// Tests run in Debian's Chromium (npm cannot download a browser here). See README.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupJson from '@rollup/plugin-json';

const json = fromRollup(rollupJson);

export default {
  files: 'test/**/*.test.ts',
  nodeResolve: { exportConditions: ['production'] },
  mimeTypes: { '**/*.json': 'js' },
  plugins: [json({ preferConst: true }), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  concurrency: 2,
  browsers: [chromeLauncher({
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  })],
};
