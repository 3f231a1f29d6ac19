/**
 * "Verder op uw telefoon": the link with the answers in its fragment (never the query string:
 * a fragment is not sent to any server) and its QR code, with the plain warning that whoever
 * has the code or the link can see the answers. Loaded on demand with the codec and the QR
 * library when the person asks for it: none of it is in the widget's main bundle.
 */
import { html, type TemplateResult } from 'lit';
import type { Language } from '../dataset/model.js';
import type { ResultaatView } from '../flow/view.js';
import { buildHandoverLink, renderQrSvg } from '../handover/index.js';

const TEXT = {
  nl: {
    kop: 'Verder op uw telefoon',
    uitleg: 'Scan de code met de camera van uw telefoon. Dan ziet u daar dezelfde uitkomst, en kunt u de antwoorden nog veranderen.',
    let: 'Let op: iedereen die deze code of link heeft, kan uw antwoorden zien. Deel hem alleen met wie u vertrouwt. De antwoorden staan alleen in de link zelf; wij bewaren ze nergens.',
    link: 'Of gebruik deze link:',
    qr: 'QR-code met de link naar uw uitkomst',
    sluit: 'Verberg de code',
  },
  en: {
    kop: 'Continue on your phone',
    uitleg: 'Scan the code with the camera of your phone. You will see the same result there, and you can still change the answers.',
    let: 'Please note: anyone who has this code or link can see your answers. Only share it with someone you trust. The answers are only in the link itself; we do not store them anywhere.',
    link: 'Or use this link:',
    qr: 'QR code with the link to your result',
    sluit: 'Hide the code',
  },
};

export interface Shared {
  link: string;
  svg: SVGSVGElement;
  lang: Language;
}

/** The link for this result on this page, and its QR code. */
export async function share(v: ResultaatView, pageUrl: string, lang: Language, doc: Document): Promise<Shared> {
  const d = v.delen();
  const { link, dropped } = buildHandoverLink(
    pageUrl,
    {
      perspectief: d.perspectief,
      antwoorden: d.antwoorden,
      ...(d.gemeente ? { gemeente: d.gemeente } : {}),
      ...(d.gemeentePersoon ? { gemeentePersoon: d.gemeentePersoon } : {}),
    },
    d.vragen,
  );
  if (dropped.length) console.warn('regelingenwijzer: not carried in the link:', dropped.join(', '));
  const svg = await renderQrSvg(link, doc, { label: TEXT[lang].qr, scale: 4 });
  return { link, svg, lang };
}

export function panel(s: Shared, lang: Language, close: () => void): TemplateResult {
  const t = TEXT[lang];
  return html`<section class="overdracht no-print" aria-labelledby="overdracht-kop">
    <h3 id="overdracht-kop" tabindex="-1">${t.kop}</h3>
    <p>${t.uitleg}</p>
    <p class="waarschuwing"><strong>${t.let}</strong></p>
    <div class="qr">${s.svg}</div>
    <p>${t.link}<br /><a href=${s.link} class="handover-link">${s.link}</a></p>
    <div class="actions"><button type="button" class="link" @click=${close}>${t.sluit}</button></div>
  </section>`;
}
