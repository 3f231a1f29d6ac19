// `npm run screenshots`: pictures of the widget to look at, into screenshots/ (not committed).
// Not part of `npm test` nor CI: the tests assert behaviour; these files only take pictures.
import config from './web-test-runner.config.js';
import { screenshotPlugin } from './test/screenshots/plugin.js';

export default {
  ...config,
  files: 'test/screenshots/**/*.shots.ts',
  plugins: [screenshotPlugin(), ...config.plugins],
  // One page at a time: nothing here is timed, and a picture never waits behind another page.
  concurrency: 1,
};
