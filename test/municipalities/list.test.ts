/**
 * regelingen/gemeenten-2026.json: the CBS list "Gemeentelijke indeling op 1 januari 2026".
 */
import { expect } from '@open-wc/testing';
import { toJSONSchema } from 'zod/mini';
import file from '../../regelingen/gemeenten-2026.json';
import schemaFile from '../../regelingen/gemeenten-2026.schema.json';
import { SCENARIOS } from '../../regelingen/scenarios/index.js';
import { DEFAULT_OVERLAYS } from '../../src/dataset/default-dataset.js';
import { MUNICIPALITIES, MUNICIPALITY_INDEX, MUNICIPALITY_SOURCE, findMunicipality } from '../../src/municipalities/index.js';
import { MunicipalitiesFileSchema } from '../../src/municipalities/schema.js';

const CBS_PAGE =
  'https://www.cbs.nl/nl-nl/onze-diensten/methoden/classificaties/overig/gemeentelijke-indelingen-per-jaar/indeling-per-jaar/gemeentelijke-indeling-op-1-januari-2026';

describe('municipalities: the CBS list of 1 January 2026', () => {
  it('matches its schema', () => {
    const r = MunicipalitiesFileSchema.safeParse(file);
    expect(r.success, JSON.stringify(r.error?.issues.slice(0, 3))).to.equal(true);
  });

  it('the JSON Schema beside it is current (node scripts/gemeenten-schema.mjs)', () => {
    const generated = {
      title: 'Regelingenwijzer: gemeenten (CBS)',
      ...toJSONSchema(MunicipalitiesFileSchema, { io: 'input', unrepresentable: 'any' }),
    };
    expect(JSON.parse(JSON.stringify(generated))).to.deep.equal(schemaFile);
  });

  it('has all 342 municipalities, each code and name once', () => {
    expect(MUNICIPALITIES).to.have.length(342);
    expect(new Set(MUNICIPALITIES.map((g) => g.code)).size).to.equal(342);
    expect(new Set(MUNICIPALITIES.map((g) => g.naam)).size).to.equal(342);
    for (const g of MUNICIPALITIES) expect(g.code).to.match(/^GM\d{4}$/);
  });

  it('names its source and year', () => {
    expect(file.bron).to.equal(CBS_PAGE);
    expect(file.jaar).to.equal(2026);
    expect(file.indelingOp).to.equal('2026-01-01');
    expect(MUNICIPALITY_SOURCE).to.include({ jaar: 2026, bron: CBS_PAGE });
  });

  it('spreads over the twelve provinces', () => {
    const perProvince = new Map<string, number>();
    for (const g of MUNICIPALITIES) perProvince.set(g.provincie!, (perProvince.get(g.provincie!) ?? 0) + 1);
    expect([...perProvince.keys()].sort()).to.deep.equal([
      'Drenthe',
      'Flevoland',
      'Fryslân',
      'Gelderland',
      'Groningen',
      'Limburg',
      'Noord-Brabant',
      'Noord-Holland',
      'Overijssel',
      'Utrecht',
      'Zeeland',
      'Zuid-Holland',
    ]);
    // Small provinces whose count has been stable for years.
    expect(perProvince.get('Flevoland')).to.equal(6);
    expect(perProvince.get('Drenthe')).to.equal(12);
  });

  it('has the municipalities of the recent mergers, not the ones merged into them', () => {
    const byCode = (code: string) => findMunicipality(MUNICIPALITY_INDEX, code)?.naam;
    // 2023: Brielle, Hellevoetsluis and Westvoorne became Voorne aan Zee.
    expect(byCode('GM1992')).to.equal('Voorne aan Zee');
    // 2022: Dijk en Waard, Land van Cuijk, Maashorst; Beemster into Purmerend, Weesp into Amsterdam.
    expect(byCode('GM1980')).to.equal('Dijk en Waard');
    expect(byCode('GM1982')).to.equal('Land van Cuijk');
    expect(byCode('GM1991')).to.equal('Maashorst');
    expect(byCode('GM0439')).to.equal('Purmerend');
    expect(byCode('GM0363')).to.equal('Amsterdam');
    // 2021: Eemsdelta.
    expect(byCode('GM1979')).to.equal('Eemsdelta');
    const names = new Set(MUNICIPALITIES.map((g) => g.naam));
    for (const gone of [
      'Brielle',
      'Hellevoetsluis',
      'Westvoorne',
      'Heerhugowaard',
      'Langedijk',
      'Beemster',
      'Weesp',
      'Boxmeer',
      'Cuijk',
      'Grave',
      'Mill en Sint Hubert',
      'Sint Anthonis',
      'Landerd',
      'Uden',
      'Appingedam',
      'Delfzijl',
      'Loppersum',
    ]) {
      expect(names.has(gone), gone).to.equal(false);
    }
  });

  it('writes names as CBS does, with common names only as search words', () => {
    expect(findMunicipality(MUNICIPALITY_INDEX, 'GM0518')).to.deep.include({ naam: "'s-Gravenhage", zoekwoorden: ['Den Haag'] });
    expect(findMunicipality(MUNICIPALITY_INDEX, 'GM0796')?.naam).to.equal("'s-Hertogenbosch");
    expect(findMunicipality(MUNICIPALITY_INDEX, 'GM0373')?.naam).to.equal('Bergen (NH.)');
    expect(findMunicipality(MUNICIPALITY_INDEX, 'GM0893')?.naam).to.equal('Bergen (L.)');
  });

  it('has every municipality the dataset ships an overlay for, and every scenario municipality', () => {
    const overlays = Object.entries(DEFAULT_OVERLAYS);
    expect(overlays.length).to.be.greaterThan(0);
    for (const [code, overlay] of overlays) {
      const g = findMunicipality(MUNICIPALITY_INDEX, code);
      expect([g?.naam, ...(g?.zoekwoorden ?? [])], code).to.include((overlay as { naam: string }).naam);
    }
    const withMunicipality = Object.entries(SCENARIOS).filter(([, s]) => s.gemeente !== undefined);
    expect(withMunicipality.length).to.be.greaterThan(0);
    for (const [name, s] of withMunicipality) expect(findMunicipality(MUNICIPALITY_INDEX, s.gemeente), name).to.not.equal(undefined);
  });
});
