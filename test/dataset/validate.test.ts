/**
 * The validator (src/dataset/validate.ts), the code `npm run validate`, the build and the widget
 * share: one fixture of broken data per rule in test/dataset/fixtures/, each with its exact
 * message in Dutch and English; everything in one pass; the crisis lines protected at merge
 * time; URL data named by its URL; the embedded and the built dataset the same.
 */
import { expect } from '@open-wc/testing';
import { DEFAULT_FILES } from '../../src/dataset/default-dataset.js';
import { LoadError } from '../../src/dataset/load-error.js';
import { combine, type DatasetFiles } from '../../src/dataset/merge.js';
import { broken, fixture, json, mini } from './fixture-files.js';
import { loadRemote } from '../../src/dataset/remote.js';
import type { Dataset, Overlay } from '../../src/dataset/schema.js';
import { embeddedDataset } from '../../src/dataset/source.js';
import { positions } from '../../src/dataset/json-text.js';
import { errorsOf, formatProblem, type Problem } from '../../src/dataset/problems.js';
import { MAX_DEPTH, parseDataset, validateDataset, validateOverlay, validateScenario } from '../../src/dataset/validate.js';

const both = (ps: Problem[]) => ps.map((p) => [formatProblem(p, 'nl'), formatProblem(p, 'en')]);

/** Fixture → its problems, each as [Dutch, English]. */
const DATASET_CASES: Record<string, [string, string][]> = {
  'dataset-kring-afgeleid.json': [
    [
      'vragen.json: afgeleid[0]: kring: feit persoon.inkomen-tov-norm → cijfer norm → feit persoon.inkomen-tov-norm; de wijzer zou eindeloos blijven rekenen. Laat een cijfer niet (via een afgeleid feit) van zichzelf afhangen.',
      'vragen.json: afgeleid[0]: cycle: feit persoon.inkomen-tov-norm → cijfer norm → feit persoon.inkomen-tov-norm; the wizard would compute for ever. Do not let a figure depend on itself (through a derived fact).',
    ],
  ],
  'dataset-kring-cijfers.json': [
    [
      'vragen.json: afgeleid[0]: kring: feit persoon.inkomen-tov-norm → cijfer norm → feit persoon.inkomen-tov-b → cijfer norm-b → feit persoon.inkomen-tov-norm; de wijzer zou eindeloos blijven rekenen. Laat een cijfer niet (via een afgeleid feit) van zichzelf afhangen.',
      'vragen.json: afgeleid[0]: cycle: feit persoon.inkomen-tov-norm → cijfer norm → feit persoon.inkomen-tov-b → cijfer norm-b → feit persoon.inkomen-tov-norm; the wizard would compute for ever. Do not let a figure depend on itself (through a derived fact).',
    ],
  ],
  'dataset-min-boven-max.json': [
    [
      'vragen.json: vragen[1].min: min is 130, hoger dan max 120: geen enkel antwoord is dan goed. Maak min kleiner dan of gelijk aan max.',
      'vragen.json: vragen[1].min: min is 130, above max 120: no answer can be valid. Make min at most max.',
    ],
  ],
  'dataset-dubbele-optie.json': [
    [
      'vragen.json: vragen[2].opties[1].waarde: optie "alleen" komt twee keer voor in vraag "persoon.huishouden". Geef elke optie een eigen waarde.',
      'vragen.json: vragen[2].opties[1].waarde: option "alleen" occurs twice in question "persoon.huishouden". Give each option its own value.',
    ],
  ],
  'dataset-onderwerp.json': [
    [
      'regelingen/inkomen.json: regelingen[1].onderwerpen[0]: onderwerp "wonen" is geen optie van de hulpvraag "persoon.hulpvraag". Kies een van: zelfdoding, geld.',
      'regelingen/inkomen.json: regelingen[1].onderwerpen[0]: topic "wonen" is not an option of the help question "persoon.hulpvraag". Choose one of: zelfdoding, geld.',
    ],
  ],
  'dataset-is-op-getal.json': [
    [
      'regelingen/inkomen.json: regelingen[1].voorwaarden.alle[0].is: "is" past niet bij een getalvraag ("persoon.leeftijd"); verwacht minstens, hoogstens, onder of boven. Gebruik minstens, hoogstens, onder of boven.',
      'regelingen/inkomen.json: regelingen[1].voorwaarden.alle[0].is: "is" does not fit a number question ("persoon.leeftijd"); expected minstens, hoogstens, onder or boven. Use minstens, hoogstens, onder or boven.',
    ],
  ],
  'dataset-minstens-op-keuze.json': [
    [
      'regelingen/inkomen.json: regelingen[1].voorwaarden.alle[0].minstens: "minstens" past niet bij een keuzevraag ("persoon.huishouden"); verwacht is of in. Gebruik is of in.',
      'regelingen/inkomen.json: regelingen[1].voorwaarden.alle[0].minstens: "minstens" does not fit a choice question ("persoon.huishouden"); expected is or in. Use is or in.',
    ],
  ],
  'dataset-datum-31-februari.json': [
    [
      'regelingen/inkomen.json: regelingen[1].geldigVanaf: verwacht een bestaande datum als JJJJ-MM-DD, gevonden "2026-02-31". Controleer dag en maand.',
      'regelingen/inkomen.json: regelingen[1].geldigVanaf: expected a real date as YYYY-MM-DD, found "2026-02-31". Check the day and the month.',
    ],
  ],
  'dataset-datum-13-45.json': [
    [
      'regelingen/inkomen.json: regelingen[1].geldigTot: verwacht een bestaande datum als JJJJ-MM-DD, gevonden "2026-13-45". Controleer dag en maand.',
      'regelingen/inkomen.json: regelingen[1].geldigTot: expected a real date as YYYY-MM-DD, found "2026-13-45". Check the day and the month.',
    ],
  ],
  'dataset-richtingsteken.json': [
    [
      'regelingen/inkomen.json: regelingen[0].uitleg.nl: onzichtbaar richtingsteken U+202E in de tekst; dat kan op het scherm "0800 2000" omdraaien tot "0002 0080". Typ de tekst opnieuw in plaats van hem te kopiëren, of haal het teken weg.',
      'regelingen/inkomen.json: regelingen[0].uitleg.nl: invisible direction character U+202E in the text; on screen it can turn "0800 2000" into "0002 0080". Type the text again instead of copying it, or remove the character.',
    ],
  ],
  'dataset-te-diep.json': [
    [
      `regelingen/inkomen.json: regelingen[1].voorwaarden.niet×61: te diep genest: meer dan ${MAX_DEPTH} niveaus. Maak de voorwaarde platter: zet gelijke delen samen in één "alle" of "een-van".`,
      `regelingen/inkomen.json: regelingen[1].voorwaarden.niet×61: nested too deeply: more than ${MAX_DEPTH} levels. Flatten the condition: put like parts together in one "alle" or "een-van".`,
    ],
  ],
  'dataset-type.json': [
    [
      'regelingen/inkomen.json: regelingen[1].voorwaarden.alle[0].minstens: verwacht number, gevonden string. Schrijf het getal zonder aanhalingstekens.',
      'regelingen/inkomen.json: regelingen[1].voorwaarden.alle[0].minstens: expected number, found string. Write the number without quotes.',
    ],
  ],
  'dataset-cijfer-gat.json': [
    [
      'cijfers.json: cijfers[0].waarden[1].geldigVanaf: waarschuwing: na 2026-12-31 begint de volgende waarde op 2027-02-01, verwacht 2027-01-01. Laat de perioden op elkaar aansluiten, zonder gat of overlap.',
      'cijfers.json: cijfers[0].waarden[1].geldigVanaf: warning: after 2026-12-31 the next value starts on 2027-02-01, expected 2027-01-01. Make the periods follow each other, without gap or overlap.',
    ],
  ],
  'dataset-cijfer-grootte.json': [
    [
      'cijfers.json: cijfers[0].waarden[1].waarde: 1,1 vanaf 2027-01-01, terwijl de periode ervoor 1.000 was (vanaf 2026-01-01): dat is een andere grootte. JSON leest de punt in 1.100 als komma: dat is 1,1. Schrijf het getal zonder punt als duizendtal-teken: 1100.',
      'cijfers.json: cijfers[0].waarden[1].waarde: 1.1 from 2027-01-01, while the period before was 1,000 (from 2026-01-01): a different order of magnitude. JSON reads the dot in 1.100 as a decimal point: that is 1.1. Write the number without a dot as thousands separator: 1100.',
    ],
  ],
  'dataset-cijfer-sprong.json': [
    [
      'cijfers.json: cijfers[0].waarden[1].waarde: waarschuwing: 1.200 vanaf 2027-01-01 is +20% tegen 1.000 in de periode ervoor (meer dan 15%). Controleer het getal tegen de bron; klopt het, dan kan het zo blijven.',
      'cijfers.json: cijfers[0].waarden[1].waarde: warning: 1,200 from 2027-01-01 is +20% against 1,000 the period before (more than 15%). Check the number against the source; if it is right, leave it.',
    ],
  ],
  'dataset-alles-in-een-keer.json': [
    [
      'regelingen/inkomen.json: regelingen[1].voorwaarden.alle[0].minstens: verwacht number, gevonden string. Schrijf het getal zonder aanhalingstekens.',
      'regelingen/inkomen.json: regelingen[1].voorwaarden.alle[0].minstens: expected number, found string. Write the number without quotes.',
    ],
    [
      'regelingen/inkomen.json: regelingen[0].loket: loket "bestaat-niet" bestaat niet in loketten.json. Kies het id van een loket uit loketten.json.',
      'regelingen/inkomen.json: regelingen[0].loket: counter "bestaat-niet" does not exist in loketten.json. Choose the id of a counter in loketten.json.',
    ],
    [
      'regelingen/inkomen.json: regelingen[1].onderwerpen[0]: onderwerp "wonen" is geen optie van de hulpvraag "persoon.hulpvraag". Kies een van: zelfdoding, geld.',
      'regelingen/inkomen.json: regelingen[1].onderwerpen[0]: topic "wonen" is not an option of the help question "persoon.hulpvraag". Choose one of: zelfdoding, geld.',
    ],
  ],
};

const OVERLAY_CASES: Record<string, [string, string][]> = {
  'overlay-crisis-vervalt.json': [
    [
      'overlay-crisis-vervalt.json:53:5: vervalt[0]: "113-crisis" is een landelijke crisislijn; een gemeente kan die niet laten vervallen. Haal "113-crisis" uit vervalt.',
      'overlay-crisis-vervalt.json:53:5: vervalt[0]: "113-crisis" is a national crisis line; a municipality cannot drop it. Remove "113-crisis" from vervalt.',
    ],
  ],
  'overlay-crisis-vervangen.json': [
    [
      'overlay-crisis-vervangen.json:20:13: regelingen[0].id: "113-crisis" is een landelijke crisislijn; een gemeente kan die niet vervangen. Geef de lokale regeling een eigen id.',
      'overlay-crisis-vervangen.json:20:13: regelingen[0].id: "113-crisis" is a national crisis line; a municipality cannot replace it. Give the local regeling an id of its own.',
    ],
  ],
  'overlay-crisis-eigen.json': [
    [
      'overlay-crisis-eigen.json:82:17: regelingen[1].crisis: een lokale regeling kan geen crisislijn zijn: de landelijke crisislijnen gaan altijd voor. Haal "crisis" weg; zet dringende hulp in urgentAls.',
      'overlay-crisis-eigen.json:82:17: regelingen[1].crisis: a local regeling cannot be a crisis line: the national crisis lines always come first. Remove "crisis"; use urgentAls for urgent help.',
    ],
    [
      'overlay-crisis-eigen.json:68:16: regelingen[1].loket: "113" is het loket van een landelijke crisislijn; een lokale regeling kan daar niet naartoe verwijzen. Kies een gemeentelijk loket (soort "rol").',
      'overlay-crisis-eigen.json:68:16: regelingen[1].loket: "113" is the counter of a national crisis line; a local regeling cannot point to it. Choose a municipal counter (soort "rol").',
    ],
    [
      'overlay-crisis-eigen.json:76:17: regelingen[1].voorwaarden.feit: een crisislijn mag alleen van "persoon.hulpvraag" afhangen, gevonden "persoon.inkomen-tov-norm". Laat de voorwaarde alleen naar "persoon.hulpvraag" kijken: dan is één antwoord genoeg.',
      'overlay-crisis-eigen.json:76:17: regelingen[1].voorwaarden.feit: a crisis line may only depend on "persoon.hulpvraag", found "persoon.inkomen-tov-norm". Make the condition ask only "persoon.hulpvraag": one answer is then enough.',
    ],
  ],
  'overlay-crisis-loket.json': [
    [
      'overlay-crisis-loket.json:17:12: loketten.113: "113" is het loket van een landelijke crisislijn; een gemeente kan het contact niet vervangen. Haal "113" uit loketten.',
      'overlay-crisis-loket.json:17:12: loketten.113: "113" is the counter of a national crisis line; a municipality cannot replace its contact. Remove "113" from loketten.',
    ],
    [
      'overlay-crisis-loket.json:17:12: loketten.113: "113" is geen gemeentelijke rol in loketten.json. Kies een van: werkplein.',
      'overlay-crisis-loket.json:17:12: loketten.113: "113" is not a municipal role in loketten.json. Choose one of: werkplein.',
    ],
  ],
  'overlay-andere-gemeente.json': [
    [
      'overlay-andere-gemeente.json:3:15: gemeente: deze overlay is voor GM0772, maar de pagina is voor GM0344. Gebruik de overlay van GM0344, of zet gemeente="GM0772" op de pagina.',
      'overlay-andere-gemeente.json:3:15: gemeente: this overlay is for GM0772, but the page is for GM0344. Use the overlay of GM0344, or set gemeente="GM0772" on the page.',
    ],
  ],
};

describe('validate: one fixture of broken data per rule, with its exact message', () => {
  it('the mini dataset and its overlay are clean (the fixtures break one thing each)', async () => {
    const r = validateDataset(await mini());
    expect(both(r.problems)).to.deep.equal([]);
    const o = validateOverlay(await json('overlay-goed.json'), r.value!, { file: 'overlay-goed.json', gemeente: 'GM0344' });
    expect(both(o.problems)).to.deep.equal([]);
    expect(o.value?.regelingen.map((x) => x.id)).to.deep.equal(['113-crisis', 'bijzondere-bijstand', 'stadspas']);
  });

  for (const [name, expected] of Object.entries(DATASET_CASES)) {
    it(`${name}`, async () => {
      const r = validateDataset(await broken(name));
      expect(both(r.problems)).to.deep.equal(expected);
      const onlyWarnings = expected.every(([nl]) => nl.includes(': waarschuwing: '));
      expect(r.value === undefined, onlyWarnings ? 'warnings do not stop the data' : 'no dataset with errors').to.equal(!onlyWarnings);
    });
  }

  for (const [name, expected] of Object.entries(OVERLAY_CASES)) {
    it(`${name}`, async () => {
      const base = parseDataset(await mini());
      const text = await fixture(name);
      const r = validateOverlay(JSON.parse(text), base, { file: name, text, gemeente: 'GM0344' });
      expect(both(r.problems)).to.deep.equal(expected);
      expect(r.value, 'no merged dataset with errors').to.equal(undefined);
    });
  }

  it('scenario-kapot.json: answers that do not fit their question, a "weet ik niet" the question does not offer, and a regeling that does not exist', async () => {
    const text = await fixture('scenario-kapot.json');
    const r = validateScenario(JSON.parse(text), parseDataset(await mini()), 'scenario-kapot.json', text);
    expect(both(r.problems)).to.deep.equal([
      [
        'scenario-kapot.json:11:25: antwoorden.persoon.leeftijd: verwacht een getal vanaf 0 tot en met 120; gevonden "achttien"',
        'scenario-kapot.json:11:25: antwoorden.persoon.leeftijd: expected a number from 0 up to 120; found "achttien"',
      ],
      [
        'scenario-kapot.json:12:27: antwoorden.persoon.huishouden: verwacht een van: alleen, samen; gevonden "getrouwd"',
        'scenario-kapot.json:12:27: antwoorden.persoon.huishouden: expected one of: alleen, samen; found "getrouwd"',
      ],
      [
        'scenario-kapot.json:13:30: antwoorden.persoon.netto-inkomen: een antwoord: deze vraag heeft geen "weet ik niet" (weetNiet), dus null kan een mens niet kiezen; gevonden null',
        'scenario-kapot.json:13:30: antwoorden.persoon.netto-inkomen: an answer: this question offers no "don\'t know" (weetNiet), so no person can answer null; found null',
      ],
      [
        'scenario-kapot.json:16:5: moetTonen[0]: regeling "bestaat-niet" bestaat niet in de dataset. Kies het id van een regeling.',
        'scenario-kapot.json:16:5: moetTonen[0]: regeling "bestaat-niet" does not exist in the dataset. Choose the id of a regeling.',
      ],
    ]);
  });

  it('a deep condition in the JSON text itself is reported, not a stack overflow', async () => {
    let deep = '{"feit":"persoon.leeftijd","minstens":18}';
    for (let i = 0; i < 100_000; i++) deep = `{"niet":${deep}}`;
    const files = await mini();
    (files.regelingen['inkomen.json'] as { regelingen: { voorwaarden: unknown }[] }).regelingen[1]!.voorwaarden = JSON.parse(deep);
    const r = validateDataset(files);
    expect(r.problems.map((p) => [p.rule, p.file])).to.deep.equal([['te-diep', 'regelingen/inkomen.json']]);
  });
});

describe('validate: the crisis lines are protected when the widget merges an overlay', () => {
  const crisisIds = (ds: Dataset) =>
    ds.regelingen
      .filter((r) => r.crisis)
      .map((r) => r.id)
      .sort();
  for (const name of [
    'overlay-crisis-vervalt.json',
    'overlay-crisis-vervangen.json',
    'overlay-crisis-eigen.json',
    'overlay-crisis-loket.json',
  ]) {
    it(`combine() keeps the national crisis lines as they are, whatever ${name} says`, async () => {
      const base = parseDataset(await mini());
      const overlay = (await json(name)) as Overlay;
      const merged = combine(base, overlay);
      expect(crisisIds(merged)).to.deep.equal(crisisIds(base));
      for (const id of crisisIds(base))
        expect(merged.regelingen.find((r) => r.id === id)).to.equal(base.regelingen.find((r) => r.id === id));
      const crisisCounters = base.loketten.filter((c) => c.crisis).map((c) => c.id);
      expect(Object.keys(merged.gemeente!.loketten).filter((k) => crisisCounters.includes(k))).to.deep.equal([]);
      expect(merged.regelingen.filter((r) => !base.regelingen.includes(r) && (r.crisis || crisisCounters.includes(r.loket)))).to.deep.equal(
        [],
      );
    });
    it(`validation reports what ${name} tries`, async () => {
      const base = parseDataset(await mini());
      const r = validateOverlay(await json(name), base, { file: name });
      expect(r.problems.filter((p) => p.rule.startsWith('crisis-')).length).to.be.greaterThan(0);
      expect(r.problems.map((p) => p.file)).to.include(name);
    });
  }

  it('an embedded overlay cannot drop 113 from the national dataset either', async () => {
    const overlay = (await json('overlay-url-crisis.json')) as Overlay;
    const merged = combine(embeddedDataset(), overlay);
    expect(merged.regelingen.some((r) => r.id === '113-zelfmoordpreventie')).to.equal(true);
  });
});

describe('validate: data from a URL', () => {
  const url = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).href;
  const failure = async (p: Promise<unknown>): Promise<LoadError> => {
    try {
      await p;
    } catch (e) {
      return e as LoadError;
    }
    throw new Error('loaded, but should have failed');
  };

  it('an overlay URL that drops a crisis line never runs, and every problem names that URL with line:column', async () => {
    const e = await failure(
      loadRemote({ overlayUrl: url('overlay-url-crisis.json'), timeout: 5000 }, { base: embeddedDataset, overlay: undefined }),
    );
    expect(e).to.be.instanceOf(LoadError);
    expect(e.url).to.equal(url('overlay-url-crisis.json'));
    expect(e.problems.map((p) => formatProblem(p))).to.deep.equal([
      `${url('overlay-url-crisis.json')}:8:5: vervalt[0]: "113-zelfmoordpreventie" is een landelijke crisislijn; een gemeente kan die niet laten vervallen. Haal "113-zelfmoordpreventie" uit vervalt.`,
    ]);
  });

  it('an overlay URL for another municipality than the page is refused', async () => {
    const e = await failure(
      loadRemote(
        { overlayUrl: url('overlay-url-eindhoven.json'), timeout: 5000, gemeente: 'GM0344' },
        { base: embeddedDataset, overlay: undefined },
      ),
    );
    expect(e.problems.map((p) => [p.rule, p.file, p.line])).to.deep.equal([['andere-gemeente', url('overlay-url-eindhoven.json'), 3]]);
  });

  it("a valid overlay URL for the page's municipality loads", async () => {
    const ds: Dataset = await loadRemote(
      { overlayUrl: url('overlay-url-eindhoven.json'), timeout: 5000, gemeente: 'GM0772' },
      { base: embeddedDataset, overlay: undefined },
    );
    expect(ds.gemeente?.code).to.equal('GM0772');
    expect(ds.regelingen.some((r) => r.id === '113-zelfmoordpreventie')).to.equal(true);
  });
});

describe('validate: the shipped dataset, found and not registered', () => {
  it('validates without errors with the same code as npm run validate', () => {
    expect(errorsOf(validateDataset(DEFAULT_FILES).problems).map((p) => formatProblem(p))).to.deep.equal([]);
  });

  it('the embedded files and the built dist/regelingen.json are the same files, in the same order', async () => {
    const res = await fetch('/dist/regelingen.json');
    expect(res.ok, 'dist/regelingen.json (npm run build)').to.equal(true);
    const built = (await res.json()) as DatasetFiles;
    expect(Object.keys(DEFAULT_FILES.regelingen)).to.deep.equal(Object.keys(built.regelingen));
    expect(Object.keys(DEFAULT_FILES.regelingen)).to.deep.equal([...Object.keys(DEFAULT_FILES.regelingen)].sort());
    const strip = (x: unknown) => {
      const { $schema: _s, ...rest } = x as Record<string, unknown>;
      return rest;
    };
    for (const [name, content] of Object.entries(DEFAULT_FILES.regelingen))
      expect(strip(content), name).to.deep.equal(built.regelingen[name]);
    expect(parseDataset(DEFAULT_FILES).regelingen.map((r) => r.id)).to.deep.equal(parseDataset(built).regelingen.map((r) => r.id));
  });
});

describe('validate: JSON Schemas for editors', () => {
  for (const name of ['vragen', 'cijfers', 'loketten', 'regelingen', 'gemeente', 'scenario']) {
    it(`regelingen/schema/${name}.schema.json describes every field`, async () => {
      const res = await fetch(`/regelingen/schema/${name}.schema.json`);
      expect(res.ok).to.equal(true);
      const schema = (await res.json()) as Record<string, unknown>;
      const missing: string[] = [];
      const todo: [unknown, string][] = [[schema, '']];
      while (todo.length) {
        const [node, path] = todo.pop()!;
        if (!node || typeof node !== 'object') continue;
        const o = node as Record<string, unknown>;
        if (o['properties'] && typeof o['properties'] === 'object') {
          for (const [k, v] of Object.entries(o['properties'] as Record<string, Record<string, unknown>>)) {
            if (!v['description'] && !v['$ref']) missing.push(`${path}.${k}`);
          }
        }
        for (const [k, v] of Object.entries(o)) todo.push([v, `${path}/${k}`]);
      }
      expect(missing).to.deep.equal([]);
    });
  }
});

describe('validate: positions in the JSON text', () => {
  it('finds line and column of every value, keys with dots and escapes included', () => {
    const text = '{\n  "a": [1, {"b.c": "x\\"y"}],\n  "d": {}\n}';
    const p = positions(text);
    expect(p.get('a[1].b.c')).to.deep.equal({ line: 2, column: 20 });
    expect(p.get('d')).to.deep.equal({ line: 3, column: 8 });
    expect(p.get('a[0]')).to.deep.equal({ line: 2, column: 9 });
  });
});
