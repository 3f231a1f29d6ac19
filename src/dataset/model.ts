/**
 * The data model of the dataset in regelingen/: the types the rest of the code uses and the
 * closed lists of values. No zod here, so the widget can use the model without the validator;
 * the zod schemas that check data against this model are in schema.ts.
 */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A text in every supported language. */
export interface Text { nl: string; en: string }

export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const PERSPECTIVES = ['zelf', 'mantelzorger', 'werkgever', 'professional'] as const;
/** Who the questions are about: the asker's role. */
export type Perspective = (typeof PERSPECTIVES)[number];

export const SUBJECTS = ['persoon', 'mantelzorger', 'werkgever'] as const;
/** Whom a fact is about, or whom a regeling benefits. */
export type Subject = (typeof SUBJECTS)[number];

/** A number, or a reference to a figure in cijfers.json (resolved for the check date). */
export type Amount = number | { cijfer: string };

/**
 * A condition. One key names its kind: `alle`, `een-van`, `niet`, or, for a fact, one of
 * `is`, `in`, `bevat`, `minstens`, `hoogstens`, `onder`, `boven`, `vanaf`, `voor`.
 * `tekst` optionally overrides the generated explanation of a leaf ("Leeftijd 67 of ouder").
 */
export type Condition =
  | { alle: Condition[] }
  | { 'een-van': Condition[] }
  | { niet: Condition }
  | { feit: string; is: boolean | string | number; tekst?: Text }
  | { feit: string; in: string[]; tekst?: Text }
  | { feit: string; bevat: string | string[]; tekst?: Text }
  | { feit: string; minstens: Amount; tekst?: Text }
  | { feit: string; hoogstens: Amount; tekst?: Text }
  | { feit: string; onder: Amount; tekst?: Text }
  | { feit: string; boven: Amount; tekst?: Text }
  | { feit: string; vanaf: string; tekst?: Text }
  | { feit: string; voor: string; tekst?: Text };

export const QUESTION_TYPES = ['ja-nee', 'keuze', 'meerkeuze', 'getal', 'bedrag', 'datum'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export interface Option { waarde: string; tekst: Text; hint?: Text; exclusief?: boolean }

/** Wording per perspective; `standaard` is used where a perspective has no own wording. */
export type PerspectiveText = { standaard: Text } & Partial<Record<Perspective, Text>>;

export interface Question {
  id: string;
  onderwerp: Subject;
  type: QuestionType;
  vraag: PerspectiveText;
  hint?: PerspectiveText;
  /** Short noun phrase used in explanations and on the summary ("Leeftijd"). */
  label: Text;
  opties?: Option[];
  min?: number;
  max?: number;
  /** "Weet ik niet" is offered (gives unknown, never no). */
  weetNiet?: boolean;
  /**
   * This question asks what someone seeks help with; its option values are the topics that
   * regelingen name in `onderwerpen`. The option `alles` means: show every topic.
   */
  hulpvraag?: boolean;
  /** Asked before the ranking by usefulness, e.g. what someone seeks help with. */
  vooraan?: boolean;
  /** Only in these perspectives (default: every perspective its subject belongs to). */
  perspectieven?: Perspective[];
}

/**
 * Whether a question can be put to this asker: it is meant for the perspective, it is about the
 * asker, or it is about the person and has wording for this asker (the plain wording speaks to
 * the person themselves, so it fits "zelf").
 */
export function askableIn(q: Question, p: Perspective): boolean {
  if (q.perspectieven) return q.perspectieven.includes(p);
  if (q.onderwerp !== 'persoon') return q.onderwerp === p;
  return p === 'zelf' || p in q.vraag;
}

/** A derived fact: `deel` as a percentage of the figure `van` (never asked). */
export interface Derived { id: string; label: Text; deel: string; van: string; maal?: number }

export interface QuestionsFile { vragen: Question[]; afgeleid?: Derived[] }

/** A figure value: exact, or a range where it varies (e.g. local minima limits 110–130%). */
export type FigureValue = number | { van: number; tot: number };

export interface FigureEntry { waarde: FigureValue; als?: Condition; geldigVanaf: string; geldigTot?: string }

export interface Figure {
  id: string; naam: Text; eenheid: 'euro-per-maand' | 'euro-per-jaar' | 'euro' | 'procent' | 'jaar';
  bron: string; peildatum: string; waarden: FigureEntry[];
}

export interface FiguresFile { cijfers: Figure[] }

export interface Contact {
  naam: Text; telefoon?: string; website?: string; adres?: Text; openingstijden?: Text;
  bron: string; peildatum: string;
}

/**
 * A counter. `landelijk`: one national organisation with its contact. `rol`: a municipal role
 * (Wmo-loket, Werkplein ...) that an overlay fills in; `algemeen` is the honest wording used
 * where no overlay does, plus a national fallback contact where one exists.
 */
export interface Counter extends Partial<Contact> {
  id: string; soort: 'landelijk' | 'rol'; uitleg?: Text; algemeen?: Text; crisis?: boolean;
  naam: Text; bron: string; peildatum: string;
}

export interface CountersFile { loketten: Counter[] }

export const DOMAINS = ['wmo', 'mantelzorg', 'jeugd', 'participatie', 'schulden', 'inkomen', 'zorg', 'werkgevers', 'wonen', 'veiligheid'] as const;
export type Domain = (typeof DOMAINS)[number];

export interface Regeling {
  id: string;
  naam: Text;
  uitleg: Text;
  domein: Domain;
  /** Whom it benefits; results group by it. */
  voor: Subject;
  niveau: 'landelijk' | 'gemeentelijk' | 'landelijk-en-gemeentelijk';
  wet?: { naam: Text; url?: string };
  beslist: Text;
  /** Counter id from loketten.json. */
  loket: string;
  /** Whose municipality resolves a municipal counter role (default: persoon). */
  loketVan?: Subject;
  meenemen?: Text[];
  upl?: string;
  bron: string;
  peildatum: string;
  geldigVanaf: string;
  geldigTot?: string;
  voorwaarden: Condition;
  /** When this holds too, the regeling is marked urgent (e.g. eviction threatens). */
  urgentAls?: Condition;
  /**
   * When the conditions are met, the outcome is still "misschien" for this reason, e.g. "Of u
   * huurtoeslag krijgt, hangt af van uw inkomen en huur. Doe de proefberekening."
   */
  voorbehoud?: Text;
  /** A crisis line: shown first when it fits. */
  crisis?: boolean;
  /** Only in these perspectives (default: derived from `voor`). */
  perspectieven?: Perspective[];
  /**
   * Topics (option values of the `hulpvraag` question) this regeling belongs to. It is only
   * considered when one of them, or `alles`, is chosen. Without topics it is always considered
   * (crisis lines, the mantelzorger's own support).
   */
  onderwerpen?: string[];
  /**
   * Regelingen that go first: when one of them fits, this one does not apply and the result says
   * why (`reden`, e.g. "Met een Wlz-indicatie krijgt u dit via het zorgkantoor"); while one of
   * them may fit, this one is at most "misschien".
   */
  voorrang?: Precedence[];
  /**
   * A broad national check: also shown outside the chosen topics when the answers given so far
   * already make it fit or may fit (e.g. zorgtoeslag once the income is known). It never adds a
   * question outside its topics.
   */
  breed?: boolean;
}

/**
 * One precedence: `regeling` goes first; `reden` says where the person gets it instead. With
 * `als`, only when that holds too (e.g. DUO before bijstand only under 27).
 */
export interface Precedence { regeling: string; reden: Text; als?: Condition }

export interface RegelingenFile { regelingen: Regeling[] }

export interface Overlay {
  gemeente: string;
  naam: string;
  bron: string;
  peildatum: string;
  /** Fills municipal counter roles with this municipality's contacts. */
  loketten?: Record<string, Contact>;
  /** Local values of figures (replace the national figure with the same id). */
  cijfers?: Figure[];
  /** Local regelingen, added to the national ones. */
  regelingen?: Regeling[];
  /** Ids of national regelingen this municipality does not offer. */
  vervalt?: string[];
}

export interface Dataset {
  vragen: Question[];
  afgeleid: Derived[];
  cijfers: Figure[];
  loketten: Counter[];
  regelingen: Regeling[];
  /** The municipality whose overlay is merged in, if any. */
  gemeente?: { code: string; naam: string; bron: string; peildatum: string; loketten: Record<string, Contact> };
}
