/**
 * A problem in a dataset or overlay, for the people who keep the data: the file, line and column,
 * the field, what was found and what was expected, and how to fix it, in Dutch and English.
 * Every problem is made from its rule in the catalogue (rules.ts, `found`). No zod here.
 */
import type { Level, RuleId } from './rules.js';

export interface Problem {
  /** The file (or URL) the problem is in. */
  file: string;
  /** The field, e.g. `regelingen[3].voorwaarden.alle[0].minstens`; empty for the whole file. */
  path: string;
  /** Position in the JSON text, when the text is known (1-based). */
  line?: number;
  column?: number;
  /** `fout` stops the data from being used; `waarschuwing` is printed and does not. */
  level: Level;
  /** Which rule of the catalogue (rules.ts) found it: stable, for tests and filtering. */
  rule: RuleId;
  /** What is wrong, with what was found and what was expected (Dutch). */
  message: string;
  /** The same in English. */
  en: string;
  /** How to fix it, Dutch and English. */
  fix?: { nl: string; en: string };
}

/** The parts a check gives; `level` defaults to `fout`. */
export type Found = Omit<Problem, 'level' | 'line' | 'column'> & { level?: Problem['level'] };

export function problem(p: Found): Problem {
  return { level: 'fout', ...p };
}

export class DatasetError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => formatProblem(p)).join('\n'));
    this.name = 'DatasetError';
  }
}

/** `file:line:column: path: message Fix.` in one language. */
export function formatProblem(p: Problem, lang: 'nl' | 'en' = 'nl'): string {
  const where = p.line ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
  // a long run of the same step (niet.niet.niet...) is written once with its count
  const field =
    p.path.replace(/((?:\.[^.[\]]+|\[\d+\]))\1{3,}/g, (run, step: string) => `${step}×${run.length / step.length}`) ||
    (lang === 'nl' ? '(hele bestand)' : '(whole file)');
  const fix = p.fix ? `. ${lang === 'nl' ? p.fix.nl : p.fix.en}` : '';
  const level = p.level === 'waarschuwing' ? (lang === 'nl' ? 'waarschuwing: ' : 'warning: ') : '';
  return `${where}: ${field}: ${level}${lang === 'nl' ? p.message : p.en}${fix}`;
}

export const errorsOf = (problems: Problem[]): Problem[] => problems.filter((p) => p.level === 'fout');
