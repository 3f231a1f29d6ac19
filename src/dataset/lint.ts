/**
 * The editorial lint (mostly warnings): lengths of names and explanations, the address of a
 * legal basis, figures without an end or with a gap between periods, amounts written into a
 * text, two questions with one wording, regelingen without topics, questions without wording
 * for a perspective that needs them, wording that names another percentage than its figure, and
 * wording wider than what its condition checks (a broad word of the question, `begrippen`).
 * The words are in rules.ts.
 */
import { fieldOf, type Locate, type Location } from './check-scope.js';
import { factsBehind, figuresOf, indexOf, leaves, optionsOf } from './condition-tree.js';
import { EMPLOYER_GOAL, PERSPECTIVES, askableIn, inPerspective } from './model.js';
import { problem, type Problem } from './problems.js';
import { found } from './rules.js';
import type { Counter, Dataset, Perspective, Question, Regeling } from './schema.js';

/** The lint of one regeling, at its place `where`. */
export function lintRegeling(r: Regeling, where: Location): Problem[] {
  const out: Problem[] = [];
  for (const lang of ['nl', 'en'] as const) {
    const n = r.uitleg[lang].length;
    if (n < 40 || n > 600) out.push(problem({ ...fieldOf(where, `uitleg.${lang}`), ...found('uitleg-lengte', { length: n }) }));
    const m = r.naam[lang].length;
    if (m > 90) out.push(problem({ ...fieldOf(where, `naam.${lang}`), ...found('naam-lengte', { length: m }) }));
  }
  const law = r.wet?.url;
  if (
    law &&
    !/^https:\/\/wetten\.overheid\.nl\/BWBR\d{7}/.test(law) &&
    !/^https:\/\/(zoek\.officielebekendmakingen\.nl|lokaleregelgeving\.overheid\.nl)\//.test(law)
  )
    out.push(problem({ ...fieldOf(where, 'wet.url'), ...found('wet-url', { url: law }) }));
  return out;
}

/** The day after an ISO date (JJJJ-MM-DD). */
function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The lint across records (regelingen with a schema error are left out by the caller). */
export function lintDataset(ds: Dataset, at: Locate, questions: Map<string, Question>): Problem[] {
  const out: Problem[] = [];
  const index = indexOf(ds);
  // figures: every value ends, and the next value for the same case starts the day after
  for (const f of ds.cijfers) {
    const byCase = new Map<string, { w: (typeof f.waarden)[number]; i: number }[]>();
    f.waarden.forEach((w, i) => {
      if (!w.geldigTot) out.push(problem({ ...fieldOf(at(f), `waarden[${i}]`), ...found('cijfer-einddatum', { from: w.geldigVanaf }) }));
      const key = JSON.stringify(w.als ?? null);
      byCase.set(key, [...(byCase.get(key) ?? []), { w, i }]);
    });
    for (const entries of byCase.values()) {
      const sorted = [...entries].sort((a, b) => (a.w.geldigVanaf < b.w.geldigVanaf ? -1 : 1));
      for (let k = 1; k < sorted.length; k++) {
        const prev = sorted[k - 1]!.w,
          next = sorted[k]!;
        if (prev.geldigTot && dayAfter(prev.geldigTot) !== next.w.geldigVanaf)
          out.push(
            problem({
              ...fieldOf(at(f), `waarden[${next.i}].geldigVanaf`),
              ...found('cijfer-gat', { end: prev.geldigTot, start: next.w.geldigVanaf, expected: dayAfter(prev.geldigTot) }),
            }),
          );
      }
    }
  }
  for (const r of ds.regelingen) {
    if (r.geldigTot) continue;
    for (const [field, t] of [
      ['uitleg', r.uitleg],
      ['voorbehoud', r.voorbehoud],
    ] as const)
      for (const lang of ['nl', 'en'] as const)
        if (t && /€\s?\d/.test(t[lang])) out.push(problem({ ...fieldOf(at(r), `${field}.${lang}`), ...found('bedrag-in-tekst') }));
  }
  out.push(...lintStatedPercentages(ds, at));
  out.push(...lintWiderTexts(ds, at, questions));
  const seen = new Map<string, string>();
  for (const q of ds.vragen) {
    for (const [p, text] of Object.entries(q.vraag)) {
      const key = `${p}|${text!.nl}`;
      const other = seen.get(key);
      if (other !== undefined)
        out.push(problem({ ...fieldOf(at(q), `vraag.${p}.nl`), ...found('dubbele-vraag', { id: q.id, other, text: text!.nl }) }));
      seen.set(key, q.id);
    }
  }
  const counters = new Map(ds.loketten.map((c) => [c.id, c]));
  for (const r of ds.regelingen) {
    const asksTopic = leaves(r.voorwaarden, '').some(({ leaf }) => questions.get(leaf.feit)?.hulpvraag);
    if (r.voor === 'persoon' && !r.crisis && !r.onderwerpen && !r.breed && !asksTopic)
      out.push(problem({ ...fieldOf(at(r), 'onderwerpen'), ...found('geen-onderwerpen') }));
    if (r.voor === 'persoon' && /huisarts/i.test(r.uitleg.nl)) {
      if (!inPerspective(r, 'professional'))
        out.push(problem({ ...fieldOf(at(r), 'perspectieven'), ...found('huisarts-professional', { missing: 'perspectief' }) }));
      else if (!r.uitlegPerspectief?.professional)
        out.push(problem({ ...fieldOf(at(r), 'uitleg'), ...found('huisarts-professional', { missing: 'tekst' }) }));
    }
    const behind = factsBehind(r.voorwaarden, index);
    if (inPerspective(r, 'werkgever') && questions.has(EMPLOYER_GOAL) && !behind.has(EMPLOYER_GOAL))
      out.push(problem({ ...fieldOf(at(r), 'voorwaarden'), ...found('werkgever-doel', { fact: EMPLOYER_GOAL }) }));
    for (const p of PERSPECTIVES.filter((x) => inPerspective(r, x))) {
      for (const [field, id] of [
        ['loket', r.loket],
        ['kosten.loket', r.kosten?.loket],
      ] as const) {
        const words = id ? otherRole(counters.get(id), p) : undefined;
        if (words) out.push(problem({ ...fieldOf(at(r), field), ...found('loket-lezer', { counter: id!, perspective: p, words }) }));
      }
      for (const f of behind) {
        const q = questions.get(f);
        if (q && !askableIn(q, p))
          out.push(problem({ ...fieldOf(at(r), 'voorwaarden'), ...found('vraag-perspectief', { fact: f, perspective: p }) }));
      }
    }
  }
  return out;
}

/**
 * Words of a counter that address the reader in a role the reader does not have in a perspective
 * (panel round 12, r12-23: an employer arranging care leave was sent to "Uw werkgever"). The
 * employer is the reader in the werkgever perspective: a counter that says "uw werkgever" or
 * "eigen werkgever" is for the employee. The professional (a GP) reads "uw werkgever" as their own.
 */
const OTHER_ROLE: Partial<Record<Perspective, { nl: RegExp; en: RegExp }>> = {
  werkgever: { nl: /\buw (?:eigen )?werkgever\b|\beigen werkgever\b/i, en: /\byour (?:own )?employer\b|\bown employer\b/i },
  // A GP or social worker reads "uw werkgever" as their own employer; the patient's is meant.
  professional: { nl: /\buw (?:eigen )?werkgever\b/i, en: /\byour (?:own )?employer\b/i },
};

/** The words by which a counter's name or explanation addresses the reader in another role, if any. */
function otherRole(c: Counter | undefined, p: Perspective): string | undefined {
  const role = OTHER_ROLE[p];
  if (!c || !role) return undefined;
  for (const t of [c.naam, c.uitleg, c.algemeen])
    for (const lang of ['nl', 'en'] as const) {
      const m = t && role[lang].exec(t[lang]);
      if (m) return m[0];
    }
  return undefined;
}

/** "130%" or "110 tot 130%" before "van de bijstandsnorm" / "of the social assistance standard". */
const STATED = /(\d+)(?:\s*(?:tot|to|-|–)\s*(\d+))?\s*%\s*(?:van de bijstandsnorm|of the social assistance standard)/;

/**
 * A condition's own wording that names a percentage of the bijstandsnorm must name the figure it
 * tests: "tot 130%" for 130, "110 tot 140%" for the range 110–140 (audit F-8: the U-pas text said
 * 110 to 130% while the figure was 110–140%).
 */
function lintStatedPercentages(ds: Dataset, at: Locate): Problem[] {
  const out: Problem[] = [];
  for (const r of ds.regelingen) {
    for (const { leaf, path } of leaves(r.voorwaarden, 'voorwaarden')) {
      if (!leaf.tekst) continue;
      for (const id of figuresOf(leaf)) {
        const f = ds.cijfers.find((x) => x.id === id);
        if (f?.eenheid !== 'procent') continue;
        const fits = f.waarden.map((w) => (typeof w.waarde === 'number' ? [w.waarde] : [w.waarde.van, w.waarde.tot]));
        for (const lang of ['nl', 'en'] as const) {
          const m = STATED.exec(leaf.tekst[lang]);
          if (!m) continue;
          const stated = [Number(m[1]), ...(m[2] ? [Number(m[2])] : [])];
          if (fits.some((v) => v.length === stated.length && v.every((x, i) => x === stated[i]))) continue;
          out.push(
            problem({
              ...fieldOf(at(r), `${path}.tekst.${lang}`),
              ...found('tekst-cijfer', { stated: stated.join('–'), id, values: fits.map((v) => v.join('–')).join(', ') }),
            }),
          );
        }
      }
    }
  }
  return out;
}

/** `word` in `text` as a whole word (letters on neither side). */
const hasWord = (text: string, word: string) =>
  new RegExp(`(^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text);

/**
 * A condition's wording must not be wider than what it checks (issue 20: "✗ Een ziekte of
 * handicap" on a condition that left out psychische problemen and dementie, an untrue ✗ for a
 * person with a psychische ziekte). A question names its broad words and the options each covers
 * (`begrippen`: "ziekte" covers ziekte, psychisch and geheugen); a leaf on that question whose
 * text uses such a word must check every option the word covers. The wording of the leaf's own
 * options does not count ("een ernstige of langdurige ziekte" is the option, not the broad word).
 */
function lintWiderTexts(ds: Dataset, at: Locate, questions: Map<string, Question>): Problem[] {
  const out: Problem[] = [];
  for (const r of ds.regelingen) {
    const conditions = [
      ['voorwaarden', r.voorwaarden],
      ['urgentAls', r.urgentAls],
      ...(r.misschienAls ?? []).map((m, i) => [`misschienAls[${i}].als`, m.als] as const),
    ] as const;
    for (const [field, c] of conditions) {
      if (!c) continue;
      for (const { leaf, path } of leaves(c, field)) {
        const q = questions.get(leaf.feit);
        const checked = optionsOf(leaf);
        if (!leaf.tekst || !q?.begrippen || !checked.length) continue;
        for (const lang of ['nl', 'en'] as const) {
          let text = leaf.tekst[lang].toLowerCase();
          for (const o of q.opties ?? []) {
            if (!checked.includes(o.waarde)) continue;
            const own = o.tekst[lang].toLowerCase();
            text = text.replaceAll(own, ' ').replaceAll(own.replace(/^(een|a|an|the) /, ''), ' ');
          }
          for (const term of q.begrippen) {
            const word = term.woorden[lang].find((w) => hasWord(text, w.toLowerCase()));
            const missing = term.opties.filter((o) => !checked.includes(o));
            if (word && missing.length)
              out.push(
                problem({ ...fieldOf(at(r), `${path}.tekst.${lang}`), ...found('tekst-breder', { word, question: q.id, missing }) }),
              );
          }
        }
      }
    }
  }
  return out;
}
