/** The review: every answer on the path, each with a Change button, then the outcome. */
import { html } from 'lit';
import type { OverzichtView } from '../../flow/view.js';
import { back, type Screen } from './common.js';
import { formatAnswer, wording } from './question.js';

export const reviewScreen: Screen<OverzichtView> = {
  title: (_, ui) => ui.t('overzicht.kop'),
  render(v, ui, heading) {
    const { lang, t } = ui;
    // One translation for every row's button label (up to 40 rows; an i18next call costs tens of
    // microseconds): the label around a marker, filled per row.
    const MARK = '\u0000';
    const around = t('overzicht.wijzigVraag', { vraag: MARK }).split(MARK);
    const changeLabel = (label: string) =>
      around.length === 2 ? `${around[0]}${label}${around[1]}` : t('overzicht.wijzigVraag', { vraag: label });
    const change = t('overzicht.wijzig');
    return html`
      ${back(ui)}
      ${heading}
      <p>${t(v.rijen.length ? 'overzicht.intro' : 'overzicht.geenVragen')}</p>
      <dl class="summary">
        ${v.rijen.map(
          ({ vraag: q, antwoord }) => html`<div class="summary-row">
          <dt>${wording(q.vraag, v.perspectief, lang)}</dt>
          <dd>${formatAnswer(q, antwoord, lang, t)}</dd>
          <dd><button type="button" class="link" aria-label=${changeLabel(q.label[lang])}
            @click=${() => ui.send({ type: 'WIJZIG', vraag: q.id })}>${change}</button></dd>
        </div>`,
        )}
      </dl>
      <div class="actions"><button class="primary" type="button" @click=${() => ui.send({ type: 'BEKIJK_RESULTAAT' })}>${t('overzicht.knop')}</button></div>`;
  },
};
