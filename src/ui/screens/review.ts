/** The review: every answer on the path, each with a Change button, then the outcome. */
import { html } from 'lit';
import type { OverzichtView } from '../../flow/view.js';
import { back, type Screen } from './common.js';
import { formatAnswer, wording } from './question.js';

export const reviewScreen: Screen<OverzichtView> = {
  title: (_, ui) => ui.t('overzicht.kop'),
  render(v, ui, heading) {
    const { lang, t } = ui;
    return html`
      ${back(ui)}
      ${heading}
      <p>${t(v.rijen.length ? 'overzicht.intro' : 'overzicht.geenVragen')}</p>
      <dl class="summary">
        ${v.rijen.map(
          ({ vraag: q, antwoord }) => html`<div class="summary-row">
          <dt>${wording(q.vraag, v.perspectief, lang)}</dt>
          <dd>${formatAnswer(q, antwoord, lang, t)}</dd>
          <dd><button type="button" class="link" aria-label=${t('overzicht.wijzigVraag', { vraag: q.label[lang] })}
            @click=${() => ui.send({ type: 'WIJZIG', vraag: q.id })}>${t('overzicht.wijzig')}</button></dd>
        </div>`,
        )}
      </dl>
      <div class="actions"><button class="primary" type="button" @click=${() => ui.send({ type: 'BEKIJK_RESULTAAT' })}>${t('overzicht.knop')}</button></div>`;
  },
};
