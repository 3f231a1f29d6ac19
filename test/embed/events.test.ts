/** Events for the host page: step, result (and error, in loading.test.ts). Never answers. */
import { expect } from '@open-wc/testing';
import { heading, mount, next, root, until } from '../ui/helpers.js';

afterEach(() => document.querySelectorAll('regelingen-wizard').forEach((e) => e.remove()));

describe('events for the host page', () => {
  it('fire a step per screen and one result, with ids only, bubbling out of the shadow root', async () => {
    const seen: { type: string; detail: Record<string, unknown> }[] = [];
    const listen = (e: Event) => seen.push({ type: e.type, detail: (e as CustomEvent).detail });
    document.addEventListener('regelingenwijzer:step', listen);
    document.addEventListener('regelingenwijzer:result', listen);
    try {
      const el = await mount({ perspective: 'zelf' });
      await next(el);
      const typed = '4321';
      for (let i = 0; i < 30 && !heading(el).startsWith('Controleer'); i++) {
        const field = root(el).querySelector<HTMLInputElement>('input[name="waarde"]');
        if (field) field.value = field.inputMode === 'decimal' ? typed : '44';
        else [...root(el).querySelectorAll<HTMLInputElement>('input[name="antwoord"]')].at(-1)!.click();
        await next(el);
      }
      root(el).querySelector<HTMLButtonElement>('button.primary')!.click();
      await until(el, () => heading(el) === 'Dit kunt u doen');
      await until(el, () => seen.some((e) => e.type === 'regelingenwijzer:result'));

      const steps = seen.filter((e) => e.type === 'regelingenwijzer:step').map((e) => e.detail);
      expect(steps.slice(0, 2).map((d) => d['scherm'])).to.deep.equal(['laden', 'start']);
      expect(steps.filter((d) => d['scherm'] === 'vragen').every((d) => typeof d['vraag'] === 'string')).to.equal(true);
      expect(steps.map((d) => d['scherm']).slice(-2)).to.deep.equal(['overzicht', 'resultaat']);

      const results = seen.filter((e) => e.type === 'regelingenwijzer:result');
      expect(results).to.have.length(1);
      const { past, misschien } = results[0]!.detail as { past: string[]; misschien: string[] };
      const shown = root(el).querySelectorAll('.route article').length;
      expect(past.length + misschien.length).to.equal(shown);

      // Nothing the person typed or chose travels with the events.
      const all = JSON.stringify(seen);
      expect(all).not.to.contain(typed);
      expect(all).not.to.contain('"44"');
      expect(all).not.to.contain(':44');
    } finally {
      document.removeEventListener('regelingenwijzer:step', listen);
      document.removeEventListener('regelingenwijzer:result', listen);
    }
  });
});
