/**
 * The national crisis lines, in the widget itself: shown while anything loads, on the error
 * screen and in "Direct hulp nodig?" on every screen, whatever the dataset, the check date or
 * the network does. Copied from regelingen/loketten.json (checked by an audit; a test keeps the
 * two equal) and from its sources. This file imports nothing, so nothing can hold it back.
 */

export interface CrisisLine {
  /** The counter id in loketten.json (112 has no counter there). */
  id: string;
  naam: { nl: string; en: string };
  telefoon: string;
  /** When to call, one short sentence. */
  wanneer: { nl: string; en: string };
  bron: string;
  peildatum: string;
  /** A full dataset must carry this line as a crisis counter with this number, and a crisis regeling for it. */
  inDataset?: true;
}

export const CRISIS_LINES: readonly CrisisLine[] = [
  {
    id: '112',
    naam: { nl: 'Alarmnummer', en: 'Emergency number' },
    telefoon: '112',
    wanneer: { nl: 'Bij direct gevaar.', en: 'In immediate danger.' },
    bron: 'https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/vraag-en-antwoord/wat-moet-ik-doen-bij-huiselijk-geweld',
    peildatum: '2026-11-01',
  },
  {
    id: '113-zelfmoordpreventie',
    naam: { nl: '113 Zelfmoordpreventie', en: '113 Suicide Prevention' },
    telefoon: '113',
    wanneer: { nl: 'Denkt u aan zelfdoding? Praat erover.', en: 'Are you thinking about suicide? Talk about it.' },
    bron: 'https://www.113.nl',
    peildatum: '2026-11-01',
    inDataset: true,
  },
  {
    id: 'veilig-thuis',
    naam: { nl: 'Veilig Thuis', en: 'Veilig Thuis (Safe at Home)' },
    telefoon: '0800 2000',
    wanneer: {
      nl: 'Advies en hulp bij huiselijk geweld en kindermishandeling.',
      en: 'Advice and help with domestic violence and child abuse.',
    },
    bron: 'https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/vraag-en-antwoord/wat-moet-ik-doen-bij-huiselijk-geweld',
    peildatum: '2026-11-01',
    inDataset: true,
  },
  {
    id: 'kindertelefoon',
    naam: { nl: 'De Kindertelefoon', en: "De Kindertelefoon (children's helpline)" },
    telefoon: '0800 0432',
    wanneer: { nl: 'Voor kinderen en jongeren van 8 tot 18 jaar.', en: 'For children and young people aged 8 to 17.' },
    bron: 'https://www.vriendenkindertelefoon.nl/kindertelefoon',
    peildatum: '2026-11-24',
  },
];

/** Digits only: "0800 2000" and "0800-2000" are one number. */
export const digits = (phone: string) => phone.replace(/[^0-9+]/g, '');
