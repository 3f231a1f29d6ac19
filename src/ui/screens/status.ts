/** Loading, and the error screen when the data could not be loaded (retry, and a contact). */
import { html, nothing } from 'lit';
import type { FoutView, LadenView } from '../../flow/view.js';
import { external, phoneLink, type Screen } from './common.js';

export const loadingScreen: Screen<LadenView> = {
  title: () => '',
  render: (_, ui) => html`<p role="status">${ui.t('laden')}</p>`,
};

export const errorScreen: Screen<FoutView> = {
  title: (_, ui) => ui.t('laadFout.kop'),
  render(v, ui, heading) {
    const { lang, t } = ui;
    // The host's own contact (contact-* attributes) first, then the municipality's from its overlay.
    const c = ui.contact ?? v.contact;
    return html`<div role="alert">
      ${heading}
      <p>${t('laadFout.tekst')}</p>
      ${
        c
          ? html`<p><strong>${c.naam[lang]}</strong><br />
        ${c.telefoon ? html`${t('resultaat.telefoon')}: ${phoneLink(c.telefoon)}<br />` : nothing}
        ${c.website ? external(c.website, c.website) : nothing}</p>`
          : html`<p>${external('https://organisaties.overheid.nl/Gemeenten/', 'organisaties.overheid.nl/Gemeenten')}</p>`
      }
    </div>
    <div class="actions"><button class="primary" type="button" @click=${() => ui.send({ type: 'OPNIEUW_LADEN' })}>${t('laadFout.opnieuw')}</button></div>`;
  },
};
