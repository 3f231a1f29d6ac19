/**
 * The result: first what to do, grouped by where to go (crisis lines first), then per regeling
 * its outcome, reasons, "met X van Y", what is still unknown, what to bring and the source.
 * What does not fit is in a separate, collapsed list with the reasons.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { i18n } from 'i18next';
import type { Contact, Language, Perspective, Question, Text } from '../dataset/schema.js';
import type { Route } from '../engine/route.js';
import type { Result } from '../engine/types.js';
import { phoneLink } from './contact.js';

interface Props {
  routes: Route[];
  notFitting: Result[];
  lang: Language;
  perspectief: Perspective;
  datum: string;
  questions: ReadonlyMap<string, Question>;
  labelOf: (factId: string) => string;
  t: i18n['t'];
}

const MARK = { ja: '✓', nee: '✗', onbekend: '?' } as const;

/** Criteria are generated phrases ("niet: heeft Wajong"); a line starts with a capital. */
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function date(iso: string, lang: Language): string {
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${iso}T12:00:00`));
}

function contactList(c: Contact | undefined, algemeen: Text | undefined, p: Props): TemplateResult {
  const { lang, t } = p;
  return html`
    ${algemeen ? html`<p>${algemeen[lang]}</p>` : nothing}
    ${c ? html`<ul class="contact">
      ${c.telefoon ? html`<li>${t('resultaat.telefoon')}: ${phoneLink(c.telefoon)}</li>` : nothing}
      ${c.website ? html`<li>${t('resultaat.website')}: <a href=${c.website} rel="noopener noreferrer" target="_blank">${c.website.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, '')}</a></li>` : nothing}
      ${c.adres ? html`<li>${t('resultaat.adres')}: ${c.adres[lang]}</li>` : nothing}
      ${c.openingstijden ? html`<li>${t('resultaat.openingstijden')}: ${c.openingstijden[lang]}</li>` : nothing}
    </ul>` : nothing}`;
}

function subjectLabel(r: Result, p: Props): string {
  const v = r.regeling.voor;
  if (v === 'mantelzorger') return p.t('resultaat.voorMantelzorger');
  if (v === 'werkgever') return p.t('resultaat.voorWerkgever');
  return p.t(`resultaat.voorPersoon_${p.perspectief}`);
}

const OUTCOME_KEY = { past: 'resultaat.past', misschien: 'resultaat.misschien', 'past-niet': 'resultaat.pastNiet' } as const;

function regeling(res: Result, p: Props): TemplateResult {
  const { lang, t } = p;
  const r = res.regeling;
  const shownCriteria = res.uitkomst === 'past-niet' ? res.criteria.filter((c) => c.status === 'nee') : res.criteria;
  const details = html`
    <ul class="criteria">
      ${shownCriteria.map((c) => html`<li><span class="mark" aria-hidden="true">${MARK[c.status]}</span><span class="visually-hidden">${t(c.status === 'ja' ? 'resultaat.voldaan' : c.status === 'nee' ? 'resultaat.nietVoldaan' : 'resultaat.onbekend')}: </span>${capital(c.tekst[lang])}</li>`)}
    </ul>
    <p class="meta">${t('resultaat.beslist')} ${r.beslist[lang]}.
      ${r.wet ? html`${t('resultaat.wet')}: ${r.wet.url ? html`<a href=${r.wet.url} rel="noopener noreferrer" target="_blank">${r.wet.naam[lang]}</a>` : r.wet.naam[lang]}.` : nothing}
      <a href=${r.bron} rel="noopener noreferrer" target="_blank">${t('resultaat.bronPeildatum', { datum: date(r.peildatum, lang) })}</a></p>`;
  return html`<article class="regeling">
    <h4>${r.naam[lang]}</h4>
    <span class="tag ${res.uitkomst}">${t(OUTCOME_KEY[res.uitkomst])}</span>
    ${res.urgent ? html` <span class="tag urgent">${t('resultaat.urgent')}</span>` : nothing}
    <p class="meta">${subjectLabel(res, p)}</p>
    <p>${r.uitleg[lang]}</p>
    ${res.voorbehoud ? html`<p>${res.voorbehoud[lang]}</p>` : nothing}
    ${res.onbekend.length ? html`<p>${t('resultaat.nogOnbekend')} ${res.onbekend.map(p.labelOf).join(', ')}.</p>` : nothing}
    ${res.uitkomst !== 'past-niet' && r.meenemen?.length ? html`<p>${t('resultaat.meenemen')}</p><ul>${r.meenemen.map((m) => html`<li>${m[lang]}</li>`)}</ul>` : nothing}
    ${res.uitkomst === 'past-niet' ? html`<p>${t('resultaat.waarom')}: ${t('resultaat.metXvanY', { x: res.voldaan, y: res.totaal })}</p>${details}` : html`<details class="why">
      <summary>${t('resultaat.waarom')}: ${t('resultaat.metXvanY', { x: res.voldaan, y: res.totaal })}</summary>
      ${details}
    </details>`}
  </article>`;
}

/**
 * The counter's name. When the same counter appears for both the mantelzorger and the person
 * cared for, the one of the cared-for person's municipality says so.
 */
function routeName(r: Route, p: Props): string {
  const name = (r.contact?.naam ?? r.loket.naam)[p.lang];
  const twice = p.routes.filter((x) => x.loket.id === r.loket.id).length > 1;
  return twice && r.andereGemeente ? `${name} (${p.t('resultaat.vanNaaste')})` : name;
}

function card(r: Route, p: Props): TemplateResult {
  const { lang, t } = p;
  return html`<div class="route ${r.crisis ? 'crisis' : ''} ${r.urgent ? 'urgent' : ''}">
      ${r.crisis ? html`<p class="tag crisis">${t('resultaat.crisis')}</p>` : nothing}
      ${r.urgent && !r.crisis ? html`<p class="tag urgent">${t('resultaat.urgent')}</p>` : nothing}
      <h3><span class="visually-hidden">${t('resultaat.gaNaar')}: </span>${routeName(r, p)}</h3>
      ${r.loket.uitleg ? html`<p>${r.loket.uitleg[lang]}</p>` : nothing}
      ${contactList(r.contact, r.algemeen, p)}
      ${r.andereGemeente ? html`<p>${t('resultaat.andereGemeente')}</p>` : nothing}
      <p><strong>${t('resultaat.vraagNaar')}</strong></p>
      ${r.results.map((res) => regeling(res, p))}
    </div>`;
}

/** A crisis line that fits leads the result, above everything else. */
const leads = (r: Route) => r.crisis && r.results.some((x) => x.uitkomst === 'past');

export function renderResult(p: Props): TemplateResult {
  const { routes, notFitting, lang, t } = p;
  return html`
    ${routes.filter(leads).map((r) => card(r, p))}
    <p>${t('resultaat.intro')}</p>
    <p class="meta">${t('resultaat.peildatum', { datum: date(p.datum, lang) })}</p>
    ${routes.length === 0 ? html`<p>${t('resultaat.geen')}</p>` : nothing}
    ${routes.length > 1 ? html`<h3>${t('resultaat.inHetKort')}</h3>
      <ol class="overview">${routes.map((r) => html`<li>${routeName(r, p)}: ${t('resultaat.aantal', { count: r.results.length })}${r.crisis ? html` (<strong>${t('resultaat.crisis')}</strong>)` : r.urgent ? html` (<strong>${t('resultaat.urgent')}</strong>)` : nothing}</li>`)}</ol>` : nothing}
    ${routes.filter((r) => !leads(r)).map((r) => card(r, p))}
    ${notFitting.length ? html`<details class="not-fitting">
      <summary>${t('resultaat.pastNietKop', { aantal: notFitting.length })}</summary>
      ${notFitting.map((res) => regeling(res, p))}
    </details>` : nothing}`;
}
