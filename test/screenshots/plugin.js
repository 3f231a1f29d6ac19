// The `screenshot` server command of `npm run screenshots` (web-test-runner.screenshots.config.js):
// `executeServerCommand('screenshot', { path, fullPage })` saves a PNG of the test page.
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

export function screenshotPlugin() {
  return {
    name: 'regelingenwijzer-screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'screenshot') return undefined;
      const page = session.browser.getPage(session.id);
      await mkdir(dirname(payload.path), { recursive: true });
      await page.screenshot({ path: payload.path, fullPage: payload.fullPage ?? true });
      return true;
    },
  };
}
