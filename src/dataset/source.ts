/**
 * Where the dataset comes from: the embedded national dataset, or a URL the host page
 * configured, plus a municipal overlay (embedded for the municipalities we ship, or a URL).
 * A URL is fetched, validated with zod and merged; any failure becomes a LoadError that says
 * precisely what went wrong, and never a half-valid dataset.
 */
import { DEFAULT_FILES, DEFAULT_OVERLAYS } from './default-dataset.js';
import { assembleTrusted, mergeOverlay, parseDataset, parseOverlay, type DatasetFiles } from './load.js';
import type { Dataset, Overlay } from './schema.js';
import { DatasetError } from './validate.js';

export interface SourceOptions {
  gemeente?: string;
  datasetUrl?: string;
  overlayUrl?: string;
  /** Milliseconds before a URL counts as failed. */
  timeout?: number;
}

export class LoadError extends Error {
  constructor(readonly url: string, readonly reason: string, readonly problems: DatasetError['problems'] = []) {
    super(`Regelingenwijzer: ${url}: ${reason}`);
    this.name = 'LoadError';
  }
}

async function fetchJson(url: string, timeout: number): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(timeout), credentials: 'omit', referrerPolicy: 'no-referrer' });
  } catch (e) {
    throw new LoadError(url, (e as Error).name === 'TimeoutError' ? `geen antwoord binnen ${timeout} ms` : `niet bereikbaar (${(e as Error).message})`);
  }
  if (!res.ok) throw new LoadError(url, `HTTP ${res.status}`);
  try {
    return await res.json();
  } catch {
    throw new LoadError(url, 'geen geldige JSON');
  }
}

function validated<T>(url: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof DatasetError) throw new LoadError(url, 'ongeldige dataset', e.problems);
    throw e;
  }
}

let defaultDataset: Dataset | undefined;

/** The embedded national dataset (assembled once). */
export function embeddedDataset(): Dataset {
  return (defaultDataset ??= assembleTrusted(DEFAULT_FILES));
}

/** The embedded overlay for a municipality code, if we ship one. */
export function embeddedOverlay(code: string | undefined): Overlay | undefined {
  return code ? (DEFAULT_OVERLAYS[code.toUpperCase()] as Overlay | undefined) : undefined;
}

export async function loadDataset(opts: SourceOptions = {}): Promise<Dataset> {
  const timeout = opts.timeout ?? 10000;
  const base = opts.datasetUrl
    ? await fetchJson(opts.datasetUrl, timeout).then((raw) => validated(opts.datasetUrl!, () => parseDataset(raw as DatasetFiles)))
    : embeddedDataset();
  const overlay = opts.overlayUrl
    ? await fetchJson(opts.overlayUrl, timeout).then((raw) => validated(opts.overlayUrl!, () => parseOverlay(raw, opts.overlayUrl)))
    : embeddedOverlay(opts.gemeente);
  if (!overlay) return base;
  const where = opts.overlayUrl ?? `gemeenten/${overlay.gemeente}.json`;
  return validated(where, () => mergeOverlay(base, overlay, where));
}
