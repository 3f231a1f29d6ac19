/**
 * The crisis rules (crisis.ts) in words: each violation as a problem with its place, message
 * (nl + en) and fix. An overlay and a full dataset get the same messages.
 */
import { CRISIS_LINES } from '../crisis/lines.js';
import type { Locate } from './checks.js';
import { datasetViolations, overlayViolations, type CrisisViolation } from './crisis.js';
import { problem, type Problem } from './problems.js';
import type { Dataset, Overlay } from './schema.js';

type Words = { message: string; en: string; fix: { nl: string; en: string } };

const LINE = (id: string) => ({ nl: `"${id}" is een landelijke crisislijn`, en: `"${id}" is a national crisis line` });

function words(v: CrisisViolation): Words {
  const { id } = v;
  const line = LINE(id);
  const tel = CRISIS_LINES.find((l) => l.id === id)?.telefoon ?? '';
  switch (v.rule) {
    case 'crisis-vervalt':
      return {
        message: `${line.nl}; een gemeente kan die niet laten vervallen`,
        en: `${line.en}; a municipality cannot drop it`,
        fix: { nl: `Haal "${id}" uit vervalt.`, en: `Remove "${id}" from vervalt.` },
      };
    case 'crisis-vervangen':
      return {
        message: `${line.nl}; een gemeente kan die niet vervangen`,
        en: `${line.en}; a municipality cannot replace it`,
        fix: { nl: 'Geef de lokale regeling een eigen id.', en: 'Give the local regeling an id of its own.' },
      };
    case 'crisis-overlay':
      return {
        message: 'een lokale regeling kan geen crisislijn zijn: de landelijke crisislijnen gaan altijd voor',
        en: 'a local regeling cannot be a crisis line: the national crisis lines always come first',
        fix: { nl: 'Haal "crisis" weg; zet dringende hulp in urgentAls.', en: 'Remove "crisis"; use urgentAls for urgent help.' },
      };
    case 'crisis-loket':
      return v.field === 'loket'
        ? {
            message: `"${id}" is het loket van een landelijke crisislijn; een lokale regeling kan daar niet naartoe verwijzen`,
            en: `"${id}" is the counter of a national crisis line; a local regeling cannot point to it`,
            fix: { nl: 'Kies een gemeentelijk loket (soort "rol").', en: 'Choose a municipal counter (soort "rol").' },
          }
        : {
            message: `"${id}" is het loket van een landelijke crisislijn; een gemeente kan het contact niet vervangen`,
            en: `"${id}" is the counter of a national crisis line; a municipality cannot replace its contact`,
            fix: { nl: `Haal "${id}" uit loketten.`, en: `Remove "${id}" from loketten.` },
          };
    case 'crisis-ontbreekt':
      return {
        message: `${line.nl}; een dataset kan die niet weglaten (loket "${id}" met crisis: true en een crisisregeling ervoor)`,
        en: `${line.en}; a dataset cannot leave it out (counter "${id}" with crisis: true and a crisis regeling for it)`,
        fix: {
          nl: `Zet de crisislijn "${id}" terug zoals in de landelijke dataset, met telefoon ${tel}.`,
          en: `Put the crisis line "${id}" back as in the national dataset, with telefoon ${tel}.`,
        },
      };
    case 'crisis-nummer':
      return {
        message: `${line.nl} met telefoon ${tel}; een dataset kan het nummer niet veranderen`,
        en: `${line.en} with telefoon ${tel}; a dataset cannot change its number`,
        fix: { nl: `Zet telefoon op "${tel}".`, en: `Set telefoon to "${tel}".` },
      };
    case 'crisis-datum':
      return {
        message: `${line.nl}; een dataset kan die niet zo dateren dat hij vandaag niet geldt`,
        en: `${line.en}; a dataset cannot date it so that it does not hold today`,
        fix: {
          nl: 'Zet geldigVanaf en geldigTot zoals in de landelijke dataset.',
          en: 'Set geldigVanaf and geldigTot as in the national dataset.',
        },
      };
  }
}

/** An overlay's crisis violations, in words (`file`: the overlay as messages name it). */
export function crisisProblems(base: Dataset, overlay: Overlay, file: string): Problem[] {
  return overlayViolations(base, overlay).map((v) =>
    problem({ file, path: v.field ? `${v.item}.${v.field}` : v.item, rule: v.rule, ...words(v) }),
  );
}

/** A full dataset's crisis violations, in words, at the place of the record concerned (`at`; `counters`: how messages name loketten.json). */
export function nationalLineProblems(ds: Dataset, at: Locate, today: string, counters = 'loketten.json'): Problem[] {
  return datasetViolations(ds, today).map((v) => {
    const where = v.record ? at(v.record) : { file: counters, path: 'loketten' };
    return problem({ file: where.file, path: v.item ? `${where.path}.${v.item}` : where.path, rule: v.rule, ...words(v) });
  });
}
