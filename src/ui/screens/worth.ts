/**
 * Per regeling on the result: roughly what it is worth ("Ongeveer € 112 per maand", with the
 * year of the figures and the official calculator), the repayment risk of an advance, and the
 * "Dit past wel als …" lines, worked out by engine/amount.ts and engine/would-fit.ts over the
 * result's context. Reached through worth-loader.ts (which says why it is not a lazy chunk).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Language, Question } from '../../dataset/model.js';
import { worth, type Worth } from '../../engine/amount.js';
import type { Result } from '../../engine/types.js';
import { wouldFit, type WouldFit } from '../../engine/would-fit.js';
import type { ResultaatView } from '../../flow/view.js';
import { external, type Ui } from './common.js';
import { say, TEXT, type TextKey } from './worth-text.js';

const formats = new Map<string, Intl.NumberFormat>();
function format(n: number, lang: Language): string {
  const cents = !Number.isInteger(n);
  const key = `${lang}${cents}`;
  let f = formats.get(key);
  if (!f)
    formats.set(
      key,
      (f = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: cents ? 2 : 0, maximumFractionDigits: 2 })),
    );
  return f.format(n);
}

/** "€ 1.234" (nl) or "€1,234" (en). */
export const euro = (n: number, lang: Language) => `€${lang === 'nl' ? ' ' : ''}${format(n, lang)}`;

/** "€ 112" or "€ 100 – € 120". */
export function amountText(v: readonly [number, number], lang: Language): string {
  return v[0] === v[1] ? euro(v[0], lang) : `${euro(v[0], lang)} – ${euro(v[1], lang)}`;
}

/** A number answer with its unit, as the question asks it. */
function value(n: number, q: Question | undefined, ui: Ui): string {
  if (q?.type === 'bedrag') return euro(n, ui.lang);
  if (q?.eenheid === 'procent') return `${format(n, ui.lang)}%`;
  if (q?.eenheid === 'jaar' || q?.eenheid === 'uur') return say(ui.lang, `eenheid_${q.eenheid}`, { n: format(n, ui.lang) });
  return format(n, ui.lang);
}

/** The condition of one line, in words, with its figure: "‘Bruto inkomen per jaar’ € 40.857 of minder is". */
function what(line: WouldFit, q: Question | undefined, ui: Ui): string {
  const { lang } = ui;
  const t = (key: TextKey, vars?: Record<string, string>) => say(lang, key, vars);
  const label = q?.label[lang] ?? line.feit;
  if (line.soort === 'ja-nee') return t('jaNee', { label, waarde: t(line.waarde ? 'ja' : 'nee') });
  if (line.soort === 'keuze') {
    const opties = line.opties.map((o) => `‘${q?.opties?.find((x) => x.waarde === o)?.tekst[lang] ?? o}’`).join(` ${t('of')} `);
    return t(line.ook ? 'ook' : 'keuze', { label, opties });
  }
  const a = line.van !== undefined ? value(line.van, q, ui) : '';
  const b = line.tot !== undefined ? value(line.tot, q, ui) : '';
  const range =
    line.van === undefined
      ? t(line.totDicht ? 'ofMinder' : 'lagerDan', { a: b })
      : line.tot === undefined
        ? t(line.vanDicht ? 'ofMeer' : 'hogerDan', { a })
        : line.van === line.tot
          ? t('precies', { a })
          : t('tussen', { a, b });
  return t('getal', { label, waarde: range });
}

/** The "Dit past wel als …" lines of a regeling that does not fit (yet). */
export function wouldFitLines(res: Result, v: ResultaatView, ui: Ui): TemplateResult | typeof nothing {
  const lines = wouldFit(res, v.context);
  if (!lines.length) return nothing;
  const questions = (id: string) => v.context.questions.get(id);
  return html`${lines.map(
    (l) => html`<p class="would-fit">${say(ui.lang, l.zeker ? 'pastWel' : 'kanWel', { wat: what(l, questions(l.feit), ui) })}</p>`,
  )}`;
}

/** The amount with its year, the calculator, and the repayment risk of an advance. */
export function worthLines(w: Worth | undefined, ui: Ui): TemplateResult | typeof nothing {
  if (!w) return nothing;
  const { lang } = ui;
  const t = (key: TextKey, vars?: Record<string, string>) => say(lang, key, vars);
  const per = TEXT[lang][`per_${w.per}`];
  return html`<div class="worth">
    <p><strong>${t(w.totaal ? 'totaal' : 'bedrag', { bedrag: amountText(w.bedrag, lang), per })}</strong>.
      ${w.totaal ? t('totaalUitleg') : nothing}
      ${t('jaar', { jaar: w.jaren.join(', ') })}
      ${w.rekenhulp ? external(w.rekenhulp, t('rekenhulp')) : nothing}</p>
    ${
      w.bijMeer
        ? html`<p>${t('voorschot')}
      ${w.bijMeer[1] > 0 ? t('bijMeer', { bedrag: amountText(w.bijMeer, lang), per }) : t('bijMeerNiets')}</p>`
        : nothing
    }
  </div>`;
}

/** Everything this module adds to one regeling on the result. */
export function regelingWorth(res: Result, v: ResultaatView, ui: Ui): TemplateResult {
  return html`${worthLines(worth(res, v.context), ui)}${wouldFitLines(res, v, ui)}`;
}

/** The amount as the handout words it: "€ 569 – € 638", its period and the figures' years. */
export function amountNote(
  res: Result,
  v: ResultaatView,
  lang: Language,
): { bedrag: string; per: Worth['per']; jaren: string; totaal?: true } | undefined {
  const w = worth(res, v.context);
  return w && { bedrag: amountText(w.bedrag, lang), per: w.per, jaren: w.jaren.join(', '), ...(w.totaal ? { totaal: true as const } : {}) };
}
