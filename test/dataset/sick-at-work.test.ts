/**
 * The sickness route at work whatever topic was chosen (panel round 6, r6-17: a GP chose zorg and
 * schulden for a patient of 41 off sick for 6 months with a burn-out, and the widget never asked
 * about work, so loondoorbetaling, the bedrijfsarts and the 2-year path never showed). For an adult
 * of working age with an illness, psychische problemen or a limitation, the work status is asked
 * in every perspective; without a health problem it is not asked for these topics.
 */
import { expect } from '@open-wc/testing';
import { DEFAULT_FILES } from '../../src/dataset/default-dataset.js';
import { parseDataset } from '../../src/dataset/validate.js';
import { explainAll, makeContext, walk } from '../../src/engine/index.js';
import type { Answers } from '../../src/engine/types.js';

const ds = parseDataset(DEFAULT_FILES);
const DATUM = '2026-12-07';
const base: Answers = {
  'persoon.hulpvraag': ['zorg', 'schulden'],
  'persoon.leeftijd': 41,
  'persoon.geldzorgen': ['schulden'],
  'persoon.huishouden': 'alleen',
  'persoon.netto-inkomen': 2300,
  'persoon.vermogen': 0,
  'persoon.woning': 'huur-zelfstandig',
  'persoon.toezicht-24-uur': false,
  'persoon.zelfstandig-wonen': true,
  'persoon.werk': ['loondienst', 'ziek'],
  'persoon.ziek-2-jaar': false,
  // the carer's own answers
  'mantelzorger.werk': ['loondienst'],
  'mantelzorger.overbelast': false,
  'mantelzorger.leeftijd': 45,
};

describe('the sickness route at work, whatever the topic (issue 20, r6-17)', () => {
  for (const perspectief of ['zelf', 'mantelzorger', 'professional'] as const) {
    it(`${perspectief}: psychische problemen, topics zorg and schulden: the work status is asked, and loondoorbetaling bij ziekte fits`, () => {
      const opts = { perspectief, datum: DATUM };
      const w = walk(ds, { ...base, 'persoon.beperking': ['psychisch'] }, opts);
      expect(w.path, `stopped at ${w.vraag?.id}`).to.include('persoon.werk');
      const res = explainAll(makeContext(ds, w.answers, opts)).find((r) => r.regeling.id === 'loondoorbetaling-bij-ziekte');
      expect(res?.uitkomst).to.equal('past');
    });

    it(`${perspectief}: no health problem, topics zorg and schulden: the work status is not asked`, () => {
      const w = walk(ds, { ...base, 'persoon.beperking': ['geen'] }, { perspectief, datum: DATUM });
      expect(w.path).to.include('persoon.beperking');
      expect(w.path).to.not.include('persoon.werk');
    });
  }

  it('a child of 15 with psychische problemen, topic thuis: the work status is not asked', () => {
    const w = walk(
      ds,
      { ...base, 'persoon.hulpvraag': ['thuis'], 'persoon.leeftijd': 15, 'persoon.beperking': ['psychisch'] },
      {
        perspectief: 'zelf',
        datum: DATUM,
      },
    );
    expect(w.path).to.include('persoon.beperking');
    expect(w.path).to.not.include('persoon.werk');
  });
});

describe('the employer-first caveat on Wmo support stays with people of working age (panel round 7, r7-11)', () => {
  it('a carer for a father of 84 with dementia, his work not asked: begeleiding and dagbesteding carry no "werkgever en bedrijfsarts" line', () => {
    const opts = { perspectief: 'mantelzorger' as const, datum: DATUM };
    const answers: Answers = {
      'persoon.hulpvraag': ['thuis', 'zorg'],
      'persoon.leeftijd': 84,
      'persoon.beperking': ['geheugen'],
      'persoon.huishouden': 'alleen',
      'persoon.toezicht-24-uur': false,
      'persoon.zelfstandig-wonen': true,
      'mantelzorger.werk': ['loondienst'],
      'mantelzorger.leeftijd': 52,
    };
    const results = explainAll(makeContext(ds, answers, opts));
    for (const id of ['wmo-begeleiding', 'wmo-dagbesteding']) {
      const r = results.find((x) => x.regeling.id === id);
      expect(r, id).to.not.equal(undefined);
      expect(JSON.stringify(r!.criteria), id).to.not.contain('bedrijfsarts');
      expect(r!.uitkomst, id).to.equal('past');
    }
  });
});
