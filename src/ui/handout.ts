/**
 * "Afdrukken of meegeven": a one-page A4 summary of the result in B1 Dutch or English, for the
 * person to take home (from a GP, a carer's or a resident's own screen) or for HR (an employer).
 *
 * What it holds: the crisis lines that fit, first; then per counter, in the engine's order, what
 * to ask for (with roughly what it is worth and the year of those amounts) and how to reach it
 * (and where to book an appointment); then one list of what to bring, per document the numbers
 * of the counters that ask for it; what may fit within a year as the person gets older, with the
 * month it starts when known; the date and the years of the figures. Never a
 * name, a birth date or an answer: only regelingen, counters and contacts.
 *
 * Loaded on demand (dynamic import) when the person presses the button: neither this module nor
 * its texts and print styles are in the widget's main bundle. On paper only the handout prints:
 * in the shadow root every other part of the widget is hidden; on the host page everything that
 * neither is nor contains the widget is hidden, for the duration of this print only.
 *
 * One page, by construction (issue 20): however much fits, the handout holds at most
 * COUNTERS counters (in the engine's order, the most useful first), each naming at most NAMES
 * regelingen (those that fit first), at most BRING documents and COMING regelingen to come; the
 * rest is counted, never dropped silently ("en nog 2 andere"; "Nog 9 regelingen bij 4 andere
 * loketten: zie het scherm"), with the way to take them along ("Verder op uw telefoon", a link
 * or QR code on the screen: never on paper, since it carries answers). The crisis lines that fit
 * are always all there. Set small (9.5pt, contacts on one line, what to bring in two columns).
 * test/journeys/handout.test.ts prints a patient with everything and a view with every part at
 * its longest, and holds both to one A4 page.
 */
import { css, html, nothing, type CSSResult, type TemplateResult } from 'lit';
import type { Language } from '../dataset/model.js';
import type { Route } from '../engine/route.js';
import type { Result } from '../engine/types.js';
import type { ResultaatView } from '../flow/view.js';
import { longDate as date } from './format.js';
import { DIRECTORY_URL } from './screens/municipality.js';
import { amountOf } from './screens/worth-loader.js';
import { monthName } from './month-name.js';

/** A web address as it reads on paper: no scheme, no trailing slash. */
const bare = (url: string) => url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');

/** How many counters the handout names; the rest is counted. */
export const COUNTERS = 4;
/** How many regelingen a counter on paper names (those that fit first); the rest is counted. */
export const NAMES = 2;
/** How many documents "Wat neemt u mee?" lists; the rest is counted. */
export const BRING = 6;
/** How many regelingen "Kan binnenkort passen" lists; the rest is counted. */
export const COMING = 3;

const TEXT = {
  nl: {
    kop: 'Waar kunt u terecht?',
    kop_werkgever: 'Regelingen voor een werknemer of kandidaat: overzicht voor HR',
    kop_mantelzorger: 'Waar kunt u en degene voor wie u zorgt terecht?',
    gemaakt: (d: string) => `Gemaakt op ${d}.`,
    jaren: (j: string) => `Bedragen en grenzen van ${j}.`,
    uitleg: 'Bij elk loket staat waar u naar vraagt. "Misschien": het loket kijkt of het past.',
    cijfersTot: (d: string) => `Voor een deel van de regelingen kennen we de bedragen alleen tot ${d}. Vraag het loket wat nu geldt.`,
    crisis: 'Direct hulp nodig? Bel:',
    eerst: 'Ga hierheen, in deze volgorde',
    vraagNaar: 'Vraag naar',
    misschien: 'misschien',
    meenemen: 'Wat neemt u mee?',
    loket: 'zie loket',
    afspraak: 'Afspraak',
    tel: 'Tel.',
    web: 'Website',
    gids: (naam: string) => `Contactgegevens van gemeente ${naam}: ${bare(DIRECTORY_URL)}`,
    gemeente: (naam: string) => `Gemeente ${naam}`,
    geen: 'We vonden geen regelingen die passen. Twijfelt u? Neem contact op met uw gemeente.',
    voet: 'Dit overzicht komt uit de Regelingenwijzer. Er staat geen naam of ander persoonlijk gegeven op. Het is een hulpmiddel: het loket beslist.',
    voorUzelf: 'voor uzelf',
    voorPersoon: 'voor degene voor wie u zorgt',
    bedrag: (a: string, per: string, jaar: string) => `ongeveer ${a} per ${per}, bedragen van ${jaar}`,
    ongeveer: (a: string, per: string) => `ongeveer ${a} per ${per}`,
    // the person already gets it: the amount is the total, not extra money
    inTotaal: 'in totaal ',
    per: { maand: 'maand', kwartaal: 'kwartaal', jaar: 'jaar' },
    komt: 'Kan binnenkort passen (door de leeftijd)',
    vanaf: (m: string) => `vanaf ${m}`,
    binnenJaar: 'binnen een jaar',
    andere: (n: number) => `en nog ${n} andere`,
    meer: (n: number, m: number) =>
      `Nog ${n} ${n === 1 ? 'regeling' : 'regelingen'}${m ? ` bij ${m} ${m === 1 ? 'ander loket' : 'andere loketten'}` : ''}: zie het scherm, of neem ${n === 1 ? 'hem' : 'ze'} mee met "Verder op uw telefoon".`,
    meerPapieren: (n: number) => `En nog ${n} ${n === 1 ? 'papier' : 'papieren'}: het loket zegt welke.`,
    meerKomt: (n: number) => `En nog ${n}: zie het scherm.`,
  },
  en: {
    kop: 'Where can you go?',
    kop_werkgever: 'Schemes for an employee or candidate: overview for HR',
    kop_mantelzorger: 'Where can you and the person you care for go?',
    gemaakt: (d: string) => `Made on ${d}.`,
    jaren: (j: string) => `Amounts and limits of ${j}.`,
    uitleg: 'Each counter lists what to ask for. "Maybe": the counter checks whether it fits.',
    cijfersTot: (d: string) => `For some schemes we only know the amounts up to ${d}. Ask the counter what applies now.`,
    crisis: 'Need help now? Call:',
    eerst: 'Go here, in this order',
    vraagNaar: 'Ask for',
    misschien: 'maybe',
    meenemen: 'What to bring',
    loket: 'see counter',
    afspraak: 'Appointment',
    tel: 'Phone',
    web: 'Website',
    gids: (naam: string) => `Contact details of the municipality of ${naam}: ${bare(DIRECTORY_URL)}`,
    gemeente: (naam: string) => `Municipality of ${naam}`,
    geen: 'We found no schemes that fit. In doubt? Contact your municipality.',
    voet: 'This overview comes from the Regelingenwijzer. It holds no name or other personal detail. It is an aid: the counter decides.',
    voorUzelf: 'for yourself',
    voorPersoon: 'for the person you care for',
    bedrag: (a: string, per: string, jaar: string) => `about ${a} per ${per}, ${jaar} amounts`,
    ongeveer: (a: string, per: string) => `about ${a} per ${per}`,
    inTotaal: 'in total ',
    per: { maand: 'month', kwartaal: 'quarter', jaar: 'year' },
    komt: 'May fit soon (because of age)',
    vanaf: (m: string) => `from ${m}`,
    binnenJaar: 'within a year',
    andere: (n: number) => `and ${n} more`,
    meer: (n: number, m: number) =>
      `${n} more ${n === 1 ? 'scheme' : 'schemes'}${m ? ` at ${m} other ${m === 1 ? 'counter' : 'counters'}` : ''}: see the screen, or take ${n === 1 ? 'it' : 'them'} along with "Continue on your phone".`,
    meerPapieren: (n: number) => `And ${n} more ${n === 1 ? 'document' : 'documents'}: the counter will tell you which.`,
    meerKomt: (n: number) => `And ${n} more: see the screen.`,
  },
};

/** Print styles, adopted into the widget's shadow root when the handout is first shown. */
export const handoutStyles: CSSResult = css`
  .handout { display: none; }
  @media print {
    .wizard:has(> .handout) > :not(.handout) { display: none !important; }
    .handout { display: block; font-size: 9.5pt; line-height: 1.2; color: #000; background: #fff; }
    .handout h2 { font-size: 15pt; margin: 0 0 2pt; }
    .handout h3 { font-size: 11pt; margin: 6pt 0 2pt; }
    .handout p, .handout ul, .handout ol { margin: 0 0 2pt; }
    .handout ol.routes { padding-inline-start: 1.3em; column-count: 2; column-gap: 7mm; }
    .handout ol.routes > li { break-inside: avoid; margin-block-end: 4pt; }
    .handout ul.bring { column-count: 2; column-gap: 7mm; font-size: 8.5pt; line-height: 1.15; }
    .handout ul { padding-inline-start: 1.1em; }
    .handout .crisis { border: 1.5pt solid #000; padding: 4pt 6pt; margin-block: 4pt 6pt; break-inside: avoid; }
    .handout .meta, .handout footer { font-size: 8.5pt; }
    .handout .more { font-weight: bold; margin-block: 2pt 4pt; }
    .handout footer { border-top: 0.5pt solid #000; margin-block-start: 8pt; padding-block-start: 3pt; }
    .handout a { color: #000; text-decoration: none; }
    .handout a[href^='http']::after { content: none; }
  }
`;

/** Hides the host page around the widget on paper, for one print only. */
const pageStyles = `@media print {
  body :not(:has([data-regelingenwijzer-print])):not([data-regelingenwijzer-print]):not([data-regelingenwijzer-print] *) { display: none !important; }
  [data-regelingenwijzer-print] { margin: 0 !important; }
}`;

/** Adopt the handout styles into `root` (once). */
export function adoptHandoutStyles(root: ShadowRoot): void {
  const sheet = handoutStyles.styleSheet;
  if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/**
 * Marks the host page for printing only the widget (a constructed style sheet: no inline style,
 * fine under a strict CSP) and returns the function that takes it away again.
 */
export function isolateForPrint(host: HTMLElement): () => void {
  const doc = host.ownerDocument;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(pageStyles);
  host.setAttribute('data-regelingenwijzer-print', '');
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return () => {
    host.removeAttribute('data-regelingenwijzer-print');
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

/** A counter's general wording on paper: its first sentence, as on the screen's first steps. */
const firstSentence = (text: string) => text.split(/(?<=[.?!])\s/)[0]!;

function contact(r: Route, lang: Language, t: (typeof TEXT)['nl']): TemplateResult {
  const c = r.contact;
  // One line: the municipality, how to reach the counter, and where to find its contact details.
  const parts: string[] = [];
  if (r.gemeente) parts.push(t.gemeente(r.gemeente.naam));
  if (c?.telefoon) parts.push(`${t.tel} ${c.telefoon}`);
  if (c?.website) parts.push(`${t.web} ${bare(c.website)}`);
  if (c?.afspraak) parts.push(`${t.afspraak} ${bare(c.afspraak)}`);
  if (c?.adres) parts.push(c.adres[lang]);
  if (c?.openingstijden) parts.push(c.openingstijden[lang]);
  if (r.gemeenteContact?.telefoon) parts.push(`${r.gemeenteContact.naam[lang]}: ${t.tel} ${r.gemeenteContact.telefoon}`);
  if (r.gemeente && r.algemeen) parts.push(t.gids(r.gemeente.naam));
  return html`${r.algemeen ? html`<p>${firstSentence(r.algemeen[lang])}</p>` : nothing}
    ${parts.length ? html`<p>${parts.join(' · ')}</p>` : nothing}`;
}

function counter(r: Route, v: ResultaatView, lang: Language, t: (typeof TEXT)['nl']): TemplateResult {
  const year = latestYear(v);
  const named = [...r.results].sort((a, b) => (a.uitkomst === 'past' ? 0 : 1) - (b.uitkomst === 'past' ? 0 : 1)).slice(0, NAMES);
  const item = (x: Result) => {
    const w = amountOf(x, v, lang);
    const notes = [
      x.uitkomst === 'past' ? '' : t.misschien,
      // the year of the amounts only when it is not the year the sheet's heading names
      w
        ? `${w.totaal ? t.inTotaal : ''}${w.jaren === year ? t.ongeveer(w.bedrag, t.per[w.per]) : t.bedrag(w.bedrag, t.per[w.per], w.jaren)}`
        : '',
    ].filter(Boolean);
    return `${x.regeling.naam[lang]}${notes.length ? ` (${notes.join(', ')})` : ''}`;
  };
  // A carer reads for whom, once per group, not after every name.
  const groups: [string, Result[]][] =
    v.perspectief === 'mantelzorger'
      ? (
          [
            [`${t.vraagNaar}, ${t.voorPersoon}`, named.filter((x) => x.regeling.voor !== 'mantelzorger')],
            [`${t.vraagNaar}, ${t.voorUzelf}`, named.filter((x) => x.regeling.voor === 'mantelzorger')],
          ] as [string, Result[]][]
        ).filter(([, xs]) => xs.length)
      : [[t.vraagNaar, named]];
  const more = r.results.length - named.length;
  return html`<li>
    <strong>${(r.contact?.naam ?? r.loket.naam)[lang]}</strong>
    ${contact(r, lang, t)}
    ${groups.map(
      ([label, xs], g) =>
        html`<p class="ask">${label}: ${xs.map(item).join('; ')}${g === groups.length - 1 && more > 0 ? `; ${t.andere(more)}` : ''}</p>`,
    )}
  </li>`;
}

/** The year of the figures the sheet's heading names ("Bedragen en grenzen van 2026"). */
const latestYear = (v: ResultaatView) => [...v.jaren].sort().at(-1);

/** The handout for this result, in `lang`. */
export function handout(v: ResultaatView, lang: Language): TemplateResult {
  const t = TEXT[lang];
  const title = v.perspectief === 'werkgever' ? t.kop_werkgever : v.perspectief === 'mantelzorger' ? t.kop_mantelzorger : t.kop;
  const all = v.routes.filter((r) => !v.leiding.includes(r));
  const rest = all.slice(0, COUNTERS);
  const hidden = all.slice(COUNTERS);
  // Regelingen on the screen that this sheet does not name: at the counters left out, and past NAMES at those shown.
  const unnamed = hidden.reduce((n, r) => n + r.results.length, 0) + rest.reduce((n, r) => n + Math.max(0, r.results.length - NAMES), 0);
  // What to bring names a counter by its number in the list above; only documents a counter on
  // this sheet asks for (a crisis line asks for none: call it).
  const onSheet = (r: Route) => rest.includes(r);
  const number = (r: Route) => String(rest.indexOf(r) + 1);
  const bring = v.meenemen
    .map((m) => ({ tekst: m.tekst, loketten: m.loketten.map((i) => v.routes[i]!).filter(onSheet) }))
    .filter((m) => m.loketten.length);
  const coming = v.komt;
  const until = [...new Set(v.routes.flatMap((r) => r.results.map((x) => x.cijfersTot)).filter((x): x is string => !!x))].sort()[0];
  return html`<section class="handout" lang=${lang}>
    <h2>${title}</h2>
    <p class="meta">${t.gemaakt(date(v.datum, lang))} ${v.jaren.length ? t.jaren(latestYear(v)!) : nothing}
      ${until ? t.cijfersTot(date(until, lang)) : nothing}</p>
    ${
      v.leiding.length
        ? html`<div class="crisis"><strong>${t.crisis}</strong>
      ${v.leiding.map((r, i) => html`${i ? ' · ' : ' '}<span class="line">${(r.contact?.naam ?? r.loket.naam)[lang]}${r.contact?.telefoon ? `: ${r.contact.telefoon}` : ''}</span>`)}</div>`
        : nothing
    }
    ${rest.length ? html`<h3>${t.eerst}</h3><p class="meta">${t.uitleg}</p><ol class="routes">${rest.map((r) => counter(r, v, lang, t))}</ol>` : html`<p>${t.geen}</p>`}
    ${unnamed ? html`<p class="more">${t.meer(unnamed, hidden.length)}</p>` : nothing}
    ${
      bring.length
        ? html`<h3>${t.meenemen}</h3><ul class="bring">${bring
            .slice(0, BRING)
            .map((m) => html`<li>${m.tekst[lang]} (${t.loket} ${m.loketten.map(number).join(', ')})</li>`)}</ul>${
            bring.length > BRING ? html`<p class="meta">${t.meerPapieren(bring.length - BRING)}</p>` : nothing
          }`
        : nothing
    }
    ${
      coming.length
        ? html`<h3>${t.komt}</h3><ul class="coming">${coming
            .slice(0, COMING)
            .map(
              (x) => html`<li>${x.regeling.naam[lang]}: ${x.komt?.maand ? t.vanaf(monthName(x.komt.maand, lang)) : t.binnenJaar}</li>`,
            )}</ul>${coming.length > COMING ? html`<p class="meta">${t.meerKomt(coming.length - COMING)}</p>` : nothing}`
        : nothing
    }
    <footer>${t.voet}</footer>
  </section>`;
}
