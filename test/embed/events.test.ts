/** Events for the host page: step, result (and error, in loading.test.ts). Never answers. */
import { expect } from '@open-wc/testing';
import { embeddedDataset } from '../../src/dataset/source.js';
import { heading, mount, next, openCounters, plain, root, text, until, walkTo } from '../ui/helpers.js';

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
      // The first widget on a page draws its start screen at once, while the machine's code and
      // the dataset load (no loading step before it).
      expect(steps.slice(0, 2).map((d) => d['scherm'])).to.deep.equal(['start', 'vragen']);
      expect(steps.filter((d) => d['scherm'] === 'vragen').every((d) => typeof d['vraag'] === 'string')).to.equal(true);
      expect(steps.map((d) => d['scherm']).slice(-2)).to.deep.equal(['overzicht', 'resultaat']);

      const results = seen.filter((e) => e.type === 'regelingenwijzer:result');
      expect(results).to.have.length(1);
      const { past, misschien } = results[0]!.detail as { past: string[]; misschien: string[] };
      // Every regeling on screen is in the event, except the sensitive ones (gevoelig, crisis lines).
      const hidden = new Set(
        embeddedDataset()
          .regelingen.filter((r) => r.gevoelig || r.crisis)
          .map((r) => r.naam.nl),
      );
      await openCounters(el);
      const shown = [...root(el).querySelectorAll('.route article')].filter(
        (a) => !hidden.has(plain(a.querySelector('h3, h4, h5')!.textContent!)),
      ).length;
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

describe('sensitive regelingen stay out of the events (issue 14)', () => {
  it('after "Gedachten aan zelfdoding" the result event does not name the crisis line, the screen does', async () => {
    const results: { past: string[]; misschien: string[] }[] = [];
    const listen = (e: Event) => results.push((e as CustomEvent).detail);
    document.addEventListener('regelingenwijzer:result', listen);
    try {
      const el = await mount({ perspective: 'zelf' });
      await walkTo(el, 'resultaat', { 'persoon.hulpvraag': ['zelfdoding'] });
      await until(el, () => results.length === 1);
      expect(text(el)).to.contain('113');
      expect(JSON.stringify(results)).not.to.contain('113');
      expect(JSON.stringify(results)).not.to.contain('zelfmoord');
    } finally {
      document.removeEventListener('regelingenwijzer:result', listen);
    }
  });

  it('no regeling marked gevoelig (or a crisis line) is ever named in a result event, over every topic', async () => {
    const ds = embeddedDataset();
    const sensitive = new Set(ds.regelingen.filter((r) => r.gevoelig || r.crisis).map((r) => r.id));
    expect(sensitive.size).to.be.greaterThan(10);
    const topics = ds.vragen.find((q) => q.hulpvraag)!.opties!.map((o) => o.waarde);
    const named: string[] = [];
    const listen = (e: Event) => named.push(...(e as CustomEvent).detail.past, ...(e as CustomEvent).detail.misschien);
    document.addEventListener('regelingenwijzer:result', listen);
    try {
      for (const topic of topics) {
        const el = await mount({ perspective: 'zelf' });
        await walkTo(el, 'resultaat', { 'persoon.hulpvraag': [topic] });
        el.remove();
      }
    } finally {
      document.removeEventListener('regelingenwijzer:result', listen);
    }
    expect(named.length).to.be.greaterThan(0);
    expect(named.filter((id) => sensitive.has(id))).to.deep.equal([]);
  });
});
