/**
 * custom-elements.json (`npm run manifest`, checked current by CI) describes the element as
 * editors and frameworks need it: tag, attributes with real types and descriptions, events, and
 * no internal state.
 */
import { expect } from '@open-wc/testing';
import manifest from '../../custom-elements.json';
import { RegelingenWizard } from '../../src/index.js';

interface Item {
  name: string;
  type?: { text: string };
  description?: string;
  fieldName?: string;
}
interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
}
const modules = (
  manifest as {
    modules: {
      path: string;
      declarations?: Declaration[];
      exports?: { kind: string; name: string; declaration: { name: string; module: string } }[];
    }[];
  }
).modules;
const element = modules.flatMap((m) => m.declarations ?? []).find((d) => d.customElement)!;

describe('custom-elements.json', () => {
  it('names the element and where it is defined', () => {
    expect(element.tagName).to.equal('regelingen-wizard');
    expect(element.summary).to.be.a('string').and.not.equal('');
    const definition = modules.flatMap((m) => m.exports ?? []).find((e) => e.kind === 'custom-element-definition')!;
    expect(definition.name).to.equal('regelingen-wizard');
    expect(modules.map((m) => m.path)).to.include(definition.declaration.module);
  });

  it('lists every public attribute of the element, each with a description', () => {
    const declared = Object.entries(
      (RegelingenWizard as unknown as { properties: Record<string, { attribute?: string; state?: boolean }> }).properties,
    )
      .filter(([, o]) => !o.state)
      .map(([k, o]) => o.attribute ?? k.toLowerCase())
      .sort();
    expect(element.attributes!.map((a) => a.name).sort()).to.deep.equal(declared);
    for (const a of element.attributes!) expect(a.description, a.name).to.be.a('string').and.not.equal('');
  });

  it('spells out the allowed values, not type names', () => {
    const type = (name: string) => element.attributes!.find((a) => a.name === name)!.type!.text;
    expect(type('perspective')).to.equal("'zelf' | 'mantelzorger' | 'werkgever' | 'professional' | undefined");
    expect(type('mode')).to.match(/^('resident' \| 'professional'|'professional' \| 'resident') \| undefined$/);
    for (const a of element.attributes!)
      expect(a.type!.text, a.name).to.match(/^(string|number|boolean|'[^']*'|undefined)( \| (string|number|boolean|'[^']*'|undefined))*$/);
  });

  it('lists the three events with what they carry', () => {
    expect(element.events!.map((e) => e.name)).to.deep.equal([
      'regelingenwijzer:step',
      'regelingenwijzer:result',
      'regelingenwijzer:error',
    ]);
    for (const e of element.events!) expect(e.description, e.name).to.contain('detail');
  });

  it('keeps internal state out', () => {
    const names = [...element.members!, ...element.attributes!].map((m) => m.name);
    expect(names).not.to.include.members(['snapshot']);
    expect(names.filter((n) => n.startsWith('_') || n.startsWith('#'))).to.deep.equal([]);
  });
});
