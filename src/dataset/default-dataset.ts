/// <reference types="vite/client" />
/**
 * The national dataset embedded in the bundle: every file of regelingen/, found, not registered
 * (Vite's import.meta.glob; the tests and the bench expand it the same way, see
 * scripts/dataset-files.mjs). Files are taken in name order, the order the JSON build
 * (vite.config.ts) uses too, so the embedded and the hosted dataset are the same.
 */
import vragen from '../../regelingen/vragen.json';
import cijfers from '../../regelingen/cijfers.json';
import loketten from '../../regelingen/loketten.json';
import type { DatasetFiles } from './merge.js';

/** File name (without folder) → content, in name order. */
function byName(modules: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(modules)
      .sort()
      .map((path) => [path.slice(path.lastIndexOf('/') + 1), modules[path]]),
  );
}

export const DEFAULT_FILES: DatasetFiles = {
  'vragen.json': vragen,
  'cijfers.json': cijfers,
  'loketten.json': loketten,
  regelingen: byName(import.meta.glob('../../regelingen/regelingen/*.json', { eager: true, import: 'default' })),
};

/**
 * Overlays shipped with the widget, by CBS municipality code (the file name without .json). A
 * municipality without an overlay gets the national dataset with the generic wording of the
 * counter roles.
 */
export const DEFAULT_OVERLAYS: Record<string, unknown> = Object.fromEntries(
  Object.entries(byName(import.meta.glob('../../regelingen/gemeenten/GM*.json', { eager: true, import: 'default' }))).map(
    ([file, overlay]) => [file.replace(/\.json$/, ''), overlay],
  ),
);

/**
 * Undefined here: the data above is there when this module is. The build replaces this module
 * (vite.config.ts) by one that loads the data as a chunk of its own and sets `ready` to the
 * promise of that load.
 */
export const ready: Promise<void> | undefined = undefined;
