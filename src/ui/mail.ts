/**
 * "Stuur naar uzelf": a mailto: link with the counters (what to ask for, how to reach them) and
 * what to bring, opened in the person's own mail app; the person picks the address and sends it
 * themselves. The answers go in only when the person ticks that. The widget sends nothing.
 * Loaded on demand.
 */
import { html, type TemplateResult } from 'lit';
import type { Language, Question } from '../dataset/model.js';
import type { ResultaatView } from '../flow/view.js';
import { longDate } from './format.js';
import { Explainer } from './screens/abbreviations.js';
import type { Answer } from '../engine/types.js';

/** How an answer reads (the review screen's wording, passed in: src/ui/screens/question.ts). */
export type AnswerText = (q: Question, a: Answer) => string;

const TEXT = {
  nl: {
    kop: 'Stuur naar uzelf',
    intro: 'Uw eigen mailprogramma opent. U kiest zelf naar wie het gaat. De wijzer stuurt niets.',
    antwoorden: 'Zet ook mijn antwoorden in de mail',
    open: 'Open uw mailprogramma',
    sluiten: 'Sluiten',
    onderwerp: 'Regelingen: waar kan ik terecht?',
    gemaakt: (d: string) => `Gemaakt met de Regelingenwijzer op ${d}.`,
    loketten: 'Waar u heen kunt, in deze volgorde:',
    vraagNaar: 'Vraag naar',
    misschien: 'misschien',
    tel: 'Telefoon',
    web: 'Website',
    afspraak: 'Afspraak maken',
    meenemen: 'Wat neemt u mee?',
    voor: 'voor',
    mijnAntwoorden: 'Mijn antwoorden:',
    voet: 'Dit is geen besluit. Het loket beslist.',
  },
  en: {
    kop: 'Send to yourself',
    intro: 'Your own mail app opens. You choose who it goes to. The checker sends nothing.',
    antwoorden: 'Also put my answers in the mail',
    open: 'Open your mail app',
    sluiten: 'Close',
    onderwerp: 'Schemes: where can I go?',
    gemaakt: (d: string) => `Made with the Regelingenwijzer on ${d}.`,
    loketten: 'Where to go, in this order:',
    vraagNaar: 'Ask for',
    misschien: 'maybe',
    tel: 'Phone',
    web: 'Website',
    afspraak: 'Book an appointment',
    meenemen: 'What to bring',
    voor: 'for',
    mijnAntwoorden: 'My answers:',
    voet: 'This is not a decision. The counter decides.',
  },
};

/** The mail's text: the counters, what to bring and (only if asked) the answers. */
export function mailBody(v: ResultaatView, lang: Language, answer: AnswerText, withAnswers: boolean): string {
  const s = TEXT[lang];
  const x = new Explainer(lang);
  const name = (i: number) => x.plain((v.routes[i]!.contact?.naam ?? v.routes[i]!.loket.naam)[lang]);
  const lines = [s.gemaakt(longDate(v.datum, lang)), '', s.loketten];
  v.routes.forEach((r, i) => {
    lines.push(`${i + 1}. ${name(i)}`);
    const asks = r.results.map((res) => `${x.plain(res.regeling.naam[lang])}${res.uitkomst === 'past' ? '' : ` (${s.misschien})`}`);
    lines.push(`   ${s.vraagNaar}: ${asks.join('; ')}`);
    if (r.contact?.telefoon) lines.push(`   ${s.tel}: ${r.contact.telefoon}`);
    if (r.contact?.website) lines.push(`   ${s.web}: ${r.contact.website}`);
    if (r.contact?.afspraak) lines.push(`   ${s.afspraak}: ${r.contact.afspraak}`);
    if (!r.contact && r.algemeen) lines.push(`   ${x.plain(r.algemeen[lang])}`);
  });
  if (v.meenemen.length) {
    lines.push('', s.meenemen);
    for (const m of v.meenemen) lines.push(`- ${x.plain(m.tekst[lang])} (${s.voor}: ${m.loketten.map(name).join(', ')})`);
  }
  if (withAnswers) {
    const { antwoorden, vragen } = v.delen();
    lines.push('', s.mijnAntwoorden);
    for (const q of vragen) {
      const a = antwoorden[q.id];
      if (a !== undefined) lines.push(`- ${q.label[lang]}: ${answer(q, a)}`);
    }
  }
  lines.push('', s.voet);
  return lines.join('\n');
}

/** The mailto: link: no address (the person fills it in), a subject and the body. */
export function mailtoOf(v: ResultaatView, lang: Language, answer: AnswerText, withAnswers: boolean): string {
  const body = mailBody(v, lang, answer, withAnswers).replace(/\n/g, '\r\n');
  return `mailto:?subject=${encodeURIComponent(TEXT[lang].onderwerp)}&body=${encodeURIComponent(body)}`;
}

/** The panel: what happens, the tick box for the answers, and the link. */
export function mailPanel(
  v: ResultaatView,
  lang: Language,
  answer: AnswerText,
  withAnswers: boolean,
  set: (withAnswers: boolean) => void,
  close: () => void,
): TemplateResult {
  const s = TEXT[lang];
  return html`<section class="panel mail no-print" aria-labelledby="mail-kop">
    <h3 id="mail-kop" tabindex="-1">${s.kop}</h3>
    <p>${s.intro}</p>
    <div class="choice">
      <input id="mail-antwoorden" type="checkbox" .checked=${withAnswers} @change=${(e: Event) => set((e.target as HTMLInputElement).checked)} />
      <label for="mail-antwoorden">${s.antwoorden}</label>
    </div>
    <p><a href=${mailtoOf(v, lang, answer, withAnswers)} data-mailto>${s.open}</a></p>
    <button type="button" class="link" @click=${close}>${s.sluiten}</button>
  </section>`;
}
