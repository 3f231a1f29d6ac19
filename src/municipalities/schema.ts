/**
 * The shape of regelingen/gemeenten-2026.json (the CBS list of municipalities), as a zod/mini
 * schema for the tests and for `node scripts/gemeenten-schema.mjs`, which writes the JSON Schema
 * beside the data (regelingen/gemeenten-2026.schema.json) for editors. The widget never loads
 * zod for this file: it is checked by the tests, not at run time.
 */
import * as z from '../dataset/zod.js';

const d = <T extends z.ZodMiniType>(schema: T, text: string): T => schema.check(z.describe(text)) as T;
const nonEmpty = z.string().check(z.minLength(1, 'mag niet leeg zijn'));
const https = (text: string) => d(z.url({ protocol: /^https$/ }), `${text} Een https-adres. / An https address.`);

export const MunicipalitySchema = d(
  z.strictObject({
    code: d(
      z.string().check(z.regex(/^GM\d{4}$/, 'verwacht een CBS-gemeentecode als GM0344')),
      'CBS-gemeentecode. / CBS municipality code.',
    ),
    naam: d(nonEmpty, 'Naam zoals het CBS die schrijft ("\'s-Gravenhage", "Bergen (NH.)"). / Name as CBS spells it.'),
    provincie: d(nonEmpty, 'Provincie. / Province.'),
    zoekwoorden: z.optional(
      d(
        z.array(nonEmpty).check(z.minLength(1)),
        'Geen CBS-gegevens: gangbare namen waarop het zoeken ook vindt ("Den Haag"). / Not CBS data: common names the search also finds.',
      ),
    ),
  }),
  'Een gemeente. / A municipality.',
);

export const MunicipalitiesFileSchema = d(
  z.strictObject({
    $schema: z.optional(d(z.string(), 'Het JSON Schema van dit bestand. / The JSON Schema of this file.')),
    titel: d(nonEmpty, 'Titel van de CBS-lijst. / Title of the CBS list.'),
    jaar: d(z.number(), 'Het jaar van de indeling. / The year of the division.'),
    indelingOp: d(z.iso.date(), 'De dag waarop deze indeling geldt (JJJJ-MM-DD). / The day this division applies.'),
    bron: https('De CBS-pagina van de lijst. / The CBS page of the list.'),
    bestand: https('Het CBS-bestand (xlsx). / The CBS file (xlsx).'),
    peildatum: d(z.iso.date(), 'De dag waarop de lijst is nagekeken. / The day the list was checked.'),
    toelichting: d(z.strictObject({ nl: nonEmpty, en: nonEmpty }), 'Waar de lijst vandaan komt. / Where the list comes from.'),
    gemeenten: d(
      z.array(MunicipalitySchema).check(z.minLength(1)),
      'Alle gemeenten, in de volgorde van het CBS. / All municipalities, in CBS order.',
    ),
  }),
  'De CBS-lijst van gemeenten. / The CBS list of municipalities.',
);

export type Municipality = z.infer<typeof MunicipalitySchema>;
export type MunicipalitiesFile = z.infer<typeof MunicipalitiesFileSchema>;
