/**
 * Data from URLs the host configured: fetch, check the shape, validate with zod, merge. Loaded
 * on demand (with zod) only when a dataset or overlay URL is set; any failure becomes a
 * LoadError that says precisely what went wrong, and never a half-valid dataset.
 */
import { mergeOverlay, parseDataset, parseOverlay } from './load.js';
import type { DatasetFiles } from './merge.js';
import type { Dataset, Overlay } from './model.js';
import { formatProblem, type DatasetError } from './problems.js';
import { LoadError } from './load-error.js';

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
    if ((e as Error)?.name === 'DatasetError') {
      const problems = (e as DatasetError).problems;
      const first = problems[0];
      const more = problems.length > 1 ? ` (en ${problems.length - 1} meer)` : '';
      throw new LoadError(url, `ongeldige dataset${first ? `: ${formatProblem(first)}${more}` : ''}`, problems);
    }
    throw new LoadError(url, `ongeldige dataset (${(e as Error).message})`);
  }
}

/**
 * Fetch both URLs at once and validate them; the embedded base or overlay fills in what has no
 * URL. Either failing fails the whole load.
 */
export async function loadRemote(
  opts: { datasetUrl?: string; overlayUrl?: string; timeout: number },
  embedded: { base: () => Dataset; overlay: Overlay | undefined },
): Promise<Dataset> {
  const { datasetUrl, overlayUrl, timeout } = opts;
  const [base, overlay] = await Promise.all([
    datasetUrl
      ? fetchJson(datasetUrl, timeout).then((raw) => validated(datasetUrl, () => parseDataset(asDatasetFiles(datasetUrl, raw))))
      : embedded.base(),
    overlayUrl
      ? fetchJson(overlayUrl, timeout).then((raw) => validated(overlayUrl, () => parseOverlay(raw, overlayUrl)))
      : embedded.overlay,
  ]);
  if (!overlay) return base;
  const where = overlayUrl ?? `gemeenten/${overlay.gemeente}.json`;
  return validated(where, () => mergeOverlay(base, overlay, where));
}
