/** How the widget shows a phone number: as a tel: link a phone can dial. */
import { html, type TemplateResult } from 'lit';

export function phoneLink(phone: string): TemplateResult {
  return html`<a href="tel:${phone.replace(/[^0-9+]/g, '')}">${phone}</a>`;
}
