/**
 * Bad attribute values never hurt the person (issue 14): an invalid `datum` or `timeout` falls
 * back to the default with a console warning; `persist` keeps one key per widget, clears it
 * when it goes off and warns on persist="false"; a live `gemeente` change or a move in the DOM
 * keeps the answers and the place in the journey.
 */
import { expect } from '@open-wc/testing';
import { today } from '../../src/engine/context.js';
import type { RegelingenWizard } from '../../src/ui/regelingen-wizard.js';
import { button, heading, mount, root, scherm, text, until, vraag, walkTo } from '../ui/helpers.js';
import { isResult, journey } from './frame.js';

let warned: string[] = [];
const consoleWarn = console.warn;
beforeEach(() => {
  warned = [];
  console.warn = (...a: unknown[]) => {
    warned.push(a.map(String).join(' '));
  };
  sessionStorage.clear();
});
afterEach(() => {
  console.warn = consoleWarn;
  document.querySelectorAll('regelingen-wizard').forEach((e) => e.remove());
  sessionStorage.clear();
});

const answers = (el: RegelingenWizard) =>
  (el as unknown as { snapshot: { context: { answers: Record<string, unknown> } } }).snapshot.context.answers;
const longDate = (iso: string) =>
  new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${iso}T12:00:00`));

describe('datum', () => {
  for (const bad of ['not-a-date', '2026-02-31', '2026-13-01']) {
    it(`datum="${bad}": the journey reaches the result, checked on today, with a warning`, async () => {
      const el = await mount({ perspective: 'zelf', datum: bad });
      await journey(el);
      expect(isResult(el)).to.equal(true);
      expect(text(el)).to.contain(longDate(today()));
      expect(warned.join('\n')).to.match(new RegExp(`datum="${bad}"`));
    });
  }

  it('datum="" counts as not set: today, no warning', async () => {
    const el = await mount({ perspective: 'zelf', datum: '' });
    await journey(el);
    expect(text(el)).to.contain(longDate(today()));
    expect(warned).to.deep.equal([]);
  });

  it('a real date is used as it is, without a warning', async () => {
    const el = await mount({ perspective: 'zelf', datum: '2026-03-01' });
    await journey(el);
    expect(text(el)).to.contain('1 maart 2026');
    expect(warned).to.deep.equal([]);
  });
});

describe('timeout', () => {
  for (const bad of ['abc', '-1', '0']) {
    it(`timeout="${bad}": a valid data URL loads, with a warning`, async () => {
      const el = await mount({ 'dataset-url': '/embed/dataset.json', timeout: bad, perspective: 'zelf' });
      expect(scherm(el)).to.equal('start');
      expect(warned.join('\n')).to.match(new RegExp(`timeout="${bad}"`));
    });
  }
});

describe('persist', () => {
  it('two widgets keep their answers apart (a key per id, else per position)', async () => {
    const a = await mount({ perspective: 'zelf', persist: '', id: 'wijzer-a' });
    await walkTo(a, 'overzicht');
    const b = await mount({ perspective: 'zelf', persist: '' });
    expect(Object.keys(answers(b))).to.deep.equal([]);
    const keys = Object.keys(sessionStorage);
    expect(keys).to.have.length(1);
    expect(keys[0]).to.contain('#wijzer-a');
    await walkTo(b, 'overzicht');
    expect(Object.keys(sessionStorage)).to.have.length(2);
    expect(Object.keys(sessionStorage).some((k) => k.endsWith('#1'))).to.equal(true);
  });

  it('removing persist clears what was stored', async () => {
    const el = await mount({ perspective: 'zelf', persist: '' });
    await walkTo(el, 'overzicht');
    expect(sessionStorage.length).to.equal(1);
    el.removeAttribute('persist');
    await el.updateComplete;
    expect(sessionStorage.length).to.equal(0);
    // And nothing is stored from then on.
    button(el, 'Terug').click();
    await until(el, () => scherm(el) === 'vragen');
    expect(sessionStorage.length).to.equal(0);
  });

  it('persist="false" warns (a boolean attribute is on whenever it is present)', async () => {
    await mount({ perspective: 'zelf', persist: 'false' });
    expect(warned.join('\n')).to.match(/persist="false"/);
  });
});

describe('settings changed mid-journey', () => {
  it('a live gemeente change keeps the answers and the place in the journey', async () => {
    const el = await mount({});
    await walkTo(el, 'vragen');
    const first = vraag(el)!;
    root(el).querySelector<HTMLInputElement>('input[name="antwoord"]:not([value^="__"])')!.click();
    button(el, 'Volgende').click();
    await until(el, () => vraag(el) !== first);
    const second = vraag(el);
    el.setAttribute('gemeente', 'GM0344');
    await until(el, () => scherm(el) === 'vragen');
    expect(vraag(el)).to.equal(second);
    expect(Object.keys(answers(el))).to.include(first);
  });

  it('moving the element in the DOM keeps the answers and the place in the journey', async () => {
    const el = await mount({ perspective: 'zelf' });
    await walkTo(el, 'overzicht');
    const before = { ...answers(el) };
    const box = document.createElement('div');
    document.body.append(box);
    box.append(el);
    await until(el, () => scherm(el) === 'overzicht');
    expect(answers(el)).to.deep.equal(before);
    expect(heading(el)).to.not.equal('');
    box.remove();
  });
});

describe('attributes as people write them (issue 25)', () => {
  const code = (el: RegelingenWizard) =>
    (el as unknown as { snapshot: { context: { dataset?: { gemeente?: { code: string } } } } }).snapshot.context.dataset?.gemeente?.code;

  for (const written of [
    ' GM0344 ',
    'GM0344\n',
    '\tGM0344\r\n',
    'gm0344',
    'Gm0344',
    'GM 0344',
    'GM-0344',
    '0344',
    '344',
    'ＧＭ０３４４',
    'GM０３４４',
    '０３４４',
    '\u200BGM0344',
    'GM0344\uFEFF',
  ]) {
    it(`gemeente=${JSON.stringify(written)} is Utrecht (GM0344), without a warning`, async () => {
      const el = await mount({ gemeente: written, perspective: 'zelf' });
      expect(code(el)).to.equal('GM0344');
      expect(warned).to.deep.equal([]);
    });
  }

  for (const bad of ['Utrecht', 'GM03444', 'GM', 'GMabcd']) {
    it(`gemeente="${bad}" fits nothing: no municipality, a warning naming the value`, async () => {
      const el = await mount({ gemeente: bad, perspective: 'zelf' });
      expect(scherm(el)).to.equal('start');
      expect(code(el)).to.equal(undefined);
      expect(warned.join('\n')).to.contain(`gemeente="${bad}" is geen CBS-gemeentecode`);
    });
  }

  for (const written of [' Mantelzorger ', 'ZELF\n']) {
    it(`perspective=${JSON.stringify(written)} is read as ${written.trim().toLowerCase()}`, async () => {
      const el = await mount({ perspective: written });
      await walkTo(el, 'vragen');
      expect(warned).to.deep.equal([]);
      expect((el as unknown as { snapshot: { context: { perspectief: string } } }).snapshot.context.perspectief).to.equal(
        written.trim().toLowerCase(),
      );
    });
  }

  it('perspective="buurman" fits nothing: the widget asks, with a warning naming the value', async () => {
    const el = await mount({ perspective: 'buurman' });
    expect(scherm(el)).to.equal('start');
    expect(warned.join('\n')).to.contain('perspective="buurman"');
  });
});
