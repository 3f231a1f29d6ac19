/**
 * Where the dataset comes from: the embedded national dataset, or a URL the host page
 * configured, plus a municipal overlay (embedded for the municipalities we ship, or a URL).
 * A URL is fetched, validated with zod (loaded on demand: the embedded data needs no validator
 * at run time, it is checked by the tests and the build) and merged; any failure becomes a LoadError that says
 * precisely what went wrong, and never a half-valid dataset.
 */
import { DEFAULT_FILES, DEFAULT_OVERLAYS } from './default-dataset.js';
import { assembleTrusted, combine, type DatasetFiles } from './merge.js';
import type { Dataset, Overlay } from './model.js';
import { formatProblem, type DatasetError } from './problems.js';

/** The validator (zod and the schemas): loaded only when a host configures a URL. */
const validator = () => import('./load.js');

export interface SourceOptions {
  gemeente?: string;
  datasetUrl?: string;
  overlayUrl?: string;
  /** Milliseconds before a URL counts as failed. */
  timeout?: number;
}

/**
 * Defaults for every widget on the page. A host (or a test) may lower `timeout` before the
 * widget loads its data: `import { sourceDefaults } from '.../source.js'; sourceDefaults.timeout = 3000`.
 */
export const sourceDefaults = { timeout: 10000 };

export class LoadError extends Error {
  constructor(readonly url: string, readonly reason: string, readonly problems: DatasetError['problems'] = []) {
    super(`Regelingenwijzer: ${url}: ${reason}`);
    this.name = 'LoadError';
  }
}

const isTimeout = (e: unknown) => (e as Error | undefined)?.name === 'TimeoutError';

async function fetchJson(url: string, timeout: number): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(timeout), credentials: 'omit', referrerPolicy: 'no-referrer' });
  } catch (e) {
    throw new LoadError(url, isTimeout(e) ? `geen antwoord binnen ${timeout} ms` : `niet bereikbaar (${(e as Error).message})`);
  }
  if (!res.ok) throw new LoadError(url, `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
  let text: string;
  try {
    text = await res.text();
  } catch (e) {
    throw new LoadError(url, isTimeout(e) ? `geen antwoord binnen ${timeout} ms` : `afgebroken (${(e as Error).message})`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new LoadError(url, `geen geldige JSON (${(e as Error).message}; content-type ${res.headers.get('content-type') ?? 'onbekend'})`);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A dataset file must be an object with the four parts of DatasetFiles before zod looks inside. */
function asDatasetFiles(url: string, raw: unknown): DatasetFiles {
  if (!isObject(raw)) throw new LoadError(url, 'ongeldige dataset: verwacht een JSON-object met vragen.json, cijfers.json, loketten.json en regelingen');
  const missing = ['vragen.json', 'cijfers.json', 'loketten.json', 'regelingen'].filter((k) => !(k in raw));
  if (missing.length) throw new LoadError(url, `ongeldige dataset: ontbreekt ${missing.join(', ')}`);
  if (!isObject(raw['regelingen'])) throw new LoadError(url, 'ongeldige dataset: regelingen moet een object zijn (bestandsnaam → inhoud)');
  return raw as unknown as DatasetFiles;
}

function validated<T>(url: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof LoadError) throw e;
    // By name, not instanceof: the validator chunk may hold its own copy of the class.
    if ((e as Error)?.name === 'DatasetError') {
      const problems = (e as DatasetError).problems;
      const first = problems[0];
      const more = problems.length > 1 ? ` (en ${problems.length - 1} meer)` : '';
      throw new LoadError(url, `ongeldige dataset${first ? `: ${formatProblem(first)}${more}` : ''}`, problems);
    }
    throw new LoadError(url, `ongeldige dataset (${(e as Error).message})`);
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
  const timeout = opts.timeout ?? sourceDefaults.timeout;
  const { datasetUrl, overlayUrl } = opts;
  // Both URLs are fetched at once; either failing fails the whole load (never a half-valid dataset).
  const [base, overlay] = await Promise.all([
    datasetUrl
      ? Promise.all([fetchJson(datasetUrl, timeout), validator()]).then(([raw, v]) => validated(datasetUrl, () => v.parseDataset(asDatasetFiles(datasetUrl, raw))))
      : embeddedDataset(),
    overlayUrl
      ? Promise.all([fetchJson(overlayUrl, timeout), validator()]).then(([raw, v]) => validated(overlayUrl, () => v.parseOverlay(raw, overlayUrl)))
      : embeddedOverlay(opts.gemeente),
  ]);
  if (!overlay) return base;
  const where = overlayUrl ?? `gemeenten/${overlay.gemeente}.json`;
  // Embedded data on both sides is tested; anything from a URL is checked as a whole.
  if (!datasetUrl && !overlayUrl) return combine(base, overlay);
  const v = await validator();
  return validated(where, () => v.mergeOverlay(base, overlay, where));
}
