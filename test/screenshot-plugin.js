// A web-test-runner server command: `executeServerCommand('screenshot', { path })` saves a PNG
// of the test page (full page) so people can look at the widget at several widths.
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

export function screenshotPlugin() {
  return {
    name: 'regelingenwijzer-screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'screenshot') return undefined;
      const page = session.browser.getPage(session.id);
      await mkdir(dirname(payload.path), { recursive: true });
      // Two test files run at once, each in a tab of one browser: a background tab draws no
      // frames, and a screenshot waits for one. Bring this tab to the front first.
      await page.bringToFront();
      await page.screenshot({ path: payload.path, fullPage: payload.fullPage ?? true });
      return true;
    },
  };
}
