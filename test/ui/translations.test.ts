/**
 * The screens' `t` (memoT, src/i18n/index.ts) remembers each string: it must give exactly what
 * i18next gives, per language, with options, and the new strings once a language is added. So
 * must the first screen's `t` before i18next is in (firstT, src/i18n/first.ts).
 */
import { expect } from '@open-wc/testing';
import { addLanguage, createI18n, memoT } from '../../src/i18n/index.js';
import { nl } from '../../src/i18n/nl.js';
import { firstT } from '../../src/i18n/first.js';

/** Every key of a strings object, dotted. */
function keysOf(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keysOf(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('memoT: i18next t, remembered', () => {
  it('gives what i18next gives for every key, in Dutch and, once added, in English', async () => {
    const i18n = createI18n();
    const t = memoT(i18n);
    const keys = keysOf(nl);
    expect(keys.length).to.be.greaterThan(50);
    const nlStrings = keys.map((k) => i18n.t(k));
    expect(
      keys.map((k) => t(k)),
      'nl',
    ).to.deep.equal(nlStrings);
    expect(
      keys.map((k) => t(k)),
      'nl, remembered',
    ).to.deep.equal(nlStrings);
    // English asked for before its strings are in: the Dutch fallback, as i18next gives it.
    await i18n.changeLanguage('en');
    expect(t('overzicht.wijzig')).to.equal(i18n.t('overzicht.wijzig'));
    const fallback = t('overzicht.wijzig');
    await addLanguage(i18n, 'en');
    expect(i18n.t('overzicht.wijzig')).to.not.equal(fallback);
    expect(
      keys.map((k) => t(k)),
      'en, after the strings came in',
    ).to.deep.equal(keys.map((k) => i18n.t(k)));
    await i18n.changeLanguage('nl');
    expect(
      keys.map((k) => t(k)),
      'nl again',
    ).to.deep.equal(nlStrings);
  });

  it('with options: one string per value', () => {
    const i18n = createI18n();
    const t = memoT(i18n);
    expect(t('overzicht.wijzigVraag', { vraag: 'Leeftijd' })).to.equal('Wijzig: Leeftijd');
    expect(t('overzicht.wijzigVraag', { vraag: 'Inkomen' })).to.equal('Wijzig: Inkomen');
    expect(t('overzicht.wijzigVraag', { vraag: 'Leeftijd' })).to.equal('Wijzig: Leeftijd');
  });
});

describe('firstT: the first screen before i18next is in', () => {
  /** The contexts and the placeholders any string uses, and each key without its context or plural suffix. */
  const PLURAL = /_(zero|one|two|few|many|other)$/;
  function cases(strings: object) {
    const keys = keysOf(strings);
    const bases = new Set<string>();
    const contexts = new Set<string>();
    for (const k of keys) {
      const plain = k.replace(PLURAL, '');
      bases.add(plain);
      const m = /^(.*\.[^._]+)_([^.]+)$/.exec(plain);
      if (m) {
        bases.add(m[1]!);
        contexts.add(m[2]!);
      }
    }
    const names = new Set(
      JSON.stringify(strings)
        .match(/\{\{[^}]+\}\}/g)!
        .map((p) => p.slice(2, -2).trim()),
    );
    const filled = Object.fromEntries([...names].map((n) => [n, `<${n}>`]));
    const empty = (v: unknown) => Object.fromEntries([...names].map((n) => [n, v]));
    const options: (Record<string, unknown> | undefined)[] = [
      undefined,
      {},
      filled,
      empty(undefined),
      empty(null),
      empty(0),
      { ...filled, count: '2' },
      { context: '' },
      { context: 'onbekend' },
    ];
    for (const context of [undefined, ...contexts])
      for (const count of [0, 1, 2, 5, 1.5]) options.push({ ...filled, context, count }, { context, count });
    for (const context of contexts) options.push({ ...filled, context }, { context });
    return { keys: [...bases, 'bestaat.niet'], options };
  }

  for (const lang of ['nl', 'en'] as const)
    it(`gives what i18next gives for every key of ${lang}.ts, with every context, counts and placeholders`, async () => {
      const strings = lang === 'nl' ? nl : (await import('../../src/i18n/en.js')).en;
      const i18n = createI18n();
      await addLanguage(i18n, lang);
      await i18n.changeLanguage(lang);
      const t = firstT(strings, lang);
      const { keys, options } = cases(strings);
      expect(keys.length).to.be.greaterThan(50);
      const differ = keys.flatMap((k) =>
        options.flatMap((o) => {
          const want = i18n.t(k, o as never) as unknown as string;
          const got = t(k, o as never) as unknown as string;
          return got === want ? [] : [{ k, o, want, got }];
        }),
      );
      expect(differ).to.deep.equal([]);
    });
});
