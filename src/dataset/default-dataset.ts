/**
 * The national dataset embedded in the bundle: every file of regelingen/. Add a new file of
 * regelingen here as one import and one entry (the dataset lint checks none is forgotten).
 */
import vragen from '../../regelingen/vragen.json';
import cijfers from '../../regelingen/cijfers.json';
import loketten from '../../regelingen/loketten.json';
import wmo from '../../regelingen/regelingen/wmo.json';
import mantelzorg from '../../regelingen/regelingen/mantelzorg.json';
import participatie from '../../regelingen/regelingen/participatie.json';
import schulden from '../../regelingen/regelingen/schulden.json';
import inkomen from '../../regelingen/regelingen/inkomen.json';
import type { DatasetFiles } from './load.js';

export const DEFAULT_FILES: DatasetFiles = {
  'vragen.json': vragen,
  'cijfers.json': cijfers,
  'loketten.json': loketten,
  regelingen: {
    'wmo.json': wmo,
    'mantelzorg.json': mantelzorg,
    'participatie.json': participatie,
    'schulden.json': schulden,
    'inkomen.json': inkomen,
  },
};

/** Overlays shipped with the widget, by CBS municipality code. */
export const DEFAULT_OVERLAYS: Record<string, unknown> = {};
