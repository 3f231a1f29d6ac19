/**
 * The result, summary first (issue 22): crisis lines that fit first; then "Uw eerste stappen",
 * the few counters that matter most in the engine's order, each with what to ask for and how to
 * reach it in one line; one list of what to bring, with the counters that ask for it; then every
 * counter collapsed, per person the regelingen are for (in the carer's view: "Voor degene voor
 * wie u zorgt", "Voor uzelf"), the regeling names visible. A counter's details (contact, per
 * regeling its outcome, reasons, what is still unknown, the source) are rendered only when it is
 * opened, and so is the list of what does not fit: the screen renders what a person reads.
 *
 * No layout reads here: nothing measures, scrolls or asks for a size. Each UI text is resolved
 * once per render (`Words`), not per regeling.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Contact, Counter, Language, Text } from '../../dataset/model.js';
import type { Route } from '../../engine/route.js';
import { alternativeText } from '../../engine/outcome.js';
import type { Criterion, Result } from '../../engine/types.js';
import type { Groep, ResultaatView } from '../../flow/view.js';
import { listOf as list, longDate as date } from '../format.js';
import { monthName } from '../month-name.js';
import { Explainer } from './abbreviations.js';
import { dangerLine, external, phoneLink, readAloud, restart, type Screen, type Ui } from './common.js';
import { DIRECTORY_URL, municipalityChoice } from './municipality.js';
import { resultActions } from './result-actions.js';
import { whatIfHook } from './what-if-loader.js';

export { forgetShared } from './result-actions.js';
export { forgetWhatIf } from './what-if-loader.js';
import { regelingWorth } from './worth-loader.js';

/** How many counters "Uw eerste stappen" names. */
export const FIRST_STEPS = 3;
/** How many regeling names a first step names before "En nog N". */
const NAMES_IN_STEP = 2;
/** How many regeling names a collapsed counter names before "En nog N" (real counters hold fewer). */
export const NAMES_IN_COUNTER = 12;
/** How many regelingen an opened counter shows before "Toon alle N" (real counters hold fewer). */
export const SHOWN_IN_COUNTER = 25;

const MARK = { ja: '✓', nee: '✗', onbekend: '?' } as const;

/** Criteria are generated phrases ("niet: heeft Wajong"); a line starts with a capital. */
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The UI texts of this screen, resolved once per render. */
function words(ui: Ui) {
  const { t } = ui;
  const keys = [
    'telefoon',
    'website',
    'adres',
    'openingstijden',
    'afspraak',
    'bel',
    'gaNaar',
    'vraagNaar',
    'vanNaaste',
    'andereGemeente',
    'past',
    'misschien',
    'pastNiet',
    'waarom',
    'waaromMisschien',
    'nogOnbekend',
    'meenemen',
    'wet',
    'beslist',
    'breed',
    'urgent',
    'crisis',
    'voldaan',
    'nietVoldaan',
    'onbekend',
    'voorUzelf',
    'voorWerkgever',
  ] as const;
  return Object.fromEntries(keys.map((k) => [k, t(`resultaat.${k}`)])) as Record<(typeof keys)[number], string>;
}

interface Props extends Ui {
  v: ResultaatView;
  w: ReturnType<typeof words>;
  /** Abbreviations written out at first use on this screen. */
  x: Explainer;
}

/** A heading of level 3, 4 or 5. */
const h = (level: number, content: unknown) =>
  level === 3 ? html`<h3>${content}</h3>` : level === 4 ? html`<h4>${content}</h4>` : html`<h5>${content}</h5>`;

const bare = (url: string) => url.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, '');

/** Call, website and "Maak een afspraak": the ways to act on a counter. */
function reach(c: Contact | undefined, p: Props): TemplateResult[] {
  const out: TemplateResult[] = [];
  if (c?.telefoon) out.push(html`<span class="act">${p.w.bel} ${phoneLink(c.telefoon)}</span>`);
  if (c?.website) out.push(html`<span class="act">${p.w.website}: ${external(c.website, bare(c.website))}</span>`);
  if (c?.afspraak) out.push(html`<span class="act">${external(c.afspraak, p.w.afspraak)}</span>`);
  return out;
}

function contactList(r: Route, p: Props): TemplateResult {
  const { lang, w, x } = p;
  const c = r.contact;
  return html`
    ${r.algemeen ? html`<p>${x.text(r.algemeen[lang])}</p>` : nothing}
    ${
      c
        ? html`<ul class="contact">
      ${c.telefoon ? html`<li>${w.telefoon}: ${phoneLink(c.telefoon)}</li>` : nothing}
      ${c.website ? html`<li>${w.website}: ${external(c.website, bare(c.website))}</li>` : nothing}
      ${c.afspraak ? html`<li>${external(c.afspraak, w.afspraak)}</li>` : nothing}
      ${c.adres ? html`<li>${w.adres}: ${c.adres[lang]}</li>` : nothing}
      ${c.openingstijden ? html`<li>${w.openingstijden}: ${c.openingstijden[lang]}</li>` : nothing}
    </ul>`
        : nothing
    }`;
}

/** The heading of a group: whom its regelingen are for, seen from the asker. */
function groupName(voor: Groep['voor'], p: Props): string {
  return voor === 'mantelzorger'
    ? p.w.voorUzelf
    : voor === 'werkgever'
      ? p.w.voorWerkgever
      : p.t(`resultaat.voorPersoon_${p.v.perspectief}`);
}

/** The tag of a regeling: its outcome, or when it comes within a year, from when. */
function tag(res: Result, p: Props): string {
  const { t, lang, w } = p;
  if (res.komt)
    return res.komt.maand ? t('resultaat.komtVanaf', { maand: monthName(res.komt.maand, lang) }) : t('resultaat.komtBinnenJaar');
  return { past: w.past, misschien: w.misschien, 'past-niet': w.pastNiet }[res.uitkomst];
}

/** The regeling's explanation for this reader: a carer or GP reads about the person, not to them. */
function uitleg(r: Result['regeling'], perspectief: string): Result['regeling']['uitleg'] {
  const own = r.uitlegPerspectief as Record<string, Result['regeling']['uitleg'] | undefined> | undefined;
  return own?.[perspectief] ?? r.uitleg;
}

/** The dataset's wording for the person's own age beside a child's: "Zelf jonger dan 18" ("Under 18 themselves"). */
const SELF = { nl: /^Zelf\s+/, en: /\s+themselves$/ } as const;

/**
 * A line as this reader reads it. In the person's own view, as written. A carer or GP reads
 * whose fact it is when that is not the one the regeling is for (on a carer's own regeling
 * "(over degene voor wie u zorgt)", and the other way round "(over uzelf)"), and also when the
 * line could be read as about the reader: the dataset's "Zelf …" wording (its "Zelf" is left
 * out), or a question the reader answered about themselves too, such as a carer's own age or
 * work (panel rounds 7 and 8).
 */
function spoken(c: Criterion, r: Result['regeling'], p: Props): Criterion {
  const ctx = p.v.context;
  const q = c.feit ? ctx.questions.get(ctx.derived.get(c.feit)?.deel ?? c.feit) : undefined;
  if (!q || ctx.perspectief === 'zelf') return c;
  const self = SELF.nl.test(c.tekst.nl) || SELF.en.test(c.tekst.en);
  const twin = q.onderwerp === 'persoon' ? q.id.replace(/^persoon\./, `${ctx.perspectief}.`) : '';
  const alsoAboutReader = self || (twin !== q.id && ctx.questions.has(twin) && ctx.answers[twin] !== undefined);
  if (q.onderwerp === r.voor && !alsoAboutReader) return c;
  const marker = ` (${q.onderwerp === 'persoon' ? p.t(`resultaat.over_persoon_${ctx.perspectief}`) : p.t('resultaat.over_zelf')})`;
  return { ...c, tekst: { nl: capital(c.tekst.nl.replace(SELF.nl, '')) + marker, en: capital(c.tekst.en.replace(SELF.en, '')) + marker } };
}

/** One ✓ / ✗ / ? line; a group of alternatives none of which holds as "Voldoet aan geen van deze:" with them below. */
function criterion(c: Criterion, res: Result, p: Props): TemplateResult {
  const { lang, w, x } = p;
  const status = { ja: w.voldaan, nee: w.nietVoldaan, onbekend: w.onbekend }[c.status];
  // A "?" line names what is needed, not what is so: "Heeft al een Wlz-indicatie: nee" after
  // "weet ik niet" read like a fact. So it says, visibly and once for a screen reader, that it is
  // not known yet.
  if (c.status === 'onbekend' && !c.of)
    return html`<li><span class="mark" aria-hidden="true">${MARK.onbekend}</span>${line(c, res, p)} <span class="unknown-note">(${status.toLowerCase()})</span></li>`;
  const mark = html`<span class="mark" aria-hidden="true">${MARK[c.status]}</span><span class="visually-hidden">${status}: </span>`;
  if (c.of)
    return html`<li>${mark}${p.t('resultaat.geenVanDeze')}<ul class="alternatives">${c.of.map(
      (a) => html`<li>${x.text(capital(alternativeText(a.map((l) => spoken(l, res.regeling, p)))[lang]))}</li>`,
    )}</ul></li>`;
  return html`<li>${mark}${line(c, res, p)}</li>`;
}

/** A criterion's text as read in this perspective, with a capital. */
const line = (c: Criterion, res: Result, p: Props) => p.x.text(capital(spoken(c, res.regeling, p).tekst[p.lang]));

function regeling(res: Result, p: Props, level: number, group?: Groep['voor'], id?: string): TemplateResult {
  const { lang, w, x } = p;
  const r = res.regeling;
  const fails = res.uitkomst === 'past-niet';
  const shownCriteria = fails ? res.criteria.filter((c) => c.status === 'nee') : res.criteria;
  // The count is of the lines shown: "past niet" shows the ones not met ("voldoet niet aan 2 van
  // de 5"), "past" all of them; a "misschien" says what is still unknown, never "voldoet aan 2 van 2".
  const why =
    res.uitkomst === 'misschien'
      ? w.waaromMisschien
      : `${w.waarom}: ${fails ? p.t('resultaat.nietXvanY', { x: shownCriteria.length, y: res.totaal }) : p.t('resultaat.metXvanY', { x: res.voldaan, y: res.totaal })}`;
  const details = html`
    <ul class="criteria">
      ${shownCriteria.map((c) => criterion(c, res, p))}
    </ul>
    <p class="meta">${w.beslist} ${x.text(r.beslist[lang])}.
      ${r.wet ? html`${w.wet}: ${r.wet.url ? external(r.wet.url, r.wet.naam[lang]) : r.wet.naam[lang]}.` : nothing}
      ${external(r.bron, p.t('resultaat.bronPeildatum', { datum: date(r.peildatum, lang) }))}</p>`;
  return html`<article class="regeling" data-regeling=${r.id} id=${id ?? nothing} tabindex=${id ? '-1' : nothing}>
    ${h(level, x.text(r.naam[lang]))}
    ${group && r.voor !== group ? html`<p class="meta voor">${groupName(r.voor, p)}</p>` : nothing}
    <span class="tag ${res.komt ? 'komt' : res.uitkomst}">${tag(res, p)}</span>
    ${res.urgent ? html` <span class="tag urgent">${w.urgent}</span>` : nothing}
    ${res.buitenOnderwerpen ? html`<p class="meta">${w.breed}</p>` : nothing}
    <p>${x.text(uitleg(r, p.v.perspectief)[lang])}</p>
    ${res.voorbehoud ? html`<p>${x.text(res.voorbehoud[lang])}</p>` : nothing}
    ${regelingWorth(res, p.v, p)}
    ${res.voorrang ? html`<p>${x.text(res.voorrang.reden[lang])}</p>` : nothing}
    ${res.komt ? comingCounter(res, p) : nothing}
    ${res.kosten ? html`<p class="kosten">${x.text(res.kosten.tekst[lang])} ${counterContact(res.kosten.loket, p)}.</p>` : nothing}
    ${res.cijfersTot ? html`<p>${p.t('resultaat.cijfersTot', { datum: date(res.cijfersTot, lang) })}</p>` : nothing}
    ${res.onbekend.length ? html`<p class="unknown">${w.nogOnbekend} ${res.onbekend.map((id) => p.v.label(id)?.[lang] ?? id).join(', ')}.</p>` : nothing}
    ${res.uitkomst !== 'past-niet' && r.meenemen?.length ? html`<p>${w.meenemen}</p><ul>${r.meenemen.map((m) => html`<li>${x.text(m[lang])}</li>`)}</ul>` : nothing}
    ${res.uitkomst === 'past-niet' ? html`<p>${why}</p>${details}` : html`<details class="why"><summary>${why}</summary>${details}</details>`}
  </article>`;
}

/** A counter named on a card, with its phone and website: "CAK: 0800 1925 (hetcak.nl)". */
function counterContact(c: Counter, p: Props): TemplateResult {
  return html`${p.x.text(c.naam[p.lang])}${c.telefoon ? html`: ${phoneLink(c.telefoon)}` : nothing}${c.website ? html` (${external(c.website, bare(c.website))})` : nothing}`;
}

/**
 * Where to apply for what starts within a year ("Kan passen vanaf"): such a regeling is in no
 * counter on the result (panel round 13: the SVB was never named for an AOW that starts in two months).
 */
function comingCounter(res: Result, p: Props): TemplateResult | typeof nothing {
  const c = p.v.context.counters.get(res.regeling.loket);
  return c ? html`<p class="apply">${p.t('resultaat.komtLoket')} ${counterContact(c, p)}.</p>` : nothing;
}

/**
 * The counter's name. When the same counter appears for both the mantelzorger and the person
 * cared for, the one of the cared-for person's municipality says so.
 */
function routeName(r: Route, p: Props): string {
  const name = (r.contact?.naam ?? r.loket.naam)[p.lang];
  const twice = p.v.routes.filter((x) => x.loket.id === r.loket.id).length > 1;
  return twice && r.vanPersoon ? `${name} (${p.w.vanNaaste})` : name;
}

/**
 * What a counter is about and how to reach it: the open crisis cards and the inside of a counter
 * (`id`: its first SHOWN_IN_COUNTER regelingen, the rest on "Toon alle N").
 */
function counterBody(r: Route, p: Props, level: number, group?: Groep['voor'], id?: string): TemplateResult {
  const { lang, t, w, x } = p;
  const all = !id || p.opened(`${id}:alle`) || p.printing;
  const shown = all ? r.results : r.results.slice(0, SHOWN_IN_COUNTER);
  const showAll = () => {
    p.open(`${id}:alle`);
    // Focus on the first regeling that was not shown.
    void p.focus(`#${id}-meer`);
  };
  return html`
    ${r.loket.uitleg ? html`<p>${x.text(r.loket.uitleg[lang])}</p>` : nothing}
    ${r.gemeente ? html`<p><strong>${t('gemeente.naam', { naam: r.gemeente.naam })}</strong>${r.vanPersoon ? html`. ${t('gemeente.vanPersoon')}` : nothing}</p>` : nothing}
    ${contactList(r, p)}
    ${r.gemeenteContact?.telefoon ? html`<p>${t('resultaat.gemeenteBellen', { naam: r.gemeenteContact.naam[lang] })} ${phoneLink(r.gemeenteContact.telefoon)}</p>` : nothing}
    ${r.gemeente && r.algemeen ? html`<p>${external(DIRECTORY_URL, t('gemeente.gids', { naam: r.gemeente.naam }))}</p>` : nothing}
    ${r.andereGemeente ? html`<p>${w.andereGemeente}</p>` : nothing}
    <p><strong>${w.vraagNaar}</strong></p>
    ${shown.map((res, i) => regeling(res, p, level + 1, group, id && i === SHOWN_IN_COUNTER ? `${id}-meer` : undefined))}
    ${shown.length < r.results.length ? html`<p><button type="button" class="link" @click=${showAll}>${t('resultaat.toonAlle', { count: r.results.length })}</button></p>` : nothing}`;
}

/** A crisis line that fits: open, first, in full. */
function crisisCard(r: Route, p: Props): TemplateResult {
  return html`<div class="route crisis" data-voorlees>
    <p class="tag crisis">${p.w.crisis}</p>${readAloud(p, routeName(r, p))}
    ${h(3, html`<span class="visually-hidden">${p.w.gaNaar}: </span>${p.x.text(routeName(r, p))}`)}
    ${counterBody(r, p, 3)}
  </div>`;
}

/** The names of what to ask for at a counter, those that fit first. */
const namesAt = (r: Route, lang: Language) =>
  [...r.results].sort((a, b) => (a.uitkomst === 'past' ? 0 : 1) - (b.uitkomst === 'past' ? 0 : 1)).map((res) => res.regeling.naam[lang]);

/** "Uw eerste stappen": per counter what to do there and how to reach it, in one line each. */
function firstSteps(first: Route[], p: Props): TemplateResult | typeof nothing {
  const { lang, t, w, x } = p;
  if (!first.length) return nothing;
  return html`<section class="first-steps" aria-labelledby="stappen-kop" data-voorlees>
    <div class="section-head"><h3 id="stappen-kop">${t('resultaat.eersteStappen')}</h3>${readAloud(p, t('resultaat.eersteStappen'))}</div>
    <ol class="steps">
      ${first.map((r) => {
        const names = namesAt(r, lang);
        const more = names.length - NAMES_IN_STEP;
        // The national directory is linked by name below (gemeente.gids): not twice.
        const ways = reach(r.gemeente && r.algemeen && r.contact ? { ...r.contact, website: undefined } : r.contact, p);
        // A municipal role nobody filled in: its honest general wording, first sentence.
        const general = r.algemeen ? r.algemeen[lang].split(/(?<=[.?!])\s/)[0]! : undefined;
        return html`<li>
          <strong>${x.text(routeName(r, p))}</strong>${r.urgent ? html` <span class="tag urgent">${w.urgent}</span>` : nothing}
          <br />${x.text(t('resultaat.vraagNaarKort', { namen: names.slice(0, NAMES_IN_STEP).join('; ') }))}${
            more > 0 ? ` ${t('resultaat.enNog', { count: more })}` : ''
          }
          ${general ? html`<br />${x.text(general)}` : nothing}
          ${r.andereGemeente ? html`<br />${w.andereGemeente}` : nothing}
          ${ways.length ? html`<br /><span class="ways">${ways.map((a, i) => html`${i ? ' · ' : ''}${a}`)}</span>` : nothing}
          ${r.gemeente && r.algemeen ? html`<br />${external(DIRECTORY_URL, t('gemeente.gids', { naam: r.gemeente.naam }))}` : nothing}
        </li>`;
      })}
    </ol>
  </section>`;
}

/**
 * One checklist across all counters: each document once, with the counters that ask for it.
 * Collapsed; its items rendered when opened.
 */
function toBring(p: Props): TemplateResult | typeof nothing {
  const { v, lang, t, x } = p;
  if (!v.meenemen.length) return nothing;
  const open = p.opened('meenemen');
  return html`<details class="bring" ?open=${open} @toggle=${(e: Event) => (e.target as HTMLDetailsElement).open && p.open('meenemen')}>
    <summary>${t('resultaat.meenemenKop')} (${v.meenemen.length})</summary>
    ${
      open || p.printing
        ? html`<div data-voorlees>${readAloud(p, t('resultaat.meenemenKop'))}
    <p class="meta">${t('resultaat.meenemenUitleg')}</p>
    <ul class="checklist">
      ${v.meenemen.map(
        (m) =>
          html`<li>${x.text(m.tekst[lang])}<br /><span class="meta">${t('resultaat.voorLoket', {
            loketten: list(
              m.loketten.map((i) => routeName(v.routes[i]!, p)),
              lang,
            ),
          })}</span></li>`,
      )}
    </ul></div>`
        : nothing
    }
  </details>`;
}

/** A counter, collapsed: its name and the regeling names (at most NAMES_IN_COUNTER); the rest only once opened. */
function counter(r: Route, i: number, p: Props, level: number, group?: Groep['voor']): TemplateResult {
  const { lang, t, w, x } = p;
  const id = `loket-${i}`;
  const open = p.opened(id);
  const toggle = (e: Event) => (e.target as HTMLDetailsElement).open && p.open(id);
  const names = namesAt(r, lang);
  const more = names.length - NAMES_IN_COUNTER;
  return html`<details class="route counter ${r.urgent ? 'urgent' : ''}" data-loket=${r.loket.id} ?open=${open} @toggle=${toggle}>
    <summary><span class="name">${x.text(routeName(r, p))}</span>${r.urgent ? html` <span class="tag urgent">${w.urgent}</span>` : nothing}
      <span class="names">${t('resultaat.aantal', { count: r.results.length })}: ${x.text(names.slice(0, NAMES_IN_COUNTER).join('; '))}${
        more > 0 ? `. ${t('resultaat.enNog', { count: more })}` : ''
      }</span></summary>
    ${open || p.printing ? html`<div class="counter-body" data-voorlees>${readAloud(p, routeName(r, p))}${counterBody(r, p, level, group, id)}</div>` : nothing}
  </details>`;
}

/** Which topics the result covers, which it did not check, and a way to add them. */
function topics(p: Props): TemplateResult | typeof nothing {
  const o = p.v.onderwerpen;
  const { lang, t } = p;
  const names = (xs: { tekst: Text }[]) => xs.map((x) => x.tekst[lang]).join('; ');
  return o
    ? html`<p class="topics">${t('resultaat.onderwerpen', { onderwerpen: names(o.gekozen) })}
    ${
      o.nietBekeken.length
        ? html`${t('resultaat.nietBekeken', { onderwerpen: names(o.nietBekeken) })}
      <button type="button" class="link no-print" @click=${() => p.send({ type: 'ONDERWERPEN' })}>${t('resultaat.andereOnderwerpen')}</button>`
        : nothing
    }</p>`
    : nothing;
}

export const resultScreen: Screen<ResultaatView> = {
  title: (_, ui) => ui.t('resultaat.kop'),
  render(v, ui, heading) {
    const p: Props = { ...ui, v, w: words(ui), x: new Explainer(ui.lang) };
    const { lang, t } = ui;
    const deep = v.perPersoon ? 1 : 0;
    const rest = v.routes.filter((r) => !v.leiding.includes(r));
    const index = new Map(v.routes.map((r, i) => [r, i]));
    return html`
      ${heading}
      ${v.leiding.length ? html`<ul class="danger-now">${dangerLine(lang)}</ul>` : nothing}
      ${v.leiding.map((r) => crisisCard(r, p))}
      <p>${t('resultaat.intro', { context: v.perspectief })}</p>
      <p class="meta">
        ${t('resultaat.peildatum', { datum: date(v.datum, lang) })}
        ${v.jaren.length ? t('resultaat.jaren', { jaren: [...v.jaren].sort().at(-1) }) : ''}
      </p>
      ${topics(p)}
      ${municipalityChoice(v, ui)}
      ${v.routes.length === 0 ? html`<p>${t('resultaat.geen', { context: v.perspectief })}</p>` : nothing}
      ${firstSteps(rest.slice(0, FIRST_STEPS), p)}
      ${toBring(p)}
      ${
        rest.length
          ? html`<section class="counters" aria-labelledby="loketten-kop">
        <h3 id="loketten-kop">${t('resultaat.alleLoketten')}</h3>
        <p class="meta">${t('resultaat.alleLokettenUitleg')}</p>
        ${v.groepen.map(
          (g) => html`${deep ? html`<h4 class="group">${groupName(g.voor, p)}</h4>` : nothing}
          ${g.routes.map((r) => counter(r, index.get(r)!, p, 3 + deep, deep ? g.voor : undefined))}`,
        )}
      </section>`
          : nothing
      }
      ${
        v.komt.length
          ? html`<section class="coming" aria-labelledby="komt-kop" data-voorlees>
        <div class="section-head"><h3 id="komt-kop">${t('resultaat.komtKop')}</h3>${readAloud(p, t('resultaat.komtKop'))}</div>
        <p>${t('resultaat.komtIntro')}</p>
        ${v.komt.map((res) => regeling(res, p, 4))}</section>`
          : nothing
      }
      ${
        v.pastNiet.length
          ? html`<details class="not-fitting" @toggle=${(e: Event) => (e.target as HTMLDetailsElement).open && ui.open('pastNiet')}>
        <summary>${t('resultaat.pastNietKop', { aantal: v.pastNiet.length })}</summary>
        ${
          ui.opened('pastNiet') || ui.printing
            ? html`<div data-voorlees>${readAloud(p, t('resultaat.pastNietKop', { aantal: v.pastNiet.length }))}${v.pastNiet.map((res) => regeling(res, p, 4))}</div>`
            : nothing
        }
      </details>`
          : nothing
      }
      ${v.routes.length || v.pastNiet.length ? whatIfHook(v, ui) : nothing}
      ${resultActions(v, ui)}
      ${restart(ui)}`;
  },
};
