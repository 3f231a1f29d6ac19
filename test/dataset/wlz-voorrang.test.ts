/**
 * Wlz before Zvw and Wmo (issue 20, panel round 14): with a Wlz-indicatie, care and support at
 * home come from the Wlz through the zorgkantoor, not from the zorgverzekering (wijkverpleging)
 * or the gemeente (Wmo begeleiding, a Wmo pgb). Every care item under the Wmo, the Zvw or the
 * Jeugdwet (national or in a shipped overlay) either gives way to `wlz-zorg` (`voorrang`, with
 * the reason shown) or is listed below with why the Wlz does not replace it. A new Wmo/Zvw item
 * fails here until someone has checked it against the source (https://www.regelhulp.nl/onderwerpen/wlz/samenloop-met-wmo).
 */
import { expect } from '@open-wc/testing';
import { DEFAULT_FILES, DEFAULT_OVERLAYS } from '../../src/dataset/default-dataset.js';
import { parseDataset } from '../../src/dataset/validate.js';
import type { Regeling } from '../../src/dataset/schema.js';

/** Wmo, Zvw or Jeugdwet items the Wlz does not replace, each with the reason. */
const NOT_REPLACED: Record<string, string> = {
  'zorgverzekering-na-detentie': 'the health insurance itself, not care',
  'zorgverzekering-vanaf-18': 'the health insurance itself, not care',
  'zittend-ziekenvervoer': 'Zvw transport to hospital treatment; stays with the insurer at home',
  'ggz-volwassenen': 'medical treatment via the GP (Zvw); with a Wlz-indicatie for ggz-wonen the treatment stays Zvw',
  'hulp-bij-verslaving': 'medical treatment via the GP (Zvw); the Wlz at home does not replace it',
  opvoedondersteuning: 'parenting advice for the parents, open to all',
  dyslexiezorg: 'dyslexia care (Jeugdwet), not part of the Wlz',
  'overgang-18-jeugdhulp': 'planning the step from jeugdhulp at 18; asks that the person gets jeugdhulp',
  'verlengde-jeugdhulp': 'continues jeugdhulp the person gets now (persoon.jeugdhulp)',
  'verlengde-pleegzorg': 'a foster home to live in, not Wlz care',
  'crisisdienst-jeugd': 'a crisis line, always shown',
  'veilig-thuis': 'safety, always shown',
  vrouwenopvang: 'safety and shelter, not care',
  'maatschappelijke-opvang': 'shelter for someone without a home, not care',
  'oggz-meldpunt': 'a place to report worries about someone, not care',
  clientondersteuning: 'Wmo client support is for everyone; with a Wlz-indicatie it is also offered by the zorgkantoor',
  'clientondersteuning-jeugd':
    'client support for a child and the family (Wmo 2.2.4 covers jeugdhulp); with a Wlz-indicatie it is also offered by the zorgkantoor',
  'algemene-voorzieningen': 'open to everyone without a decision',
  'hulp-bij-eenzaamheid': 'open to everyone without a decision',
  ouderenadviseur: 'open to everyone without a decision',
  'wmo-regiotaxi': 'transport stays with the gemeente with a Wlz-indicatie at home (wlz-zorg says so)',
  valys: 'national transport for longer trips, not Wlz care',
  'ov-begeleiderskaart': 'a public transport card for a companion, not care',
  gehandicaptenparkeerkaart: 'a parking card, not care',
  'wmo-personenalarmering': 'a device at home; aids stay with the gemeente with a Wlz-indicatie at home',
  'mantelzorger-eigen-steunpunt': "the carer's own support (the facts are the carer's, not the cared-for person's)",
  'mantelzorger-eigen-respijtzorg': "the carer's own question (the facts are the carer's, not the cared-for person's)",
  'mantelzorger-van-persoon-steunpunt': 'support for the carer; the gemeente supports carers of Wlz clients too',
};

const LAWS = /maatschappelijke ondersteuning|Zorgverzekeringswet|Jeugdwet/i;

/** A care item for the person under the Wmo, the Zvw or the Jeugdwet. */
const isCareItem = (r: Regeling) => r.voor === 'persoon' && (LAWS.test(r.wet?.naam.nl ?? '') || r.domein === 'wmo');

describe('Wlz before Zvw and Wmo', () => {
  const national = parseDataset(DEFAULT_FILES);
  const local = Object.values(DEFAULT_OVERLAYS).flatMap((o) => (o as { regelingen?: Regeling[] }).regelingen ?? []);
  const all = [...national.regelingen, ...local];

  it('every Wmo, Zvw or Jeugdwet care item gives way to wlz-zorg, or says why the Wlz does not replace it', () => {
    const missing = all
      .filter(isCareItem)
      .filter((r) => !r.voorrang?.some((v) => v.regeling === 'wlz-zorg') && !(r.id in NOT_REPLACED))
      .map((r) => r.id);
    expect(
      missing,
      'Wmo/Zvw-zorg zonder voorrang voor wlz-zorg: voeg voorrang toe (met reden) of zet hem met de reden in NOT_REPLACED',
    ).to.deep.equal([]);
  });

  it('the list of exceptions names only care items that exist and have no Wlz precedence', () => {
    for (const id of Object.keys(NOT_REPLACED)) {
      const r = all.find((x) => x.id === id);
      expect(r, `${id} exists`).to.exist;
      expect(isCareItem(r!), `${id} is a Wmo/Zvw care item`).to.equal(true);
      expect(r!.voorrang?.some((v) => v.regeling === 'wlz-zorg') ?? false, `${id} has a Wlz precedence: drop it from the list`).to.equal(
        false,
      );
    }
  });

  it('the items the panel saw beside the Wlz give way to it at home, with a reason', () => {
    for (const id of [
      'wijkverpleging',
      'casemanager-dementie',
      'wmo-pgb',
      'wmo-beschermd-wonen',
      'wmo-huishoudelijke-hulp',
      'wmo-begeleiding',
    ]) {
      const p = national.regelingen.find((r) => r.id === id)!.voorrang!.find((v) => v.regeling === 'wlz-zorg')!;
      expect(p, id).to.exist;
      expect(p.soort ?? 'in-plaats-van', id).to.equal('in-plaats-van');
      // not only in an institution: the Wlz replaces it at home too
      expect(JSON.stringify(p.als ?? {}), id).not.to.contain('instelling');
      expect(p.reden.nl, id).to.contain('Wlz');
      expect(p.reden.en, id).to.contain('Wlz');
    }
  });
});
