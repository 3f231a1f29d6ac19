/**
 * The screens' `t` (memoT, src/i18n/index.ts) remembers each string: it must give exactly what
 * i18next gives, per language, with options, and the new strings once a language is added.
 */
import { expect } from '@open-wc/testing';
import { addLanguage, createI18n, memoT } from '../../src/i18n/index.js';
import { nl } from '../../src/i18n/nl.js';

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
