/**
 * Small synthetic datasets for the engine tests, independent of the real dataset in
 * regelingen/ (which is edited in parallel). Every builder fills the fields the engine does
 * not look at with harmless defaults.
 */
import type {
  Condition,
  Counter,
  Dataset,
  Derived,
  Figure,
  FigureEntry,
  Option,
  Perspective,
  Question,
  QuestionType,
  Regeling,
  Text,
} from '../../src/dataset/schema.js';
import { explainAll, makeContext, walk } from '../../src/engine/index.js';
import { nextQuestion } from './reference-walk.js';
import type { Answers, Context, Outcome } from '../../src/engine/index.js';

export const DATUM = '2026-03-01';
export const BRON = 'https://example.org/bron';

export const t = (nl: string, en = `${nl} (en)`): Text => ({ nl, en });

export const opties = (...values: string[]): Option[] => values.map((v) => ({ waarde: v, tekst: t(`optie ${v}`, `option ${v}`) }));

/** A question; its subject is the part of the id before the dot (default persoon). */
export function vraag(id: string, type: QuestionType = 'ja-nee', extra: Partial<Question> = {}): Question {
  const prefix = id.split('.')[0];
  const onderwerp = prefix === 'mantelzorger' || prefix === 'werkgever' ? prefix : 'persoon';
  return {
    id,
    onderwerp,
    type,
    vraag: { standaard: t(`Vraag ${id}?`, `Question ${id}?`) },
    label: t(`Label ${id}`, `Label ${id}`),
    ...(type === 'keuze' || type === 'meerkeuze' ? { opties: opties('a', 'b', 'c') } : {}),
    ...extra,
  };
}

export function regeling(id: string, voorwaarden: Condition, extra: Partial<Regeling> = {}): Regeling {
  return {
    id,
    naam: t(`Regeling ${id}`),
    uitleg: t('Uitleg'),
    domein: 'wmo',
    voor: 'persoon',
    niveau: 'gemeentelijk',
    beslist: t('De gemeente'),
    loket: 'wmo-loket',
    bron: BRON,
    peildatum: '2026-01-01',
    geldigVanaf: '2020-01-01',
    voorwaarden,
    ...extra,
  };
}

export function cijfer(id: string, waarden: (Partial<FigureEntry> & Pick<FigureEntry, 'waarde'>)[], extra: Partial<Figure> = {}): Figure {
  return {
    id,
    naam: t(`Cijfer ${id}`, `Figure ${id}`),
    eenheid: 'euro-per-maand',
    bron: BRON,
    peildatum: '2026-01-01',
    waarden: waarden.map((w) => ({ geldigVanaf: '2020-01-01', ...w })),
    ...extra,
  };
}

export function afgeleid(id: string, deel: string, van: string, maal?: number): Derived {
  return { id, label: t(`Afgeleid ${id}`), deel, van, ...(maal === undefined ? {} : { maal }) };
}

export const LOKETTEN: Counter[] = [
  {
    id: 'wmo-loket',
    soort: 'rol',
    naam: t('Wmo-loket'),
    algemeen: t('Het Wmo-loket van uw gemeente'),
    bron: BRON,
    peildatum: '2026-01-01',
  },
  {
    id: 'svb',
    soort: 'landelijk',
    naam: t('SVB'),
    telefoon: '030 264 90 00',
    website: 'https://www.svb.nl',
    bron: BRON,
    peildatum: '2026-01-01',
  },
  {
    id: 'toeslagen',
    soort: 'landelijk',
    naam: t('Dienst Toeslagen'),
    website: 'https://www.toeslagen.nl',
    bron: BRON,
    peildatum: '2026-01-01',
  },
  { id: '113', soort: 'landelijk', naam: t('113 Zelfmoordpreventie'), telefoon: '113', crisis: true, bron: BRON, peildatum: '2026-01-01' },
];

export function dataset(parts: Partial<Dataset>): Dataset {
  return { vragen: [], afgeleid: [], cijfers: [], loketten: LOKETTEN, regelingen: [], ...parts };
}

export function ctxOf(ds: Dataset, answers: Answers = {}, perspectief: Perspective = 'zelf', datum = DATUM): Context {
  return makeContext(ds, answers, { perspectief, datum });
}

/** Outcome per regeling id. */
export function outcomes(ds: Dataset, answers: Answers = {}, perspectief: Perspective = 'zelf', datum = DATUM): Record<string, Outcome> {
  return Object.fromEntries(explainAll(ctxOf(ds, answers, perspectief, datum)).map((r) => [r.regeling.id, r.uitkomst]));
}

/** The id of the next question, or undefined. */
export function next(ds: Dataset, answers: Answers = {}, perspectief: Perspective = 'zelf', datum = DATUM): string | undefined {
  return nextQuestion(ctxOf(ds, answers, perspectief, datum)).vraag?.id;
}

export function pathOf(ds: Dataset, answers: Answers, perspectief: Perspective = 'zelf', datum = DATUM): string[] {
  return walk(ds, answers, { perspectief, datum }).path;
}
