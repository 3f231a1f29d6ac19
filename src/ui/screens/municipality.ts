/**
 * On the result, where it can change a counter: the municipality the asker lives in (when the
 * host page did not fix it: a GP's page, a national site) and, for a carer, where the cared-for
 * person lives. The picker (a combobox over the CBS list) and the list itself are loaded on
 * demand the first time this shows: the widget's main bundle holds neither.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ResultaatView } from '../../flow/view.js';
import { withOverlay } from '../../flow/load.js';
import { errorSummary, type Ui } from './common.js';

const TAG = 'regelingenwijzer-gemeentekiezer';

/**
 * The national directory of municipalities (Overheidsorganisaties), for a municipality without
 * an overlay; the same address as src/municipalities/generic.ts (a test keeps them equal),
 * written here so the main bundle does not pull in the search code.
 */
export const DIRECTORY_URL = 'https://organisaties.overheid.nl/Gemeenten/';
type Picker = HTMLElement & { selected?: { code: string; naam: string }; invalid: boolean };

let _loading: Promise<unknown> | undefined;

export function municipalityChoice(v: ResultaatView, ui: Ui): TemplateResult | typeof nothing {
  const g = v.gemeente;
  if (!g.vraagZelf && !g.vraagPersoon) return nothing;
  _loading ??= import('../municipality-picker.js');
  const { t, lang } = ui;
  const submit = (e: Event) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const pick = (name: string) => form.querySelector<Picker>(`${TAG}[name="${name}"]`);
    const zelf = pick('zelf');
    const persoon = pick('persoon');
    const missing = [zelf, persoon].find((p) => p && !p.selected);
    if (missing) {
      missing.invalid = true;
      return ui.fail(t('gemeente.fout'));
    }
    const chosen = (p: Picker | null) => (p?.selected ? withOverlay(p.selected.code, p.selected.naam) : undefined);
    ui.send({ type: 'GEMEENTE', zelf: chosen(zelf), persoon: chosen(persoon) });
  };
  const shown = [
    g.zelf && t('gemeente.getoond', { naam: g.zelf.naam }),
    g.persoon && t('gemeente.getoondPersoon', { naam: g.persoon.naam }),
  ]
    .filter(Boolean)
    .join(' ');
  return html`<section class="gemeente-keuze no-print" aria-labelledby="gemeente-kop">
    <h3 id="gemeente-kop">${t('gemeente.kop')}</h3>
    ${errorSummary(ui, g.vraagZelf ? 'gemeente-zelf' : 'gemeente-persoon')}
    <p>${t('gemeente.intro', { context: v.perspectief })}</p>
    <form novalidate @submit=${submit}>
      ${
        g.vraagZelf
          ? html`<regelingenwijzer-gemeentekiezer id="gemeente-zelf" name="zelf" lang=${lang} .value=${g.zelf?.code ?? ''}
        label=${t('gemeente.zelf', { context: v.perspectief })}></regelingenwijzer-gemeentekiezer>`
          : nothing
      }
      ${
        g.vraagPersoon
          ? html`<regelingenwijzer-gemeentekiezer id="gemeente-persoon" name="persoon" lang=${lang} .value=${g.persoon?.code ?? ''}
        label=${t('gemeente.persoon')}></regelingenwijzer-gemeentekiezer>`
          : nothing
      }
      <div class="actions"><button class="secondary" type="submit">${t('gemeente.knop')}</button></div>
    </form>
    <p role="status" class="meta">${shown}</p>
  </section>`;
}
