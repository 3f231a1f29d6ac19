/**
 * The actions under the result: change the answers; "Afdrukken of meegeven" (the one-page
 * handout, src/ui/handout.ts); "Verder op uw telefoon" (link and QR code, src/ui/handover-panel.ts,
 * unless the host set `overdracht="uit"`); and in a GP's consult "Volgende patiënt", which clears
 * everything for the next person. The handout and the hand-over are loaded on demand.
 */
import { html, nothing, type LitElement, type TemplateResult } from 'lit';
import type { ResultaatView } from '../../flow/view.js';
import type { Ui } from './common.js';
import { worthReady } from './worth-loader.js';

type HandoutModule = typeof import('../handout.js');
type PanelModule = typeof import('../handover-panel.js');

let handoutModule: HandoutModule | undefined;
let panelModule: PanelModule | undefined;
/** The link and QR code on screen, for exactly this view (a new answer or municipality makes a new one). */
let shared: { for: ResultaatView['delen']; value: Awaited<ReturnType<PanelModule['share']>> } | undefined;

/** Forget the link and the code (next patient, start again, another result). */
export function forgetShared(): void {
  shared = undefined;
}

const rootOf = (e: Event) => (e.target as Element).getRootNode() as ShadowRoot;

export function resultActions(v: ResultaatView, ui: Ui): TemplateResult {
  const { t, lang } = ui;
  if (shared && shared.for !== v.delen) shared = undefined;
  const print = async (e: Event) => {
    const root = rootOf(e);
    handoutModule ??= await import('../handout.js');
    await worthReady();
    handoutModule.adoptHandoutStyles(root);
    ui.open('uitdraai');
    const host = root.host as LitElement;
    await host.updateComplete;
    const undo = handoutModule.isolateForPrint(host);
    try {
      window.print();
    } finally {
      undo();
    }
  };
  const share = async (e: Event) => {
    const root = rootOf(e);
    panelModule ??= await import('../handover-panel.js');
    shared = { for: v.delen, value: await panelModule.share(v, location.href, lang, root.ownerDocument) };
    ui.open('overdracht');
    await (root.host as LitElement).updateComplete;
    root.getElementById('overdracht-kop')?.focus();
  };
  const hide = () => {
    shared = undefined;
    ui.open('overdracht-verborgen');
  };
  const next = () => {
    shared = undefined;
    ui.send({ type: 'OPNIEUW' });
  };
  return html`
    ${ui.opened('uitdraai') && handoutModule ? handoutModule.handout(v, lang) : nothing}
    <div class="actions">
      ${ui.host?.professional ? html`<button class="primary" type="button" data-volgende @click=${next}>${t('volgendePatient')}</button>` : nothing}
      <button class="secondary" type="button" @click=${() => ui.send({ type: 'NAAR_OVERZICHT' })}>${t('resultaat.wijzigAntwoorden')}</button>
      <button class="secondary" type="button" data-afdrukken @click=${print}>${t('resultaat.afdrukken')}</button>
      ${ui.host?.overdracht ? html`<button class="secondary" type="button" data-overdracht @click=${share}>${t('overdracht.knop')}</button>` : nothing}
    </div>
    ${shared && panelModule ? panelModule.panel(shared.value, lang, hide) : nothing}`;
}
