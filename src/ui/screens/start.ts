/** The start screen: what the widget does, privacy, and for whom (unless the host preset it). */
import { html, nothing } from 'lit';
import { PERSPECTIVES, type Perspective } from '../../dataset/model.js';
import type { StartView } from '../../flow/view.js';
import { errorSummary, type Screen } from './common.js';

export const startScreen: Screen<StartView> = {
  title: (v, ui) => ui.t('start.kop', { context: v.preset }),
  render(v, ui, heading) {
    const { t } = ui;
    const submit = (e: Event) => {
      e.preventDefault();
      const p = (e.target as HTMLFormElement).querySelector<HTMLInputElement>('input[name="perspectief"]:checked')?.value as
        | Perspective
        | undefined;
      if (!p && !v.preset) return ui.fail(t('start.foutKies'));
      if (p) ui.send({ type: 'KIES', perspectief: p });
      ui.send({ type: 'START' });
    };
    return html`
      ${errorSummary(ui, 'perspectief-0')}
      ${heading}
      ${v.melding ? html`<p class="error-message" role="alert">${v.melding[ui.lang]}</p>` : nothing}
      <p>${t('start.intro', { context: v.preset })} ${t('start.duur')}</p>
      <p>${t('start.privacy')}</p>
      <form novalidate @submit=${submit}>
        ${
          v.preset
            ? nothing
            : html`<fieldset class=${ui.error ? 'has-error' : ''} aria-describedby="start-fout">
          <legend><h3>${t('start.voorWie')}</h3></legend>
          <p id="start-fout" class="error-message" ?hidden=${!ui.error}>${ui.error}</p>
          <div class="choices">
            ${PERSPECTIVES.map(
              (p, i) => html`<div class="choice">
              <input type="radio" id="perspectief-${i}" name="perspectief" .value=${p} ?checked=${v.gekozen === p} />
              <label for="perspectief-${i}">${t(`perspectief.${p}`)}</label></div>`,
            )}
          </div>
        </fieldset>`
        }
        <div class="actions"><button class="primary" type="submit">${t('start.knop')}</button></div>
      </form>`;
  },
};
