/**
 * Entry point: `<script type="module" src="regelingen-wizard.js">` defines
 * `<regelingen-wizard>`. If that name is taken, set `data-element-name` on the script tag or
 * call `define('other-name')`.
 */
import { RegelingenWizard } from './ui/regelingen-wizard.js';

export { RegelingenWizard };

/** Define the element under `name` (once per name). A subclass lets one class carry two names. */
export function define(name = 'regelingen-wizard'): void {
  if (customElements.get(name)) return;
  customElements.define(name, name === 'regelingen-wizard' ? RegelingenWizard : class extends RegelingenWizard {});
}

const script = typeof document !== 'undefined' ? (document.currentScript as HTMLScriptElement | null) : null;
define(script?.dataset['elementName'] ?? 'regelingen-wizard');

declare global {
  interface HTMLElementTagNameMap { 'regelingen-wizard': RegelingenWizard }
}
