/**
 * Abbreviations written out at their first use on a screen: "UWV" becomes
 * "<abbr>UWV</abbr> (Uitvoeringsinstituut Werknemersverzekeringen)" the first time, a bare
 * <abbr> with its title after that. One `Explainer` per render: the first call in document
 * order gets the written-out form.
 */
import { html, type TemplateResult } from 'lit';
import type { Language } from '../../dataset/model.js';

export const ABBREVIATIONS: Record<string, Record<Language, string>> = {
  Wmo: { nl: 'Wet maatschappelijke ondersteuning', en: 'Social Support Act' },
  Wlz: { nl: 'Wet langdurige zorg', en: 'Long-term Care Act' },
  CIZ: { nl: 'Centrum indicatiestelling zorg', en: 'Care Needs Assessment Centre' },
  UWV: { nl: 'Uitvoeringsinstituut Werknemersverzekeringen', en: 'Employee Insurance Agency' },
  SVB: { nl: 'Sociale Verzekeringsbank', en: 'Social Insurance Bank' },
  CAK: { nl: 'Centraal Administratie Kantoor', en: 'Central Administration Office' },
  DUO: { nl: 'Dienst Uitvoering Onderwijs', en: 'Education Executive Agency' },
  pgb: { nl: 'persoonsgebonden budget', en: 'personal budget' },
  AIO: { nl: 'aanvullende inkomensvoorziening ouderen', en: 'supplementary income for older people' },
  Bbz: { nl: 'Besluit bijstandverlening zelfstandigen', en: 'assistance for self-employed people' },
};

/** A word that holds an abbreviation ("Wmo-loket", "UWV", "pgb."); group 2 is the abbreviation. */
const WORD = new RegExp(`([\\p{L}\\p{N}-]*?)\\b(${Object.keys(ABBREVIATIONS).join('|')})\\b([\\p{L}\\p{N}-]*)`, 'gu');

export class Explainer {
  private readonly seen = new Set<string>();
  constructor(private readonly lang: Language) {}

  /** `text` with its abbreviations marked up; the first use on this screen written out. */
  text(text: string): string | (string | TemplateResult)[] {
    WORD.lastIndex = 0;
    if (!WORD.test(text)) return text;
    this.known(text);
    const out: (string | TemplateResult)[] = [];
    let at = 0;
    WORD.lastIndex = 0;
    for (const m of text.matchAll(WORD)) {
      const [whole, before = '', abbr = '', after = ''] = m;
      const full = ABBREVIATIONS[abbr]![this.lang];
      out.push(text.slice(at, m.index), before, html`<abbr title=${full}>${abbr}</abbr>`, after);
      if (!this.seen.has(abbr)) {
        this.seen.add(abbr);
        out.push(before || after ? ` (${abbr}: ${full})` : ` (${full})`);
      }
      at = m.index + whole.length;
    }
    out.push(text.slice(at));
    return out;
  }

  /** A text that writes the abbreviation out itself ("Sociale Verzekeringsbank (SVB)") explains it. */
  private known(text: string): void {
    const lower = text.toLowerCase();
    for (const [abbr, full] of Object.entries(ABBREVIATIONS)) if (lower.includes(full[this.lang].toLowerCase())) this.seen.add(abbr);
  }

  /** The same as plain text (for paper and mail): the first use written out in brackets. */
  plain(text: string): string {
    this.known(text);
    return text.replace(WORD, (whole, before: string, abbr: string, after: string) => {
      if (this.seen.has(abbr)) return whole;
      this.seen.add(abbr);
      const full = ABBREVIATIONS[abbr]![this.lang];
      return before || after ? `${whole} (${abbr}: ${full})` : `${abbr} (${full})`;
    });
  }
}
