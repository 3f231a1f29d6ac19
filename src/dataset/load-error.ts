/** Why the data could not be loaded: the URL, the reason, and the problems of an invalid dataset. */
import type { Problem } from './problems.js';

export class LoadError extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
    readonly problems: Problem[] = [],
  ) {
    super(`Regelingenwijzer: ${url}: ${reason}`);
    this.name = 'LoadError';
  }
}
