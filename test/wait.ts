/**
 * How long a test waits for something the page will do (a screen, a focus move, a fetch). Only a
 * guard against a hang, never a speed check: on a loaded 2-core machine one step can take seconds
 * (issue 23). Below the runner's budget per test (web-test-runner.config.js), so a wait that never
 * ends says what it waited for.
 */
export const WAIT = 30000;
