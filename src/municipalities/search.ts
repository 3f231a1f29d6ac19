/**
 * Finding a municipality by what someone types: case and diacritics do not matter ("fryslan"
 * finds Súdwest-Fryslân), nor punctuation ("s hertogenbosch", "'s-Hertogenbosch"), a part of
 * the name is enough ("Bosch" finds 's-Hertogenbosch), common names find the CBS name ("Den
 * Haag" finds 's-Gravenhage) and so does the code ("0344", "GM0344"). Pure and fast: the
 * list is prepared once (createIndex), a search over all 342 is a few string comparisons each.
 */

export interface MunicipalityEntry {
  code: string;
  naam: string;
  provincie?: string;
  zoekwoorden?: readonly string[];
}

/** How well a municipality matches, best first. */
export const MATCH = {
  exact: 100,
  code: 95,
  prefix: 80,
  /** The text without spaces starts the same ("bergendal" for "Berg en Dal"). */
  compactPrefix: 72,
  wordPrefix: 70,
  codePrefix: 60,
  allWords: 55,
  substring: 50,
} as const;
/** A common name ("Den Haag") ranks just below the same kind of match on the CBS name; an exact one above any prefix. */
const ALIAS_PENALTY = 5;

export interface Match<T extends MunicipalityEntry = MunicipalityEntry> {
  gemeente: T;
  score: number;
  /** The common name that matched, when it was not the CBS name (show it: "'s-Gravenhage (Den Haag)"). */
  via?: string;
}

interface Prepared<T> {
  entry: T;
  name: Forms;
  aliases: { text: string; forms: Forms }[];
  code: string;
}
interface Forms {
  text: string;
  words: string[];
  compact: string;
}

export interface MunicipalityIndex<T extends MunicipalityEntry = MunicipalityEntry> {
  readonly entries: readonly T[];
  /** @internal */
  readonly prepared: readonly Prepared<T>[];
}

/** Lower case, no diacritics, punctuation as spaces, single spaces. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const forms = (text: string): Forms => {
  const t = normalize(text);
  return { text: t, words: t.split(' ').filter(Boolean), compact: t.replaceAll(' ', '') };
};

const collator = new Intl.Collator('nl', { sensitivity: 'base', ignorePunctuation: true });

export function createIndex<T extends MunicipalityEntry>(entries: readonly T[]): MunicipalityIndex<T> {
  return {
    entries,
    prepared: entries.map((entry) => ({
      entry,
      name: forms(entry.naam),
      aliases: (entry.zoekwoorden ?? []).map((text) => ({ text, forms: forms(text) })),
      code: entry.code.toUpperCase(),
    })),
  };
}

function scoreForms(f: Forms, q: Forms): number {
  if (!q.text) return 0;
  if (f.text === q.text || f.compact === q.compact) return MATCH.exact;
  if (f.text.startsWith(q.text)) return MATCH.prefix;
  if (f.compact.startsWith(q.compact)) return MATCH.compactPrefix;
  if (q.words.length === 1 && f.words.some((w) => w.startsWith(q.text))) return MATCH.wordPrefix;
  if (q.words.length > 1 && q.words.every((qw) => f.words.some((w) => w.startsWith(qw)))) return MATCH.allWords;
  if (f.text.includes(q.text) || f.compact.includes(q.compact)) return MATCH.substring;
  return 0;
}

function scoreCode(code: string, query: string): number {
  const q = query.trim().toUpperCase().replace(/\s+/g, '');
  if (!/^(GM)?\d{1,4}$/.test(q)) return 0;
  const digits = q.replace(/^GM/, '');
  if (code === `GM${digits}` || (digits.length === 4 && code.endsWith(digits))) return MATCH.code;
  return code.startsWith(`GM${digits}`) ? MATCH.codePrefix : 0;
}

/**
 * The municipalities matching `query`, best first; equals in Dutch alphabetical order (ignoring
 * case and punctuation). An empty query gives no matches. `limit` cuts the list.
 */
export function searchMunicipalities<T extends MunicipalityEntry>(
  index: MunicipalityIndex<T>,
  query: string,
  limit = Infinity,
): Match<T>[] {
  const q = forms(query);
  if (!q.text) return [];
  const out: Match<T>[] = [];
  for (const p of index.prepared) {
    let best = Math.max(scoreForms(p.name, q), scoreCode(p.code, query));
    let via: string | undefined;
    for (const a of p.aliases) {
      const s = scoreForms(a.forms, q) - ALIAS_PENALTY;
      if (s > best) {
        best = s;
        via = a.text;
      }
    }
    if (best > 0) out.push(via ? { gemeente: p.entry, score: best, via } : { gemeente: p.entry, score: best });
  }
  out.sort((a, b) => b.score - a.score || collator.compare(a.gemeente.naam, b.gemeente.naam));
  return out.slice(0, limit);
}

/** The municipality with this code (case-insensitive), if the list has it. */
export function findMunicipality<T extends MunicipalityEntry>(index: MunicipalityIndex<T>, code: string | undefined): T | undefined {
  if (!code) return undefined;
  const c = code.trim().toUpperCase();
  return index.prepared.find((p) => p.code === c)?.entry;
}

/** The name to show: the CBS name, with the common name beside it where that differs ("'s-Gravenhage (Den Haag)"). */
export function displayName(entry: MunicipalityEntry): string {
  const alias = entry.zoekwoorden?.[0];
  return alias ? `${entry.naam} (${alias})` : entry.naam;
}
