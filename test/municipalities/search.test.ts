import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import countersFile from '../../regelingen/loketten.json';
import overlayUtrecht from '../../regelingen/gemeenten/GM0344.json';
import type { Counter, Overlay } from '../../src/dataset/model.js';
import {
  DIRECTORY_URL,
  MATCH,
  MUNICIPALITIES,
  MUNICIPALITY_INDEX,
  createIndex,
  displayName,
  findMunicipality,
  genericMunicipality,
  normalize,
  searchMunicipalities,
} from '../../src/municipalities/index.js';

const names = (q: string, n = 3) => searchMunicipalities(MUNICIPALITY_INDEX, q, n).map((m) => m.gemeente.naam);
const first = (q: string) => searchMunicipalities(MUNICIPALITY_INDEX, q, 1)[0];

describe('municipalities: search', () => {
  it('normalizes case, diacritics, apostrophes and punctuation', () => {
    expect(normalize("  'S-Hertogenbosch ")).to.equal('s hertogenbosch');
    expect(normalize('Súdwest-Fryslân')).to.equal('sudwest fryslan');
    expect(normalize('Bergen (NH.)')).to.equal('bergen nh');
    expect(normalize('Nuenen, Gerwen en Nederwetten')).to.equal('nuenen gerwen en nederwetten');
  });

  it('"Den Haag" finds \'s-Gravenhage, and says through which name', () => {
    for (const q of ['Den Haag', 'den haag', 'denhaag', 'Haag']) {
      expect(first(q)?.gemeente.naam, q).to.equal("'s-Gravenhage");
      expect(first(q)?.via, q).to.equal('Den Haag');
    }
    expect(first("'s-Gravenhage")?.via).to.equal(undefined);
    expect(names('gravenhage', 1)).to.deep.equal(["'s-Gravenhage"]);
  });

  it('"Bosch" finds \'s-Hertogenbosch, as do its other spellings', () => {
    for (const q of ['Bosch', 'bosch', 'Den Bosch', "'s-Hertogenbosch", 's hertogenbosch', 'shertogenbosch', 'HERTOGENBOSCH', 'hertogen']) {
      expect(first(q)?.gemeente.naam, q).to.equal("'s-Hertogenbosch");
    }
  });

  it('ignores diacritics both ways', () => {
    expect(names('sudwest', 1)).to.deep.equal(['Súdwest-Fryslân']);
    expect(names('Súdwest Fryslân', 1)).to.deep.equal(['Súdwest-Fryslân']);
    expect(names('noardeast', 1)).to.deep.equal(['Noardeast-Fryslân']);
  });

  it('ranks an exact name, then names that start with the text, then words, then anywhere', () => {
    expect(names('utrecht', 2)).to.deep.equal(['Utrecht', 'Utrechtse Heuvelrug']);
    expect(names('bergen', 4)).to.deep.equal(['Bergen (L.)', 'Bergen (NH.)', 'Bergen op Zoom', 'Berg en Dal']);
    expect(names('bergendal', 1)).to.deep.equal(['Berg en Dal']);
    const dam = searchMunicipalities(MUNICIPALITY_INDEX, 'dam');
    expect(dam.map((m) => m.gemeente.naam)).to.include.members(['Amsterdam', 'Rotterdam', 'Schiedam', 'Edam-Volendam']);
    const scores = dam.map((m) => m.score);
    expect(scores).to.deep.equal([...scores].sort((a, b) => b - a));
    // "Aa en Hunze" starts with "aa"; "Haaksbergen" only contains it.
    const aa = searchMunicipalities(MUNICIPALITY_INDEX, 'aa').map((m) => m.gemeente.naam);
    expect(aa.indexOf('Aa en Hunze')).to.be.lessThan(aa.indexOf('Haaksbergen'));
  });

  it('finds every municipality first by its own name, and by its code', () => {
    for (const g of MUNICIPALITIES) {
      expect(first(g.naam)?.gemeente.code, g.naam).to.equal(g.code);
      expect(first(g.naam)?.score, g.naam).to.equal(MATCH.exact);
      expect(first(g.code.toLowerCase())?.gemeente.code, g.code).to.equal(g.code);
    }
    expect(first('0344')?.gemeente.naam).to.equal('Utrecht');
  });

  it('matches words in any order', () => {
    expect(names('hunze aa', 1)).to.deep.equal(['Aa en Hunze']);
    expect(names('zoom op', 1)).to.deep.equal(['Bergen op Zoom']);
  });

  it('gives nothing for an empty query or one that matches nothing, and honours the limit', () => {
    expect(searchMunicipalities(MUNICIPALITY_INDEX, '')).to.deep.equal([]);
    expect(searchMunicipalities(MUNICIPALITY_INDEX, '  -- ')).to.deep.equal([]);
    expect(searchMunicipalities(MUNICIPALITY_INDEX, 'xyzzy')).to.deep.equal([]);
    expect(searchMunicipalities(MUNICIPALITY_INDEX, 'a', 5)).to.have.length(5);
  });

  it('never throws, and every match really contains the query (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (q) => {
        const found = searchMunicipalities(MUNICIPALITY_INDEX, q);
        const nq = normalize(q).split(' ').filter(Boolean);
        for (const m of found) {
          const hay = `${[m.gemeente.naam, ...(m.gemeente.zoekwoorden ?? [])].map(normalize).join(' ')} ${m.gemeente.code.toLowerCase()}`;
          const compact = hay.replaceAll(' ', '');
          expect(
            nq.every((w) => hay.includes(w) || compact.includes(w)),
            `${q} → ${m.gemeente.naam}`,
          ).to.equal(true);
          expect(m.score).to.be.greaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  // How fast: `npm run bench` (bench/checks.bench.ts) times this same search; no clock in a test.
  it('finds every municipality by the first four letters of its name', () => {
    expect(MUNICIPALITIES.length, 'municipalities').to.be.greaterThan(300);
    for (const g of MUNICIPALITIES) {
      const found = searchMunicipalities(MUNICIPALITY_INDEX, g.naam.slice(0, 4)).map((m) => m.gemeente.code);
      expect(found, g.naam).to.include(g.code);
    }
  });

  it('works on any list (createIndex) and finds by code, case-insensitively', () => {
    const idx = createIndex([
      { code: 'GM0001', naam: 'Één' },
      { code: 'GM0002', naam: 'Twee' },
    ]);
    expect(searchMunicipalities(idx, 'een').map((m) => m.gemeente.code)).to.deep.equal(['GM0001']);
    expect(findMunicipality(idx, 'gm0002')?.naam).to.equal('Twee');
    expect(findMunicipality(idx, 'GM0003')).to.equal(undefined);
    expect(findMunicipality(idx, undefined)).to.equal(undefined);
  });

  it('shows the common name beside the CBS name', () => {
    expect(displayName(findMunicipality(MUNICIPALITY_INDEX, 'GM0518')!)).to.equal("'s-Gravenhage (Den Haag)");
    expect(displayName(findMunicipality(MUNICIPALITY_INDEX, 'GM0363')!)).to.equal('Amsterdam');
  });
});

describe('municipalities: generic wording without an overlay', () => {
  const counters = countersFile.loketten as Counter[];
  const roles = counters.filter((c) => c.soort === 'rol');

  it('gives the name, the general wording of every role, and the national directory', () => {
    const g = genericMunicipality('GM0034', counters, MUNICIPALITY_INDEX)!;
    expect(g.naam).to.equal('Almere');
    expect(g.titel).to.deep.equal({ nl: 'Gemeente Almere', en: 'Municipality of Almere' });
    expect(g.website).to.deep.include({ url: DIRECTORY_URL, bron: DIRECTORY_URL, soort: 'gids' });
    expect(g.website.tekst.nl).to.contain('Almere');
    expect(g.website.tekst.en).to.contain('Almere');
    expect(roles.length).to.be.greaterThan(0);
    expect(g.loketten.map((l) => l.loket)).to.deep.equal(roles.map((c) => c.id));
    for (const l of g.loketten) {
      const c = roles.find((r) => r.id === l.loket)!;
      expect(l.algemeen).to.deep.equal(c.algemeen ?? c.naam);
      expect(l.naam).to.deep.equal(c.naam);
    }
  });

  it('says nothing it has no source for: no phone number, no address, no guessed website', () => {
    const g = genericMunicipality('GM0363', counters, MUNICIPALITY_INDEX)!;
    expect(g.website.url).to.equal(DIRECTORY_URL);
    expect(Object.keys(g).sort()).to.deep.equal(['code', 'loketten', 'naam', 'titel', 'website']);
  });

  it("gives the municipality's own website only from its overlay, with the overlay's source", () => {
    const overlay = overlayUtrecht as unknown as Overlay;
    const own = overlay.loketten!['gemeente-algemeen']!;
    const g = genericMunicipality('GM0344', counters, MUNICIPALITY_INDEX, overlay)!;
    expect(g.website).to.deep.include({ url: own.website, bron: own.bron, soort: 'gemeente' });
    // Another municipality's overlay is ignored.
    expect(genericMunicipality('GM0034', counters, MUNICIPALITY_INDEX, overlay)!.website.soort).to.equal('gids');
    // Without it, Utrecht gets the directory too.
    expect(genericMunicipality('GM0344', counters, MUNICIPALITY_INDEX)!.website.soort).to.equal('gids');
  });

  it("names 's-Gravenhage with its common name, accepts lower case, refuses unknown codes", () => {
    expect(genericMunicipality('gm0518', counters, MUNICIPALITY_INDEX)!.titel.nl).to.equal("Gemeente 's-Gravenhage (Den Haag)");
    expect(genericMunicipality('GM9999', counters, MUNICIPALITY_INDEX)).to.equal(undefined);
    expect(genericMunicipality('', counters, MUNICIPALITY_INDEX)).to.equal(undefined);
  });
});
