/**
 * A municipality without an overlay: its own name plus the dataset's honest general wording per
 * municipal counter role ("Neem contact op met uw gemeente. Vraag naar het Wmo-loket…"). A
 * website only where we have a source for it: the municipality's overlay (its general contact).
 * Otherwise the national directory of government organisations, which lists every
 * municipality's contact details. Never a made-up address or phone number.
 */
import type { Contact, Counter, Overlay, Text } from '../dataset/model.js';
import { displayName, findMunicipality, type MunicipalityEntry, type MunicipalityIndex } from './search.js';

/** The national directory of municipalities (Overheidsorganisaties), used where we have no source for a municipality's own website. */
export const DIRECTORY_URL = 'https://organisaties.overheid.nl/Gemeenten/';

export interface GenericCounter {
  /** The counter role's id in loketten.json (`wmo-loket`). */
  loket: string;
  naam: Text;
  /** The dataset's general wording for this role. */
  algemeen: Text;
}

export interface MunicipalityWebsite {
  url: string;
  /** Where the address comes from. */
  bron: string;
  /** `gemeente`: the municipality's own site (from its overlay); `gids`: the national directory. */
  soort: 'gemeente' | 'gids';
  /** The link text, naming the municipality. */
  tekst: Text;
}

export interface GenericMunicipality {
  code: string;
  /** The CBS name ("'s-Gravenhage"). */
  naam: string;
  /** For a heading: "Gemeente 's-Gravenhage (Den Haag)" / "Municipality of 's-Gravenhage (Den Haag)". */
  titel: Text;
  website: MunicipalityWebsite;
  /** Every municipal role of the dataset, with its general wording, in the dataset's order. */
  loketten: GenericCounter[];
}

function website(name: string, overlay: Overlay | undefined): MunicipalityWebsite {
  const own: Contact | undefined = overlay?.loketten?.['gemeente-algemeen'];
  if (own?.website) {
    return {
      url: own.website,
      bron: own.bron,
      soort: 'gemeente',
      tekst: { nl: `Website van de gemeente ${name}`, en: `Website of the municipality of ${name}` },
    };
  }
  return {
    url: DIRECTORY_URL,
    bron: DIRECTORY_URL,
    soort: 'gids',
    tekst: {
      nl: `Zoek de contactgegevens van de gemeente ${name} in de landelijke gids van de overheid`,
      en: `Find the contact details of the municipality of ${name} in the government's national directory`,
    },
  };
}

/**
 * The name and general wording for municipality `code`, or undefined when the CBS list does not
 * have the code. `counters` are the dataset's loketten (only the roles, `soort: "rol"`, are used);
 * `overlay`, when given and for the same code, supplies a sourced website.
 */
export function genericMunicipality(
  code: string,
  counters: readonly Counter[],
  index: MunicipalityIndex<MunicipalityEntry>,
  overlay?: Overlay,
): GenericMunicipality | undefined {
  const entry = findMunicipality(index, code);
  if (!entry) return undefined;
  const name = displayName(entry);
  const own = overlay && overlay.gemeente.toUpperCase() === entry.code ? overlay : undefined;
  return {
    code: entry.code,
    naam: entry.naam,
    titel: { nl: `Gemeente ${name}`, en: `Municipality of ${name}` },
    website: website(name, own),
    loketten: counters.filter((c) => c.soort === 'rol').map((c) => ({ loket: c.id, naam: c.naam, algemeen: c.algemeen ?? c.naam })),
  };
}
