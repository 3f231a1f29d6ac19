/** Stand-in for src/dataset/default-dataset.ts in the size measurement: the widget without its data. */
import type { DatasetFiles } from '../src/dataset/merge.js';

export const DEFAULT_FILES: DatasetFiles = {
  'vragen.json': { vragen: [] },
  'cijfers.json': { cijfers: [] },
  'loketten.json': { loketten: [] },
  regelingen: {},
};
export const DEFAULT_OVERLAYS: Record<string, unknown> = {};
export const ready: Promise<void> | undefined = undefined;
