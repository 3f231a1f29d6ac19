/**
 * Remission of municipal taxes (kwijtschelding-belastingen): the income line is a cap, not a
 * condition, because housing costs and savings count too. Its figure, kwijtscheldingsnorm, is
 * the span the law allows for the "kosten van bestaan": 90% of the bijstandsnorm (Uitvoeringsregeling
 * Invorderingswet 1990, art. 16), which a municipality's bylaw may raise to at most 100% (Regeling
 * kwijtschelding belastingen medeoverheden, art. 2). An income above 100% is above every norm a
 * municipality may use: the cap holds for sure, it is not "in the range" (the old 90–110% said so).
 */
import { expect } from '@open-wc/testing';
import { DEFAULT_FILES } from '../../src/dataset/default-dataset.js';
import { parseDataset } from '../../src/dataset/validate.js';
import { evaluate, makeContext } from '../../src/engine/index.js';
import type { Answers } from '../../src/engine/types.js';

const national = parseDataset(DEFAULT_FILES);
const kwijtschelding = national.regelingen.find((r) => r.id === 'kwijtschelding-belastingen')!;
const opts = { perspectief: 'zelf' as const, datum: '2026-12-08' };

/** A single person of 40 (bijstandsnorm 2026: € 1.369,06 to € 1.437,51 a month) with this net income. */
const single = (netto: number): Answers => ({
  'persoon.leeftijd': 40,
  'persoon.huishouden': 'alleen',
  'persoon.netto-inkomen': netto,
});

/** Whether the income cap of kwijtschelding holds: ja, nee or onbekend. */
function capHolds(netto: number): string {
  const cap = kwijtschelding.misschienAls!.find((c) => JSON.stringify(c.als).includes('kwijtscheldingsnorm'))!;
  return evaluate(cap.als, makeContext(national, single(netto), opts)).tri;
}

describe('kwijtscheldingsnorm: the span of the law, 90 to 100% of the bijstandsnorm', () => {
  it('the figure is 90–100% with the wetten.overheid.nl article as its source', () => {
    const f = national.cijfers.find((c) => c.id === 'kwijtscheldingsnorm')!;
    expect(f.waarden.map((w) => w.waarde)).to.deep.equal([{ van: 90, tot: 100 }]);
    expect(f.bron).to.match(/^https:\/\/wetten\.overheid\.nl\/.*BWBR0047157/);
  });

  it('an income of 103 to 108% of the norm (€ 1.480) is above every norm a municipality may use: the cap holds', () => {
    expect(capHolds(1480)).to.equal('ja');
  });

  it('an income of 92 to 97% (€ 1.330) is within the span: not known', () => {
    expect(capHolds(1330)).to.equal('onbekend');
  });

  it('an income under 90% (€ 1.200) is under every norm: the cap does not hold', () => {
    expect(capHolds(1200)).to.equal('nee');
  });
});
