/**
 * "Zet in uw agenda": an .ics file made in the browser (a Blob, downloaded by the person) with
 * the dates the widget knows (src/engine/dates.ts): the next 1 January, when amounts and limits
 * change, and the ages the person will reach that a regeling names (the AOW age among them).
 * Every event has the same neutral title, "Regelingen opnieuw bekijken": a calendar is seen by
 * others, so no event names a topic, a regeling or an answer. Nothing is sent anywhere.
 * Loaded on demand.
 */
import { html, type TemplateResult } from 'lit';
import type { Language } from '../dataset/model.js';
import type { KnownDate } from '../engine/dates.js';
import { longDate as date } from './format.js';

const years = (t: number, lang: Language) => {
  const y = Math.floor(t);
  const m = Math.round((t - y) * 12);
  if (lang === 'nl') return m ? `${y} jaar en ${m} maanden` : `${y} jaar`;
  return m ? `${y} years and ${m} months` : `${y} years`;
};

const TEXT = {
  nl: {
    titel: 'Regelingen opnieuw bekijken',
    intro: 'Deze data kent de wijzer. Het bestand opent in uw eigen agenda.',
    download: 'Download het agendabestand',
    sluiten: 'Sluiten',
    herzien: 'Op 1 januari veranderen vaak bedragen en grenzen. Kijk dan opnieuw welke regelingen passen.',
    leeftijd: (d: KnownDate & { soort: 'leeftijd' }) =>
      d.naam
        ? `Binnen een jaar na deze dag bereikt u de ${d.naam.nl} (${years(d.leeftijd, 'nl')}). Kijk dan opnieuw welke regelingen passen.`
        : `Binnen een jaar na deze dag wordt u ${years(d.leeftijd, 'nl')}. Kijk dan opnieuw welke regelingen passen.`,
  },
  en: {
    titel: 'Look at schemes again',
    intro: 'The checker knows these dates. The file opens in your own calendar.',
    download: 'Download the calendar file',
    sluiten: 'Close',
    herzien: 'Amounts and limits often change on 1 January. Check again which schemes fit.',
    leeftijd: (d: KnownDate & { soort: 'leeftijd' }) =>
      d.naam
        ? `Within a year after this day you reach the ${d.naam.en} (${years(d.leeftijd, 'en')}). Check again which schemes fit.`
        : `Within a year after this day you turn ${years(d.leeftijd, 'en')}. Check again which schemes fit.`,
  },
};

const describe = (d: KnownDate, lang: Language) => (d.soort === 'herzien' ? TEXT[lang].herzien : TEXT[lang].leeftijd(d));

/** RFC 5545 text: backslash, comma, semicolon and line breaks escaped. */
const icsText = (s: string) => s.replace(/[\\,;]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');

/** Lines longer than 75 octets folded (a line break and a space), never inside a UTF-8 character. */
function fold(line: string): string {
  const out: string[] = [];
  let cur = '';
  let bytes = 0;
  for (const ch of line) {
    const n = new TextEncoder().encode(ch).length;
    if (bytes + n > (out.length ? 74 : 75)) {
      out.push(cur);
      cur = '';
      bytes = 0;
    }
    cur += ch;
    bytes += n;
  }
  out.push(cur);
  return out.join('\r\n ');
}

const compact = (iso: string) => iso.replaceAll('-', '');
const nextDay = (iso: string) => {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/**
 * The .ics text: one all-day event per date, with a reminder at 09:00 that day. `url` is the
 * page to come back to (without query or fragment).
 */
export function icsOf(dates: readonly KnownDate[], lang: Language, now: Date, url?: string): string {
  const t = TEXT[lang];
  const stamp = `${now.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Regelingenwijzer//NONSGML 1.0//NL', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  dates.forEach((d, i) => {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${compact(d.datum)}-${i}-${stamp}@regelingenwijzer`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(d.datum)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(d.datum))}`,
      `SUMMARY:${icsText(t.titel)}`,
      `DESCRIPTION:${icsText(describe(d, lang) + (url ? `\n${url}` : ''))}`,
      ...(url ? [`URL:${url}`] : []),
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${icsText(t.titel)}`,
      'TRIGGER:PT9H',
      'END:VALARM',
      'END:VEVENT',
    );
  });
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** The file for download: a Blob URL, revoked by `revoke` (a new result, the panel closed). */
export function agendaFile(dates: readonly KnownDate[], lang: Language, page: string): { url: string; revoke(): void } {
  const clean = page.replace(/[?#].*$/, '');
  const blob = new Blob([icsOf(dates, lang, new Date(), /^https?:/.test(clean) ? clean : undefined)], { type: 'text/calendar' });
  const url = URL.createObjectURL(blob);
  return { url, revoke: () => URL.revokeObjectURL(url) };
}

/** The panel: the dates, in words, and the download link. */
export function agendaPanel(known: readonly KnownDate[], file: string, lang: Language, close: () => void): TemplateResult {
  const t = TEXT[lang];
  return html`<section class="panel agenda no-print" aria-labelledby="agenda-kop">
    <h3 id="agenda-kop" tabindex="-1">${t.titel}</h3>
    <p>${t.intro}</p>
    <ul>${known.map((d) => html`<li><strong>${date(d.datum, lang)}</strong>: ${describe(d, lang)}</li>`)}</ul>
    <p><a href=${file} download="regelingen-opnieuw-bekijken.ics" data-ics>${t.download}</a></p>
    <button type="button" class="link" @click=${close}>${t.sluiten}</button>
  </section>`;
}
