/**
 * The crisis rules, once and without text: what an overlay may not do to the national crisis
 * lines, and what a full dataset must hold of them. `combine` (merge.ts) leaves out what an
 * overlay breaks; the validator (crisis-problems.ts) words each violation with its fix.
 */
import { CRISIS_LINES, digits } from '../crisis/lines.js';
import type { Dataset, Overlay } from './schema.js';

export type CrisisRule =
  /** An overlay drops a national crisis line (`vervalt`). */
  | 'crisis-vervalt'
  /** A local regeling has the id of a national crisis line. */
  | 'crisis-vervangen'
  /** A local regeling is marked `crisis`. */
  | 'crisis-overlay'
  /** A local regeling points to a crisis counter, or a local contact replaces one. */
  | 'crisis-loket'
  /** A full dataset lacks a national crisis line (its counter, or a crisis regeling for it). */
  | 'crisis-ontbreekt'
  /** A full dataset gives a national crisis line another number. */
  | 'crisis-nummer'
  /** A full dataset dates a national crisis line so that it does not hold today. */
  | 'crisis-datum';

export interface CrisisViolation {
  rule: CrisisRule;
  /** The crisis line (or counter) concerned. */
  id: string;
  /** Overlay: the item to leave out (`vervalt[0]`, `regelingen[2]`, `loketten.veilig-thuis`). Dataset: the record's field, or '' */
  item: string;
  /** The field of the item the rule is about (`id`, `crisis`, `loket`), for messages. */
  field?: string;
  /** Dataset: the counter or regeling concerned (for its place in the file). */
  record?: object;
}

/** Holds on `day`: geldigVanaf ≤ day ≤ geldigTot. */
const holds = (r: { geldigVanaf: string; geldigTot?: string }, day: string) => r.geldigVanaf <= day && (!r.geldigTot || day <= r.geldigTot);

/**
 * What an overlay may not do to the national crisis lines (113, Veilig Thuis ...): drop one
 * (`vervalt`), replace one (a local regeling with its id), or outrank them (a local regeling
 * marked `crisis` or sent to a crisis counter, or a local contact for a crisis counter).
 */
export function overlayViolations(base: Dataset, overlay: Overlay): CrisisViolation[] {
  const lines = new Set(base.regelingen.filter((r) => r.crisis).map((r) => r.id));
  const counters = new Set(base.loketten.filter((c) => c.crisis).map((c) => c.id));
  const out: CrisisViolation[] = [];
  (overlay.vervalt ?? []).forEach((id, i) => {
    if (lines.has(id)) out.push({ rule: 'crisis-vervalt', id, item: `vervalt[${i}]` });
  });
  (overlay.regelingen ?? []).forEach((r, i) => {
    const item = `regelingen[${i}]`;
    if (lines.has(r.id)) out.push({ rule: 'crisis-vervangen', id: r.id, item, field: 'id' });
    if (r.crisis) out.push({ rule: 'crisis-overlay', id: r.id, item, field: 'crisis' });
    if (counters.has(r.loket)) out.push({ rule: 'crisis-loket', id: r.loket, item, field: 'loket' });
  });
  for (const role of Object.keys(overlay.loketten ?? {}))
    if (counters.has(role)) out.push({ rule: 'crisis-loket', id: role, item: `loketten.${role}` });
  return out;
}

/**
 * What a full dataset (`dataset-url`) must hold, as an overlay cannot change it either: every
 * national crisis line as a crisis counter with its own number, and a crisis regeling for it
 * that holds `today`.
 */
export function datasetViolations(ds: Dataset, today: string): CrisisViolation[] {
  const out: CrisisViolation[] = [];
  for (const line of CRISIS_LINES) {
    if (!line.inDataset) continue;
    const counter = ds.loketten.find((c) => c.id === line.id);
    if (!counter?.crisis) {
      out.push({ rule: 'crisis-ontbreekt', id: line.id, item: counter ? 'crisis' : '', record: counter });
      continue;
    }
    if (digits(counter.telefoon ?? '') !== digits(line.telefoon))
      out.push({ rule: 'crisis-nummer', id: line.id, item: 'telefoon', record: counter });
    const regelingen = ds.regelingen.filter((r) => r.crisis && r.loket === line.id);
    if (!regelingen.length) out.push({ rule: 'crisis-ontbreekt', id: line.id, item: '' });
    else if (!regelingen.some((r) => holds(r, today))) {
      const r = regelingen[0]!;
      out.push({ rule: 'crisis-datum', id: line.id, item: r.geldigVanaf > today ? 'geldigVanaf' : 'geldigTot', record: r });
    }
  }
  return out;
}
