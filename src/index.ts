/**
 * Entry point: `<script type="module" src="regelingen-wizard.js">` defines
 * `<regelingen-wizard>`. If that name clashes with another element on the page, load
 * `regelingen-wizard.js?element=other-name` (a module script has no `document.currentScript`,
 * so the name is read from the module's own URL), or import the module and call
 * `define('other-name')`.
 */
import { RegelingenWizard } from './ui/regelingen-wizard.js';

export { RegelingenWizard };

/**
 * Define the element under `name` (once per name). A subclass lets one class carry two names.
 * Returns the constructor registered under that name.
 */
export function define(name = 'regelingen-wizard'): CustomElementConstructor {
  const existing = customElements.get(name);
  if (existing) {
    if (existing !== RegelingenWizard && !(existing.prototype instanceof RegelingenWizard))
      console.warn(
        `Regelingenwijzer: de naam "${name}" is al in gebruik voor een ander element op deze pagina; kies een andere naam. / the name "${name}" is already taken by another element; choose another name.`,
      );
    return existing;
  }
  const ctor = name === 'regelingen-wizard' ? RegelingenWizard : class extends RegelingenWizard {};
  customElements.define(name, ctor);
  return ctor;
}

/** The element name asked for in this module's URL (`?element=...`), if any. */
export function requestedName(url: string = import.meta.url): string | undefined {
  try {
    return new URL(url).searchParams.get('element')?.trim().toLowerCase() || undefined;
  } catch {
    return undefined;
  }
}

// The lazily loaded validator chunk imports this file by its plain URL; when the page loaded it
// as `...?element=x`, that is a second instance of this module, which must define nothing.
const FIRST = Symbol.for('regelingenwijzer.defined');
const first = !(globalThis as Record<symbol, unknown>)[FIRST];
(globalThis as Record<symbol, unknown>)[FIRST] = true;

if (first && typeof customElements !== 'undefined') {
  const name = requestedName() ?? 'regelingen-wizard';
  try {
    define(name);
  } catch (e) {
    // An invalid name (must contain a hyphen, start with a letter, ...) must not break the page.
    console.error(`Regelingenwijzer: kan element "${name}" niet definiëren: ${(e as Error).message}`);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'regelingen-wizard': RegelingenWizard;
  }
}
