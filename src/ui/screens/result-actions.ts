/**
 * The actions under the result: "Zet in uw agenda" (an .ics file made in the browser,
 * src/ui/agenda.ts); "Stuur naar uzelf" (a mailto: link, src/ui/mail.ts); change the answers; "Afdrukken of meegeven" (the one-page
 * handout, src/ui/handout.ts); "Verder op uw telefoon" (link and QR code, src/ui/handover-panel.ts,
 * unless the host set `overdracht="uit"`); and in a GP's consult "Volgende patiënt", which clears
 * everything for the next person. The agenda, the mail, the handout and the hand-over are loaded
 * on demand. None of them sends anything: the person downloads, mails or prints it.
 */
import { html, nothing, type LitElement, type TemplateResult } from 'lit';
import type { ResultaatView } from '../../flow/view.js';
import type { Ui } from './common.js';
import { formatAnswer } from './question.js';
import { worthReady } from './worth-loader.js';

type HandoutModule = typeof import('../handout.js');
type PanelModule = typeof import('../handover-panel.js');
type AgendaModule = typeof import('../agenda.js');
type MailModule = typeof import('../mail.js');

let handoutModule: HandoutModule | undefined;
let panelModule: PanelModule | undefined;
/** The link and QR code on screen, for exactly this view (a new answer or municipality makes a new one). */
let shared: { for: ResultaatView['delen']; value: Awaited<ReturnType<PanelModule['share']>> } | undefined;

let agendaModule: AgendaModule | undefined;
let mailModule: MailModule | undefined;
/** The agenda file on offer, for exactly this view. */
let agenda:
  | { for: ResultaatView['delen']; dates: Awaited<ReturnType<ResultaatView['agenda']>>; file: { url: string; revoke(): void } }
  | undefined;
/** The mail panel is open for this view; with the answers when the person ticked that. */
let mail: { for: ResultaatView['delen']; withAnswers: boolean } | undefined;

function closeAgenda(): void {
  agenda?.file.revoke();
  agenda = undefined;
}

/** Forget the link and the code, the agenda file and the mail (next patient, start again, another result). */
export function forgetShared(): void {
  shared = undefined;
  closeAgenda();
  mail = undefined;
}

const rootOf = (e: Event) => (e.target as Element).getRootNode() as ShadowRoot;

export function resultActions(v: ResultaatView, ui: Ui): TemplateResult {
  const { t, lang } = ui;
  if (shared && shared.for !== v.delen) shared = undefined;
  if (agenda && agenda.for !== v.delen) closeAgenda();
  if (mail && mail.for !== v.delen) mail = undefined;
  const addToAgenda = async () => {
    const [module, dates] = await Promise.all([import('../agenda.js'), v.agenda()]);
    agendaModule ??= module;
    closeAgenda();
    agenda = { for: v.delen, dates, file: agendaModule.agendaFile(dates, lang, location.href) };
    ui.open('agenda');
    await ui.focus('#agenda-kop');
  };
  const sendToSelf = async () => {
    mailModule ??= await import('../mail.js');
    mail = { for: v.delen, withAnswers: false };
    ui.open('mail');
    await ui.focus('#mail-kop');
  };
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
    await ui.focus('#overdracht-kop');
  };
  const hide = () => {
    shared = undefined;
    ui.open('overdracht-verborgen');
  };
  const next = () => ui.nextPatient();
  return html`
    ${ui.opened('uitdraai') && handoutModule ? handoutModule.handout(v, lang) : nothing}
    <div class="actions no-print">
      <button class="secondary" type="button" data-agenda @click=${addToAgenda}>${t('resultaat.agenda')}</button>
      <button class="secondary" type="button" data-mail @click=${sendToSelf}>${t('resultaat.mail')}</button>
    </div>
    ${
      agenda && agendaModule
        ? agendaModule.agendaPanel(agenda.dates, agenda.file.url, lang, () => {
            closeAgenda();
            ui.open('agenda-dicht');
          })
        : nothing
    }
    ${
      mail && mailModule
        ? mailModule.mailPanel(
            v,
            lang,
            (q, a) => formatAnswer(q, a, lang, t),
            mail.withAnswers,
            (withAnswers) => {
              mail = { for: v.delen, withAnswers };
              ui.open(`mail-${withAnswers}`);
            },
            () => {
              mail = undefined;
              ui.open('mail-dicht');
            },
          )
        : nothing
    }
    <div class="actions">
      ${ui.host?.professional ? html`<button class="primary" type="button" data-volgende @click=${next}>${t('volgendePatient')}</button>` : nothing}
      <button class="secondary" type="button" @click=${() => ui.send({ type: 'NAAR_OVERZICHT' })}>${t('resultaat.wijzigAntwoorden')}</button>
      <button class="secondary" type="button" data-afdrukken @click=${print}>${t('resultaat.afdrukken')}</button>
      ${ui.host?.overdracht ? html`<button class="secondary" type="button" data-overdracht @click=${share}>${t('overdracht.knop')}</button>` : nothing}
    </div>
    ${shared && panelModule ? panelModule.panel(shared.value, lang, hide) : nothing}`;
}
