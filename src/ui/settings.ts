/**
 * The element's attributes as the machine may use them (issue 14): a bad value never dead-ends
 * the person. An impossible `datum` or `timeout` falls back to the default with a console
 * warning; the host's own contact (`contact-*`) is used only when it is well-formed.
 */
import { PERSPECTIVES, type Contact, type Perspective } from '../dataset/model.js';

export const warn = (message: string, ..._: unknown[]) => console.warn(`Regelingenwijzer: ${message}`);

/** A real calendar day JJJJ-MM-DD ("2026-02-31" is not one). */
export const isDay = (s: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s);

/** The check date, or undefined (the engine then uses today in the Netherlands). */
export function checkDatum(v: string | undefined): string | undefined {
  if (v == null || v === '') return undefined;
  if (isDay(v)) return v;
  warn(`datum="${v}" is geen bestaande dag (JJJJ-MM-DD); de widget rekent met vandaag. / not a real day (YYYY-MM-DD); using today.`);
  return undefined;
}

/**
 * The municipality as people write it in a CMS template: spaces, a line break, lower case,
 * full-width digits, no "GM" or no leading zeros (" gm0344\n", "ＧＭ０３４４", "0344", "344")
 * all mean GM0344. A value that still fits no CBS code falls back to no municipality, with a
 * console warning naming the value.
 */
export function checkGemeente(v: string | undefined): string | undefined {
  if (v == null) return undefined;
  const s = v
    .normalize('NFKC')
    .replace(/[\s\u200B-\u200D\u2060\uFEFF]+/g, '')
    .toUpperCase();
  if (s === '') return undefined;
  const m = /^(?:GM[-_.]?)?(\d{1,4})$/.exec(s);
  if (m) return `GM${m[1]!.padStart(4, '0')}`;
  warn(
    `gemeente="${v}" is geen CBS-gemeentecode zoals GM0344; de widget werkt zonder gemeente. / not a CBS municipality code like GM0344; working without a municipality.`,
  );
  return undefined;
}

/** Milliseconds before a URL counts as failed, or undefined (the default). */
export function checkTimeout(v: number | undefined, attr: string | null): number | undefined {
  if (attr === null && v === undefined) return undefined;
  if (typeof v === 'number' && Number.isFinite(v) && v > 0) return Math.min(v, 2 ** 31 - 1);
  warn(
    `timeout="${attr ?? v}" is geen positief aantal milliseconden; de standaard wordt gebruikt. / not a positive number of milliseconds; using the default.`,
  );
  return undefined;
}

/** The default of `wis-na`: a GP's screen clears after 10 minutes without an action. */
export const IDLE_DEFAULT_S = 600;

/** Milliseconds without an action before a professional's screen clears (`wis-na` in seconds, `uit`: never). */
export function checkIdle(v: string | null | undefined): number | undefined {
  if (v == null || v === '') return IDLE_DEFAULT_S * 1000;
  if (v.trim() === 'uit') return undefined;
  const s = Number(v);
  if (Number.isFinite(s) && s > 0) return Math.min(s * 1000, 2 ** 31 - 1);
  warn(
    `wis-na="${v}" is geen positief aantal seconden of "uit"; de standaard (${IDLE_DEFAULT_S}) wordt gebruikt. / not a positive number of seconds or "uit"; using the default.`,
  );
  return IDLE_DEFAULT_S * 1000;
}

const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** The host's general contact from `contact-naam`, `contact-telefoon`, `contact-website`; parts that are not well-formed are left out, with a warning. */
export function hostContact(el: Element): Contact | undefined {
  const get = (n: string) => el.getAttribute(`contact-${n}`)?.trim() || undefined;
  let naam = get('naam');
  let telefoon = get('telefoon');
  let website = get('website');
  const bad = (n: string, v: string) => warn(`contact-${n}="${v}" is niet bruikbaar en wordt niet getoond. / not usable; left out.`);
  if (naam && (naam.length > 120 || BIDI.test(naam))) naam = void bad('naam', naam);
  if (telefoon && !/^\+?[0-9][0-9 ()-]{1,18}[0-9]$/.test(telefoon)) telefoon = void bad('telefoon', telefoon);
  if (website) {
    try {
      if (new URL(website).protocol !== 'https:') throw 0;
    } catch {
      website = void bad('website', website);
    }
  }
  if (!telefoon && !website) return undefined;
  const n = naam ?? (telefoon ?? website)!;
  return { naam: { nl: n, en: n }, telefoon, website } as Contact;
}

/** Settings that restart the machine (answers are kept). */
export const RESTART = [
  'gemeente',
  'datasetUrl',
  'overlayUrl',
  'perspective',
  'mode',
  'datum',
  'timeout',
  'datasetIntegrity',
  'overlayIntegrity',
] as const;

/** The preselected perspective: a valid `perspective`, else professional in that mode. */
export function presetOf(perspective: string | undefined, mode: string | undefined): Perspective | undefined {
  const p = perspective?.normalize('NFKC').trim().toLowerCase();
  if ((PERSPECTIVES as readonly string[]).includes(p!)) return p as Perspective;
  if (p)
    warn(
      `perspective="${perspective}" is geen ${PERSPECTIVES.join(', ')}; de widget vraagt het zelf. / not one of these; the widget asks.`,
    );
  return mode?.trim().toLowerCase() === 'professional' ? 'professional' : undefined;
}
