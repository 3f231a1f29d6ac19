/**
 * The crisis rules (src/dataset/crisis.ts) and the national crisis lines of the widget itself
 * (src/crisis/lines.ts): the lines equal the audited loketten.json; a full dataset from a URL
 * without them, with other numbers, or dated so they do not hold today is refused with the same
 * kind of message as an overlay; the merge and the validator use the same violations.
 */
import { expect } from '@open-wc/testing';
import loketten from '../../regelingen/loketten.json';
import { CRISIS_LINES, digits } from '../../src/crisis/lines.js';
import { datasetViolations, overlayViolations } from '../../src/dataset/crisis.js';
import { DEFAULT_FILES, DEFAULT_OVERLAYS } from '../../src/dataset/default-dataset.js';
import type { LoadError } from '../../src/dataset/load-error.js';
import { combine } from '../../src/dataset/merge.js';
import { loadRemote } from '../../src/dataset/remote.js';
import type { Dataset, Overlay } from '../../src/dataset/schema.js';
import { embeddedCounters, embeddedDataset } from '../../src/dataset/source.js';
import { withOverlay } from '../../src/flow/load.js';
import { today } from '../../src/dataset/today.js';
import { crisisProblems } from '../../src/dataset/crisis-problems.js';

type Counter = {
  id: string;
  naam: { nl: string; en: string };
  telefoon?: string;
  bron: string;
  peildatum: string;
  crisis?: boolean;
  uitleg?: { nl: string; en: string };
};
const counters = (loketten as unknown as { loketten: Counter[] }).loketten;

describe('the national crisis lines in the widget', () => {
  it('are the audited counters of loketten.json: same name, number, source and date', () => {
    const withCounter = CRISIS_LINES.filter((l) => l.id !== '112');
    expect(withCounter.map((l) => l.id)).to.deep.equal(['113-zelfmoordpreventie', 'veilig-thuis', 'kindertelefoon']);
    for (const l of withCounter) {
      const c = counters.find((x) => x.id === l.id)!;
      expect(c, l.id).to.exist;
      expect({ naam: l.naam, telefoon: l.telefoon, bron: l.bron, peildatum: l.peildatum }, l.id).to.deep.equal({
        naam: c.naam,
        telefoon: c.telefoon,
        bron: c.bron,
        peildatum: c.peildatum,
      });
      // "When to call" is the counter's own first sentence(s), not new text.
      expect(c.uitleg!.nl.startsWith(l.wanneer.nl), l.id).to.equal(true);
      expect(c.uitleg!.en.startsWith(l.wanneer.en), l.id).to.equal(true);
    }
    // The lines a full dataset must carry are exactly its crisis counters.
    expect(CRISIS_LINES.filter((l) => l.inDataset).map((l) => l.id)).to.deep.equal(counters.filter((c) => c.crisis).map((c) => c.id));
  });

  it('112 is the number the audited counters and its source name for immediate danger', () => {
    const line = CRISIS_LINES.find((l) => l.id === '112')!;
    expect(line.telefoon).to.equal('112');
    const vt = counters.find((c) => c.id === 'veilig-thuis')!;
    expect(line.bron).to.equal(vt.bron);
    for (const c of counters.filter((x) => x.crisis)) expect(c.uitleg!.nl, c.id).to.contain('Bel 112');
  });
});

/** The embedded dataset, changed by `edit` (a deep copy). */
function changed(edit: (ds: Dataset) => void): Dataset {
  const ds = structuredClone(embeddedDataset());
  edit(ds);
  return ds;
}
const rules = (ds: Dataset) => datasetViolations(ds, today()).map((v) => `${v.rule} ${v.id}`);

describe('a full dataset and the national crisis lines', () => {
  it('the embedded dataset holds every one of them', () => {
    expect(rules(embeddedDataset())).to.deep.equal([]);
  });

  it('without the 113 counter, without its regeling, or with the counter no longer a crisis line: crisis-ontbreekt', () => {
    expect(rules(changed((ds) => void (ds.loketten = ds.loketten.filter((c) => c.id !== '113-zelfmoordpreventie'))))).to.deep.equal([
      'crisis-ontbreekt 113-zelfmoordpreventie',
    ]);
    expect(rules(changed((ds) => void (ds.regelingen = ds.regelingen.filter((r) => r.loket !== '113-zelfmoordpreventie'))))).to.deep.equal([
      'crisis-ontbreekt 113-zelfmoordpreventie',
    ]);
    expect(rules(changed((ds) => void delete ds.loketten.find((c) => c.id === 'veilig-thuis')!.crisis))).to.deep.equal([
      'crisis-ontbreekt veilig-thuis',
    ]);
  });

  it('another number: crisis-nummer; "0800-2000" is the same number', () => {
    expect(
      rules(changed((ds) => void (ds.loketten.find((c) => c.id === '113-zelfmoordpreventie')!.telefoon = '0900 1234567'))),
    ).to.deep.equal(['crisis-nummer 113-zelfmoordpreventie']);
    expect(rules(changed((ds) => void (ds.loketten.find((c) => c.id === 'veilig-thuis')!.telefoon = '0800-2000')))).to.deep.equal([]);
    expect(digits('0800-2000')).to.equal('08002000');
  });

  it('dated to start in 2099, or ended in 2019: crisis-datum', () => {
    const set = (f: Partial<{ geldigVanaf: string; geldigTot: string }>) =>
      changed((ds) => {
        for (const r of ds.regelingen.filter((x) => x.loket === '113-zelfmoordpreventie')) Object.assign(r, f);
      });
    expect(rules(set({ geldigVanaf: '2099-01-01' }))).to.deep.equal(['crisis-datum 113-zelfmoordpreventie']);
    expect(rules(set({ geldigTot: '2019-12-31' }))).to.deep.equal(['crisis-datum 113-zelfmoordpreventie']);
  });
});

describe('a full dataset from a URL without the national crisis lines is refused', () => {
  type Files = {
    'loketten.json': { loketten: Counter[] };
    regelingen: Record<string, { regelingen: { id: string; loket: string; geldigVanaf: string }[] }>;
  };
  const files = () => structuredClone(DEFAULT_FILES) as unknown as Files;
  const blob = (x: unknown) => URL.createObjectURL(new Blob([JSON.stringify(x)], { type: 'application/json' }));
  const refused = async (x: unknown): Promise<LoadError> => {
    const url = blob(x);
    try {
      await loadRemote({ datasetUrl: url, timeout: 5000 }, { base: embeddedDataset, overlay: undefined });
    } catch (e) {
      return e as LoadError;
    } finally {
      URL.revokeObjectURL(url);
    }
    throw new Error('accepted');
  };

  it('113 removed', async () => {
    const f = files();
    f['loketten.json'].loketten = f['loketten.json'].loketten.filter((c) => c.id !== '113-zelfmoordpreventie');
    const veiligheid = f.regelingen['veiligheid.json']!;
    veiligheid.regelingen = veiligheid.regelingen.filter((r) => r.loket !== '113-zelfmoordpreventie');
    const e = await refused(f);
    expect(e.name).to.equal('LoadError');
    expect(e.problems.map((p) => p.rule)).to.deep.equal(['crisis-ontbreekt']);
    expect(e.reason).to.contain('"113-zelfmoordpreventie" is een landelijke crisislijn; een dataset kan die niet weglaten');
  });

  it('113 with another number', async () => {
    const f = files();
    f['loketten.json'].loketten.find((c) => c.id === '113-zelfmoordpreventie')!.telefoon = '0900 1234567';
    const e = await refused(f);
    expect(e.problems.map((p) => `${p.rule} ${p.path}`)).to.deep.equal(['crisis-nummer loketten[0].telefoon']);
    expect(e.problems[0]!.file).to.match(/^blob:.* › loketten\.json$/);
    expect(e.problems[0]!.fix!.nl).to.equal('Zet telefoon op "113".');
  });

  it('113 dated 2099', async () => {
    const f = files();
    for (const r of f.regelingen['veiligheid.json']!.regelingen) if (r.loket === '113-zelfmoordpreventie') r.geldigVanaf = '2099-01-01';
    const e = await refused(f);
    expect(e.problems.map((p) => p.rule)).to.deep.equal(['crisis-datum']);
    expect(e.problems[0]!.path).to.match(/^regelingen\[\d+\]\.geldigVanaf$/);
  });
});

describe('one set of crisis rules for the merge and the validator', () => {
  it('every item the validator reports is one the merge leaves out, and nothing else', () => {
    const base = embeddedDataset();
    const vt = base.loketten.find((c) => c.id === 'veilig-thuis')!;
    const overlay = {
      gemeente: 'GM0344',
      naam: 'Utrecht',
      bron: 'https://www.utrecht.nl',
      peildatum: '2026-11-01',
      vervalt: ['113-zelfmoordpreventie', 'bijzondere-bijstand'],
      loketten: { 'veilig-thuis': { naam: vt.naam, telefoon: '0900 0000000' }, 'wmo-loket': { naam: vt.naam, telefoon: '030 286 00 00' } },
      regelingen: [{ ...base.regelingen.find((r) => r.id === '113-zelfmoordpreventie')!, id: 'eigen-lijn' }],
    } as unknown as Overlay;
    const v = overlayViolations(base, overlay);
    expect(v.map((x) => `${x.rule} ${x.item}`)).to.deep.equal([
      'crisis-vervalt vervalt[0]',
      'crisis-overlay regelingen[0]',
      'crisis-loket regelingen[0]',
      'crisis-loket loketten.veilig-thuis',
    ]);
    expect(crisisProblems(base, overlay, 'o.json').map((p) => `${p.rule} ${p.path}`)).to.deep.equal([
      'crisis-vervalt vervalt[0]',
      'crisis-overlay regelingen[0].crisis',
      'crisis-loket regelingen[0].loket',
      'crisis-loket loketten.veilig-thuis',
    ]);
    const merged = combine(base, overlay);
    expect(merged.regelingen.some((r) => r.id === '113-zelfmoordpreventie')).to.equal(true);
    expect(merged.regelingen.some((r) => r.id === 'bijzondere-bijstand')).to.equal(false);
    expect(merged.regelingen.some((r) => r.id === 'eigen-lijn')).to.equal(false);
    expect(Object.keys(merged.gemeente!.loketten)).to.deep.equal(['wmo-loket']);
  });
});

describe('one overlay path for the page municipality and one chosen on the result', () => {
  it('a municipality chosen on the result gets its counters through the merge: never a crisis counter', () => {
    const vt = embeddedDataset().loketten.find((c) => c.id === 'veilig-thuis')!;
    const contact = { naam: { nl: 'Nep', en: 'Fake' }, telefoon: '0900 0000000' };
    DEFAULT_OVERLAYS['GM9997'] = {
      gemeente: 'GM9997',
      naam: 'Nepdorp',
      bron: 'https://nepdorp.example.org/',
      peildatum: '2026-11-01',
      loketten: { [vt.id]: contact, '113-zelfmoordpreventie': contact, 'wmo-loket': contact },
    };
    try {
      expect(Object.keys(embeddedCounters('GM9997')!)).to.deep.equal(['wmo-loket']);
      expect(Object.keys(withOverlay('GM9997', 'Nepdorp').loketten!)).to.deep.equal(['wmo-loket']);
    } finally {
      delete DEFAULT_OVERLAYS['GM9997'];
    }
  });
});
