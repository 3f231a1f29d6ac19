/**
 * The result: crisis lines that fit first; then where to go, per person the regelingen are for
 * (in the carer's view: "Voor degene voor wie u zorgt", "Voor uzelf"), counters in the engine's
 * order; per regeling its outcome, reasons, "met X van Y", what is still unknown, what to bring
 * and the source. What does not fit is a collapsed list, rendered only when opened: at
 * thousands of regelingen the screen renders what a person reads.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Contact, Language, Text } from '../../dataset/model.js';
import type { Route } from '../../engine/route.js';
import type { Result } from '../../engine/types.js';
import type { Groep, ResultaatView } from '../../flow/view.js';
import { external, phoneLink, restart, type Screen, type Ui } from './common.js';
import { monthName } from '../month-name.js';
import { DIRECTORY_URL, municipalityChoice } from './municipality.js';
import { resultActions } from './result-actions.js';
import { regelingWorth } from './worth-loader.js';

interface Props extends Ui {
  v: ResultaatView;
}

const MARK = { ja: '✓', nee: '✗', onbekend: '?' } as const;

/** Criteria are generated phrases ("niet: heeft Wajong"); a line starts with a capital. */
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const dates = new Map<Language, Intl.DateTimeFormat>();
/** One date formatter per language, not one per regeling. */
function date(iso: string, lang: Language): string {
  let f = dates.get(lang);
  if (!f)
    dates.set(lang, (f = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' })));
  return f.format(new Date(`${iso}T12:00:00`));
}

/** A heading of level 3, 4 or 5: one level deeper when the result is grouped per person. */
const h = (level: number, content: unknown) =>
  level === 3 ? html`<h3>${content}</h3>` : level === 4 ? html`<h4>${content}</h4>` : html`<h5>${content}</h5>`;

function contactList(c: Contact | undefined, algemeen: Text | undefined, p: Props): TemplateResult {
  const { lang, t } = p;
  return html`
    ${algemeen ? html`<p>${algemeen[lang]}</p>` : nothing}
    ${
      c
        ? html`<ul class="contact">
      ${c.telefoon ? html`<li>${t('resultaat.telefoon')}: ${phoneLink(c.telefoon)}</li>` : nothing}
      ${c.website ? html`<li>${t('resultaat.website')}: ${external(c.website, c.website.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, ''))}</li>` : nothing}
      ${c.adres ? html`<li>${t('resultaat.adres')}: ${c.adres[lang]}</li>` : nothing}
      ${c.openingstijden ? html`<li>${t('resultaat.openingstijden')}: ${c.openingstijden[lang]}</li>` : nothing}
    </ul>`
        : nothing
    }`;
}

/** The heading of a group: whom its regelingen are for, seen from the asker. */
function groupName(voor: Groep['voor'], p: Props): string {
  const { t } = p;
  return voor === 'mantelzorger'
    ? t('resultaat.voorUzelf')
    : voor === 'werkgever'
      ? t('resultaat.voorWerkgever')
      : t(`resultaat.voorPersoon_${p.v.perspectief}`);
}

const OUTCOME_KEY = { past: 'resultaat.past', misschien: 'resultaat.misschien', 'past-niet': 'resultaat.pastNiet' } as const;
/** The tag of a regeling: its outcome, or when it comes within a year, from when. */
function tag(res: Result, p: Props): string {
  const { t, lang } = p;
  if (res.komt)
    return res.komt.maand ? t('resultaat.komtVanaf', { maand: monthName(res.komt.maand, lang) }) : t('resultaat.komtBinnenJaar');
  return t(OUTCOME_KEY[res.uitkomst]);
}

/** The regeling's explanation for this reader: a carer or GP reads about the person, not to them. */
function uitleg(r: Result['regeling'], perspectief: string): Result['regeling']['uitleg'] {
  const own = r.uitlegPerspectief as Record<string, Result['regeling']['uitleg'] | undefined> | undefined;
  return own?.[perspectief] ?? r.uitleg;
}

const STATUS_KEY = { ja: 'resultaat.voldaan', nee: 'resultaat.nietVoldaan', onbekend: 'resultaat.onbekend' } as const;

function regeling(res: Result, p: Props, level: number, group?: Groep['voor']): TemplateResult {
  const { lang, t } = p;
  const r = res.regeling;
  const shownCriteria = res.uitkomst === 'past-niet' ? res.criteria.filter((c) => c.status === 'nee') : res.criteria;
  const why = `${t('resultaat.waarom')}: ${t('resultaat.metXvanY', { x: res.voldaan, y: res.totaal })}`;
  const details = html`
    <ul class="criteria">
      ${shownCriteria.map((c) => html`<li><span class="mark" aria-hidden="true">${MARK[c.status]}</span><span class="visually-hidden">${t(STATUS_KEY[c.status])}: </span>${capital(c.tekst[lang])}</li>`)}
    </ul>
    <p class="meta">${t('resultaat.beslist')} ${r.beslist[lang]}.
      ${r.wet ? html`${t('resultaat.wet')}: ${r.wet.url ? external(r.wet.url, r.wet.naam[lang]) : r.wet.naam[lang]}.` : nothing}
      ${external(r.bron, t('resultaat.bronPeildatum', { datum: date(r.peildatum, lang) }))}</p>`;
  return html`<article class="regeling" data-regeling=${r.id}>
    ${h(level, r.naam[lang])}
    ${group && r.voor !== group ? html`<p class="meta voor">${groupName(r.voor, p)}</p>` : nothing}
    <span class="tag ${res.komt ? 'komt' : res.uitkomst}">${tag(res, p)}</span>
    ${res.urgent ? html` <span class="tag urgent">${t('resultaat.urgent')}</span>` : nothing}
    ${res.buitenOnderwerpen ? html`<p class="meta">${t('resultaat.breed')}</p>` : nothing}
    <p>${uitleg(r, p.v.perspectief)[lang]}</p>
    ${res.voorbehoud ? html`<p>${res.voorbehoud[lang]}</p>` : nothing}
    ${regelingWorth(res, p.v, p)}
    ${res.voorrang ? html`<p>${res.voorrang.reden[lang]}</p>` : nothing}
    ${res.kosten ? html`<p class="kosten">${res.kosten.tekst[lang]} ${res.kosten.loket.naam[lang]}${res.kosten.loket.telefoon ? html`: ${phoneLink(res.kosten.loket.telefoon)}` : nothing}${res.kosten.loket.website ? html` (${external(res.kosten.loket.website, res.kosten.loket.website.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, ''))})` : nothing}.</p>` : nothing}
    ${res.cijfersTot ? html`<p>${t('resultaat.cijfersTot', { datum: date(res.cijfersTot, lang) })}</p>` : nothing}
    ${res.onbekend.length ? html`<p>${t('resultaat.nogOnbekend')} ${res.onbekend.map((id) => p.v.label(id)?.[lang] ?? id).join(', ')}.</p>` : nothing}
    ${res.uitkomst !== 'past-niet' && r.meenemen?.length ? html`<p>${t('resultaat.meenemen')}</p><ul>${r.meenemen.map((m) => html`<li>${m[lang]}</li>`)}</ul>` : nothing}
    ${res.uitkomst === 'past-niet' ? html`<p>${why}</p>${details}` : html`<details class="why"><summary>${why}</summary>${details}</details>`}
  </article>`;
}

/**
 * The counter's name. When the same counter appears for both the mantelzorger and the person
 * cared for, the one of the cared-for person's municipality says so.
 */
function routeName(r: Route, p: Props): string {
  const name = (r.contact?.naam ?? r.loket.naam)[p.lang];
  const twice = p.v.routes.filter((x) => x.loket.id === r.loket.id).length > 1;
  return twice && r.vanPersoon ? `${name} (${p.t('resultaat.vanNaaste')})` : name;
}

function card(r: Route, p: Props, level: number, group?: Groep['voor']): TemplateResult {
  const { lang, t } = p;
  return html`<div class="route ${r.crisis ? 'crisis' : ''} ${r.urgent ? 'urgent' : ''}">
    ${r.crisis ? html`<p class="tag crisis">${t('resultaat.crisis')}</p>` : r.urgent ? html`<p class="tag urgent">${t('resultaat.urgent')}</p>` : nothing}
    ${h(level, html`<span class="visually-hidden">${t('resultaat.gaNaar')}: </span>${routeName(r, p)}`)}
    ${r.loket.uitleg ? html`<p>${r.loket.uitleg[lang]}</p>` : nothing}
    ${r.gemeente ? html`<p><strong>${t('gemeente.naam', { naam: r.gemeente.naam })}</strong>${r.vanPersoon ? html`. ${t('gemeente.vanPersoon')}` : nothing}</p>` : nothing}
    ${contactList(r.contact, r.algemeen, p)}
    ${r.gemeenteContact?.telefoon ? html`<p>${t('resultaat.gemeenteBellen', { naam: r.gemeenteContact.naam[lang] })} ${phoneLink(r.gemeenteContact.telefoon)}</p>` : nothing}
    ${r.gemeente && r.algemeen ? html`<p>${external(DIRECTORY_URL, t('gemeente.gids', { naam: r.gemeente.naam }))}</p>` : nothing}
    ${r.andereGemeente ? html`<p>${t('resultaat.andereGemeente')}</p>` : nothing}
    <p><strong>${t('resultaat.vraagNaar')}</strong></p>
    ${r.results.map((res) => regeling(res, p, level + 1, group))}
  </div>`;
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
    const p: Props = { ...ui, v };
    const { lang, t } = ui;
    const deep = v.perPersoon ? 1 : 0;
    return html`
      ${heading}
      ${v.leiding.map((r) => card(r, p, 3))}
      <p>${t('resultaat.intro', { context: v.perspectief })}</p>
      <p class="meta">
        ${t('resultaat.peildatum', { datum: date(v.datum, lang) })}
        ${v.jaren.length ? t('resultaat.jaren', { jaren: [...v.jaren].sort().at(-1) }) : ''}
      </p>
      ${topics(p)}
      ${municipalityChoice(v, ui)}
      ${v.routes.length === 0 ? html`<p>${t('resultaat.geen', { context: v.perspectief })}</p>` : nothing}
      ${
        v.routes.length > 1
          ? html`<h3>${t('resultaat.inHetKort')}</h3>
        <ol class="overview">${v.routes.map(
          (r) =>
            html`<li>${routeName(r, p)}: ${t('resultaat.aantal', { count: r.results.length })}${
              r.crisis || r.urgent ? html` (<strong>${t(r.crisis ? 'resultaat.crisis' : 'resultaat.urgent')}</strong>)` : nothing
            }</li>`,
        )}</ol>`
          : nothing
      }
      ${v.groepen.map(
        (g) => html`${deep ? html`<h3 class="group">${groupName(g.voor, p)}</h3>` : nothing}
        ${g.routes.map((r) => card(r, p, 3 + deep, deep ? g.voor : undefined))}`,
      )}
      ${
        v.komt.length
          ? html`<section class="coming" aria-labelledby="komt-kop"><h3 id="komt-kop">${t('resultaat.komtKop')}</h3>
        <p>${t('resultaat.komtIntro')}</p>
        ${v.komt.map((res) => regeling(res, p, 4))}</section>`
          : nothing
      }
      ${
        v.pastNiet.length
          ? html`<details class="not-fitting" @toggle=${(e: Event) => (e.target as HTMLDetailsElement).open && ui.open('pastNiet')}>
        <summary>${t('resultaat.pastNietKop', { aantal: v.pastNiet.length })}</summary>
        ${ui.opened('pastNiet') ? v.pastNiet.map((res) => regeling(res, p, 4)) : nothing}
      </details>`
          : nothing
      }
      ${resultActions(v, ui)}
      ${restart(ui)}`;
  },
};
