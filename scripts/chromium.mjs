// Debian's Chromium, as the tests and the bench start it (npm cannot download a browser here).
// As root the sandbox must be off; without the background-networking flags Chromium keeps
// trying hosts this machine cannot reach.
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Tests run two pages at once: the one in the background keeps its timers and frames.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
