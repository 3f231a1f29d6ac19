/**
 * The rule catalogue (src/dataset/rules.ts): every problem is made from it, the README's rule
 * list is the one `npm run rules` writes from it, and each broken fixture in
 * test/dataset/fixtures/ is named here by the ids of the rules it breaks.
 */
import { expect } from '@open-wc/testing';
import { formatProblem, type Problem } from '../../src/dataset/problems.js';
import { RULE_DOCS, ruleTable } from '../../src/dataset/rule-docs.js';
import { found, RULES, type RuleId } from '../../src/dataset/rules.js';
import { parseJson } from '../../src/dataset/json-text.js';
import { jsonProblem } from '../../src/dataset/read-problems.js';
import { parseDataset, validateDataset, validateOverlay, validateScenario } from '../../src/dataset/validate.js';
import { broken, json, mini } from './fixture-files.js';

/** Fixture → the rules it breaks, by id, in the order first found. */
const BREAKS: Record<string, RuleId[]> = {
  'dataset-alles-in-een-keer.json': ['type', 'onbekend-loket', 'onbekend-onderwerp'],
  'dataset-cijfer-gat.json': ['cijfer-gat'],
  'dataset-cijfer-grootte.json': ['cijfer-grootte'],
  'dataset-cijfer-sprong.json': ['cijfer-sprong'],
  'dataset-datum-13-45.json': ['datum'],
  'dataset-datum-31-februari.json': ['datum'],
  'dataset-dubbele-optie.json': ['dubbele-optie'],
  'dataset-is-op-getal.json': ['operator-past-niet'],
  'dataset-kring-afgeleid.json': ['kring'],
  'dataset-kring-cijfers.json': ['kring'],
  'dataset-min-boven-max.json': ['min-boven-max'],
  'dataset-minstens-op-keuze.json': ['operator-past-niet'],
  'dataset-onderwerp.json': ['onbekend-onderwerp'],
  'dataset-richtingsteken.json': ['richtingsteken'],
  'dataset-te-diep.json': ['te-diep'],
  'dataset-type.json': ['type'],
  'overlay-andere-gemeente.json': ['andere-gemeente'],
  'overlay-crisis-eigen.json': ['crisis-overlay', 'crisis-loket', 'crisis-een-antwoord'],
  'overlay-crisis-loket.json': ['crisis-loket', 'onbekende-rol'],
  'overlay-crisis-vervalt.json': ['crisis-vervalt'],
  'overlay-crisis-vervangen.json': ['crisis-vervangen'],
  'overlay-goed.json': [],
  'overlay-url-crisis.json': ['onbekende-regeling'],
  'overlay-url-eindhoven.json': ['andere-gemeente'],
  'scenario-kapot.json': ['antwoord', 'onbekend-id'],
};

async function problemsOf(name: string): Promise<Problem[]> {
  if (name.startsWith('dataset-')) return validateDataset(await broken(name)).problems;
  const base = parseDataset(await mini());
  if (name.startsWith('overlay-')) return validateOverlay(await json(name), base, { file: name, gemeente: 'GM0344' }).problems;
  return validateScenario(await json(name), base, name).problems;
}

describe('the rule catalogue', () => {
  it("the README's rule list is the one written from the catalogue (npm run rules)", async () => {
    const readme = await (await fetch('/README.md')).text();
    const list = /<!-- rules:start -->\n([\s\S]*?)\n<!-- rules:end -->/.exec(readme)?.[1];
    expect(list, 'README.md has a rules:start/rules:end section').to.be.a('string');
    expect(list).to.equal(ruleTable());
    expect(list!.split('\n').length).to.equal(Object.keys(RULES).length + 2);
  });

  it('documents every rule and no other (rule-docs.ts)', () => {
    expect(Object.keys(RULE_DOCS)).to.have.members(Object.keys(RULES));
  });

  it('makes a problem with the rule, its level and its words', () => {
    expect(found('dubbel-id', { kind: ['regeling', 'regeling'], id: 'x' })).to.deep.equal({
      rule: 'dubbel-id',
      level: 'fout',
      message: 'regeling "x" komt twee keer voor',
      en: 'regeling "x" occurs twice',
      fix: { nl: 'Geef elk een eigen id.', en: 'Give each its own id.' },
    });
    expect(found('geen-onderwerpen').level).to.equal('waarschuwing');
  });

  for (const [name, rules] of Object.entries(BREAKS))
    it(`${name} breaks ${rules.length ? rules.join(', ') : 'no rule'}`, async () => {
      const problems = await problemsOf(name);
      expect([...new Set(problems.map((p) => p.rule))]).to.deep.equal(rules);
      for (const p of problems) {
        expect(RULES[p.rule], `${p.rule} is in the catalogue`).to.not.equal(undefined);
        expect(p.level, formatProblem(p)).to.equal(RULES[p.rule].level);
      }
    });
});

describe('reading a text as JSON (the validate command, the preview page)', () => {
  const problemOf = (text: string, limits = {}) => {
    const r = parseJson(text, limits);
    if (r.ok) throw new Error(`${text} was read`);
    return jsonProblem('x.json', r);
  };
  it('json: the syntax error at its place', () => {
    const p = problemOf('{\n  "a": 1\n  "b": 2\n}');
    expect([p.rule, p.level, p.line, p.column]).to.deep.equal(['json', 'fout', 3, 3]);
    expect(p.message).to.match(/^geen geldige JSON: /);
    expect(p.fix).to.deep.equal(found('json', { reason: '' }).fix);
  });
  it('te-diep: the field where it goes too deep, with the limit', () => {
    const p = problemOf('{"a":[[[1]]]}', { depth: 2 });
    expect([p.rule, p.path, p.message]).to.deep.equal(['te-diep', 'a[0]', 'te diep genest: meer dan 2 niveaus']);
  });
  it('te-groot: its length and the limit', () => {
    const p = problemOf('{"a":1}', { chars: 5 });
    expect([p.rule, p.message, p.en]).to.deep.equal(['te-groot', 'te groot: 7 tekens, meer dan 5', 'too large: 7 characters, more than 5']);
  });
});
