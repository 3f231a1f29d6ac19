/**
 * Where the dataset comes from: the embedded national dataset, or a URL the host page
 * configured, plus a municipal overlay (embedded for the municipalities we ship, or a URL).
 * The embedded data needs no validator at run time (the tests and the build check it; merging
 * still refuses an overlay that touches a crisis line); URLs are handled by remote.ts, loaded on
 * demand together with zod.
 */
import { DEFAULT_FILES, DEFAULT_OVERLAYS, ready } from './default-dataset.js';
import { assembleTrusted, combine } from './merge.js';
import type { Contact, Dataset, Overlay } from './schema.js';

export type { LoadError } from './load-error.js';

export interface SourceOptions {
  gemeente?: string;
  datasetUrl?: string;
  overlayUrl?: string;
  /** Milliseconds before a URL counts as failed. */
  timeout?: number;
  /** SRI hashes (`sha384-…`) the fetched dataset / overlay must match. */
  datasetIntegrity?: string;
  overlayIntegrity?: string;
}

/**
 * Defaults for every widget on the page. A host (or a test) may lower `timeout` before the
 * widget loads its data: `import { sourceDefaults } from '.../source.js'; sourceDefaults.timeout = 3000`.
 */
export const sourceDefaults = { timeout: 10000 };

let defaultDataset: Dataset | undefined;

/** Whether the embedded dataset is still on its way (the build loads it as a chunk of its own). */
let pending = !!ready;
ready?.then(
  () => {
    pending = false;
  },
  () => {},
);
export const embeddedPending = (): boolean => pending;

/** The embedded national dataset (assembled once). */
export function embeddedDataset(): Dataset {
  return (defaultDataset ??= assembleTrusted(DEFAULT_FILES));
}

/** The embedded overlay for a municipality code, if we ship one. */
export function embeddedOverlay(code: string | undefined): Overlay | undefined {
  return code ? (DEFAULT_OVERLAYS[code.toUpperCase()] as Overlay | undefined) : undefined;
}

/**
 * The counters of a municipality we ship an overlay for, as the merge leaves them (never a
 * crisis counter): for a municipality chosen on the result and the error screen's contact, by
 * the same path as the page's own municipality.
 */
export function embeddedCounters(code: string | undefined): Record<string, Contact> | undefined {
  const overlay = embeddedOverlay(code);
  return overlay ? combine(embeddedDataset(), overlay).gemeente?.loketten : undefined;
}

export async function loadDataset(opts: SourceOptions = {}): Promise<Dataset> {
  const { datasetUrl, overlayUrl } = opts;
  if (!datasetUrl && !overlayUrl) {
    if (ready) await ready;
    const overlay = embeddedOverlay(opts.gemeente);
    return overlay ? combine(embeddedDataset(), overlay) : embeddedDataset();
  }
  // With a URL the embedded data may still be needed: as the base of an overlay URL, and for the
  // municipality's contact on the error screen.
  if (ready) await ready.catch(() => {});
  const overlay = embeddedOverlay(opts.gemeente);
  const { loadRemote } = await import('./remote.js');
  return loadRemote(
    { ...opts, datasetUrl, overlayUrl, timeout: opts.timeout ?? sourceDefaults.timeout },
    { base: embeddedDataset, overlay },
  );
}
