/**
 * The 342 municipalities of the CBS list "Gemeentelijke indeling op 1 januari 2026"
 * (regelingen/gemeenten-2026.json), searchable. Load this module with a dynamic import where the
 * list is needed (the municipality picker, or the name of a municipality without an overlay):
 * it then becomes its own chunk, outside the widget's main bundle (about 5 KB gzip).
 */
import list from '../../regelingen/gemeenten-2026.json';
import { createIndex, type MunicipalityEntry } from './search.js';

export * from './search.js';
export * from './generic.js';

/** Where the list comes from, for a source line under the picker. */
export const MUNICIPALITY_SOURCE = { titel: list.titel, jaar: list.jaar, indelingOp: list.indelingOp, bron: list.bron } as const;

/** All municipalities, in the CBS order of the file. */
export const MUNICIPALITIES: readonly MunicipalityEntry[] = list.gemeenten;

/** The prepared index over all municipalities (built when this module loads). */
export const MUNICIPALITY_INDEX = createIndex(MUNICIPALITIES);
