/** Builders for the flow tests' tiny datasets: a question, a regeling, an option. */
import type { Question, Regeling } from '../../src/dataset/model.js';

export const T = (s: string) => ({ nl: s, en: s });
export const q = (id: string, extra: Partial<Question> = {}): Question => ({
  id,
  onderwerp: 'persoon',
  type: 'ja-nee',
  vraag: { standaard: T(id) },
  label: T(id),
  ...extra,
});
export const reg = (id: string, voorwaarden: Regeling['voorwaarden'], extra: Partial<Regeling> = {}): Regeling => ({
  id,
  naam: T(id),
  uitleg: T(id),
  domein: 'wmo',
  voor: 'persoon',
  niveau: 'landelijk',
  beslist: T('x'),
  loket: 'l',
  bron: 'https://example.org',
  peildatum: '2026-01-01',
  geldigVanaf: '2020-01-01',
  voorwaarden,
  ...extra,
});
export const opt = (waarde: string) => ({ waarde, tekst: T(waarde) });
