/**
 * Data from URLs the host configured: fetch, check the shape, validate (validate.ts), merge.
 * Loaded on demand (with zod) only when a dataset or overlay URL is set; any failure becomes a
 * LoadError that names the URL and says precisely what went wrong, and never a half-valid dataset.
 */
import { LoadError } from './load-error.js';
import { MAX_CHARS, parseJson } from './json-text.js';
import type { DatasetFiles } from './merge.js';
import { errorsOf, formatProblem, type Problem } from './problems.js';
import type { Dataset, Overlay } from './schema.js';
import { validateDataset, validateOverlay, type Report } from './validate.js';
import type { Locate } from './check-scope.js';
import { nationalLineProblems } from './crisis-problems.js';
import { today } from './today.js';

// A timeout is the signal's own reason: a body read that the timeout cuts off may reject with a plain AbortError.
const isTimeout = (e: unknown, signal?: AbortSignal) =>
  (e as Error | undefined)?.name === 'TimeoutError' ||
  (signal?.aborted === true && (signal.reason as Error | undefined)?.name === 'TimeoutError');

const SRI = /^(sha256|sha384|sha512)-([A-Za-z0-9+/]+={0,2})$/;

/**
 * Subresource Integrity for data (`dataset-integrity`, `overlay-integrity`): one or more
 * `sha256-`/`sha384-`/`sha512-` base64 hashes, as in a script tag's `integrity`; the strongest
 * algorithm given counts, and one of its hashes must match the bytes, else the data is refused.
 */
async function checkIntegrity(url: string, bytes: ArrayBuffer, integrity: string): Promise<void> {
  const wanted = integrity
    .trim()
    .split(/\s+/)
    .map((s) => SRI.exec(s));
  if (!wanted.length || wanted.some((m) => !m)) {
    throw new LoadError(url, `integriteit "${integrity}" is geen sha256-, sha384- of sha512-hash in base64 (integrity is not an SRI hash)`);
  }
  if (!globalThis.crypto?.subtle)
    throw new LoadError(
      url,
      'integriteit kan niet worden gecontroleerd: dat kan alleen op een beveiligde pagina (https) (integrity needs a secure context)',
    );
  const alg = wanted
    .map((m) => m![1]!)
    .sort()
    .at(-1)!;
  const digest = new Uint8Array(await crypto.subtle.digest(`SHA-${alg.slice(3)}`, bytes));
  const found = btoa(Array.from(digest, (b) => String.fromCharCode(b)).join(''));
  if (!wanted.some((m) => m![1] === alg && m![2] === found)) {
    throw new LoadError(
      url,
      `integriteit klopt niet: de inhoud heeft ${alg}-${found}, verwacht ${integrity} (integrity mismatch: the file is not the one the page expects)`,
    );
  }
}

async function fetchJson(url: string, timeout: number, integrity?: string): Promise<{ raw: unknown; text: string }> {
  let res: Response;
  const signal = AbortSignal.timeout(timeout);
  try {
    res = await fetch(url, { signal, credentials: 'omit', referrerPolicy: 'no-referrer' });
  } catch (e) {
    throw new LoadError(url, isTimeout(e, signal) ? `geen antwoord binnen ${timeout} ms` : `niet bereikbaar (${(e as Error).message})`);
  }
  if (!res.ok) throw new LoadError(url, `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
  let bytes: ArrayBuffer;
  try {
    bytes = await res.arrayBuffer();
  } catch (e) {
    throw new LoadError(url, isTimeout(e, signal) ? `geen antwoord binnen ${timeout} ms` : `afgebroken (${(e as Error).message})`);
  }
  if (integrity) await checkIntegrity(url, bytes, integrity);
  // too large: refused before it is decoded (a character is at least one byte)
  if (bytes.byteLength > MAX_CHARS)
    throw new LoadError(url, `ongeldige dataset: te groot: ${bytes.byteLength} bytes, meer dan ${MAX_CHARS}`);
  const text = new TextDecoder().decode(bytes);
  // size and depth before JSON.parse: a hostile text is refused with its place, in linear time
  const parsed = parseJson(text);
  if (parsed.ok) return { raw: parsed.value, text };
  if (parsed.rule !== 'json') throw new LoadError(url, `ongeldige dataset: ${parsed.reason} (${parsed.en})`);
  const at = parsed.position ? `; regel ${parsed.position.line}, kolom ${parsed.position.column}` : '';
  throw new LoadError(url, `geen geldige JSON (${parsed.reason}${at}; content-type ${res.headers.get('content-type') ?? 'onbekend'})`);
}

/**
 * The widget names the first error and how many more: it stops after this many (the validator
 * CLI reports up to MAX_ERRORS), so a file full of errors cannot hold the page up.
 */
const MAX_SHOWN_ERRORS = 50;

/** Parsing and each validation run in their own task, so the page can paint and react in between. */
const nextTask = () => new Promise<void>((r) => setTimeout(r, 0));

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A dataset file must be an object with the four parts of DatasetFiles before zod looks inside. */
function asDatasetFiles(url: string, raw: unknown): DatasetFiles {
  if (!isObject(raw))
    throw new LoadError(url, 'ongeldige dataset: verwacht een JSON-object met vragen.json, cijfers.json, loketten.json en regelingen');
  const missing = ['vragen.json', 'cijfers.json', 'loketten.json', 'regelingen'].filter((k) => !(k in raw));
  if (missing.length) throw new LoadError(url, `ongeldige dataset: ontbreekt ${missing.join(', ')}`);
  if (!isObject(raw['regelingen'])) throw new LoadError(url, 'ongeldige dataset: regelingen moet een object zijn (bestandsnaam → inhoud)');
  return raw as unknown as DatasetFiles;
}

/** The report's value, or a LoadError with every error (warnings do not stop the data). */
function accepted<T>(url: string, report: Report<T>): T {
  const errors: Problem[] = errorsOf(report.problems);
  if (report.value !== undefined && !errors.length) return report.value;
  const first = errors[0];
  const more = errors.length > 1 ? ` (en ${errors.length - 1} meer)` : '';
  throw new LoadError(url, `ongeldige dataset${first ? `: ${formatProblem(first)}${more}` : ''}`, errors);
}

/**
 * Fetch both URLs at once and validate them; the embedded base or overlay fills in what has no
 * URL. Either failing fails the whole load. `gemeente`: the page's municipality; an overlay URL
 * for another municipality is refused.
 */
export async function loadRemote(
  opts: {
    datasetUrl?: string;
    overlayUrl?: string;
    timeout: number;
    gemeente?: string;
    datasetIntegrity?: string;
    overlayIntegrity?: string;
  },
  embedded: { base: () => Dataset; overlay: Overlay | undefined },
): Promise<Dataset> {
  const { datasetUrl, overlayUrl, timeout, gemeente } = opts;
  const [base, overlay] = await Promise.all([
    datasetUrl ? fetchJson(datasetUrl, timeout, opts.datasetIntegrity) : undefined,
    overlayUrl ? fetchJson(overlayUrl, timeout, opts.overlayIntegrity) : undefined,
  ]);
  let ds = embedded.base();
  let baseAt: Locate | undefined;
  if (datasetUrl && base) {
    const name = (f: string) => `${datasetUrl} › ${f}`;
    await nextTask();
    const report = validateDataset(asDatasetFiles(datasetUrl, base.raw), { bundle: base.text, name, maxErrors: MAX_SHOWN_ERRORS });
    // The national crisis lines, as an overlay cannot change them either (same rules, same messages).
    const crisis = report.value ? nationalLineProblems(report.value, report.at, today(), name('loketten.json')) : [];
    ds = accepted(datasetUrl, { ...report, problems: [...report.problems, ...crisis] });
    baseAt = report.at;
  }
  const raw = overlay?.raw ?? embedded.overlay;
  if (!raw) return ds;
  const where = overlayUrl ?? `gemeenten/${(raw as Overlay).gemeente}.json`;
  await nextTask();
  return accepted(
    where,
    validateOverlay(raw, ds, {
      file: where,
      text: overlay?.text,
      gemeente: overlayUrl ? gemeente : undefined,
      baseAt,
      maxErrors: MAX_SHOWN_ERRORS,
    }),
  );
}
