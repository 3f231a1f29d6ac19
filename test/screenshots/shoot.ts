/**
 * `shoot(path)`: a PNG of the test page into screenshots/ (not committed), for people to look at.
 * Only `npm run screenshots` serves the command (web-test-runner.screenshots.config.js); `npm test`
 * takes no pictures: a screenshot waits for a painted frame, and on a loaded machine that can take
 * longer than the runner allows a command (20 s), which failed tests that assert nothing about it.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export async function shoot(path: string, fullPage = true): Promise<void> {
  const ok = await executeServerCommand('screenshot', { path: `screenshots/${path}.png`, fullPage });
  if (ok !== true) throw new Error(`no screenshot ${path}: run this file with npm run screenshots`);
}
