// Before the tests: make sure Debian's Chromium is there. Installs it when we can (root on
// Debian, apt-get), otherwise stops at once with the exact command to run. Never hangs.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log(`Chromium not found at ${path}: installing it with apt-get (about 30 s) ...`);
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
      timeout: 600_000,
    });
  } catch {
    console.error('Installing Chromium failed. Run: sudo apt-get install -y chromium');
    process.exit(1);
  }
  if (existsSync(path)) process.exit(0);
}
console.error(
  `Chromium is missing at ${path}. Install it first:\n  sudo apt-get install -y chromium\n` +
    'or point CHROME_PATH at a Chromium or Chrome binary.',
);
process.exit(1);
