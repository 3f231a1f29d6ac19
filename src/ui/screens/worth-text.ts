/**
 * The words of the amounts, "Dit past wel als …" and the what-if, in B1 Dutch and English. They
 * live with the code that is loaded on demand (like the handout's), not in the main bundle's
 * i18n files; `{{name}}` is filled in by `say`.
 */
import type { Language } from '../../dataset/model.js';

const nl = {
  bedrag: 'Ongeveer {{bedrag}} per {{per}}',
  totaal: 'In totaal ongeveer {{bedrag}} per {{per}}',
  totaalUitleg: 'Dit is de norm: het totaal per maand, samen met ander inkomen. Het is geen extra geld bovenop wat er nu al binnenkomt.',
  jaar: 'Gerekend met de bedragen van {{jaar}}.',
  rekenhulp: 'Reken het precies uit (officiële rekenhulp)',
  voorschot: 'U krijgt dit als voorschot. Wordt uw inkomen dit jaar hoger dan u denkt? Dan moet u misschien geld terugbetalen.',
  bijMeer: 'Met 10% meer inkomen is het ongeveer {{bedrag}} per {{per}}.',
  bijMeerNiets: 'Met 10% meer inkomen krijgt u het niet meer.',
  per_maand: 'maand',
  per_kwartaal: 'kwartaal',
  per_jaar: 'jaar',
  pastWel: 'Dit past wel als {{wat}}.',
  kanWel: 'Dit kan wel passen als {{wat}}.',
  getal: '‘{{label}}’ {{waarde}} is',
  keuze: 'het antwoord bij ‘{{label}}’ {{opties}} is',
  ook: 'u bij ‘{{label}}’ ook {{opties}} kiest',
  jaNee: 'het antwoord bij ‘{{label}}’ {{waarde}} is',
  ja: 'ja',
  nee: 'nee',
  of: 'of',
  ofMinder: '{{a}} of minder',
  lagerDan: 'lager dan {{a}}',
  ofMeer: '{{a}} of meer',
  hogerDan: 'hoger dan {{a}}',
  tussen: 'tussen {{a}} en {{b}}',
  precies: 'precies {{a}}',
  eenheid_jaar: '{{n}} jaar',
  eenheid_uur: '{{n}} uur',
};

/** English: the same keys (the type checks it). */
const en: typeof nl = {
  bedrag: 'About {{bedrag}} per {{per}}',
  totaal: 'About {{bedrag}} per {{per}} in total',
  totaalUitleg: 'This is the standard: the total per month, together with other income. It is not extra money on top of what comes in now.',
  jaar: 'Worked out with the amounts of {{jaar}}.',
  rekenhulp: 'Work it out exactly (official calculator)',
  voorschot: 'You get this as an advance. Will your income this year be higher than you think? Then you may have to pay some back.',
  bijMeer: 'With 10% more income it is about {{bedrag}} per {{per}}.',
  bijMeerNiets: 'With 10% more income you no longer get it.',
  per_maand: 'month',
  per_kwartaal: 'quarter',
  per_jaar: 'year',
  pastWel: 'This would fit if {{wat}}.',
  kanWel: 'This may fit if {{wat}}.',
  getal: '‘{{label}}’ is {{waarde}}',
  keuze: 'the answer to ‘{{label}}’ is {{opties}}',
  ook: 'you also choose {{opties}} at ‘{{label}}’',
  jaNee: 'the answer to ‘{{label}}’ is {{waarde}}',
  ja: 'yes',
  nee: 'no',
  of: 'or',
  ofMinder: '{{a}} or less',
  lagerDan: 'less than {{a}}',
  ofMeer: '{{a}} or more',
  hogerDan: 'more than {{a}}',
  tussen: 'between {{a}} and {{b}}',
  precies: 'exactly {{a}}',
  eenheid_jaar: '{{n}} years',
  eenheid_uur: '{{n}} hours',
};

export const TEXT: Record<Language, typeof nl> = { nl, en };

export type TextKey = keyof typeof nl;

/** The text `key` in `lang` with its `{{name}}` parts filled in. */
export function say(lang: Language, key: TextKey, vars: Record<string, string> = {}): string {
  return TEXT[lang][key].replace(/{{(\w+)}}/g, (_, name: string) => vars[name] ?? '');
}
