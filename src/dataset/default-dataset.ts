/**
 * The national dataset embedded in the bundle: every file of regelingen/. Add a new file of
 * regelingen here as one import and one entry (the dataset lint checks none is forgotten).
 */
import vragen from '../../regelingen/vragen.json';
import cijfers from '../../regelingen/cijfers.json';
import loketten from '../../regelingen/loketten.json';
import wmo from '../../regelingen/regelingen/wmo.json';
import mantelzorg from '../../regelingen/regelingen/mantelzorg.json';
import jeugd from '../../regelingen/regelingen/jeugd.json';
import participatie from '../../regelingen/regelingen/participatie.json';
import schulden from '../../regelingen/regelingen/schulden.json';
import inkomen from '../../regelingen/regelingen/inkomen.json';
import zorg from '../../regelingen/regelingen/zorg.json';
import werkgevers from '../../regelingen/regelingen/werkgevers.json';
import wonen from '../../regelingen/regelingen/wonen.json';
import veiligheid from '../../regelingen/regelingen/veiligheid.json';
import utrecht from '../../regelingen/gemeenten/GM0344.json';
import eindhoven from '../../regelingen/gemeenten/GM0772.json';
import type { DatasetFiles } from './load.js';

export const DEFAULT_FILES: DatasetFiles = {
  'vragen.json': vragen,
  'cijfers.json': cijfers,
  'loketten.json': loketten,
  regelingen: {
    'veiligheid.json': veiligheid,
    'wmo.json': wmo,
    'mantelzorg.json': mantelzorg,
    'jeugd.json': jeugd,
    'participatie.json': participatie,
    'schulden.json': schulden,
    'inkomen.json': inkomen,
    'zorg.json': zorg,
    'werkgevers.json': werkgevers,
    'wonen.json': wonen,
  },
};

/**
 * Overlays shipped with the widget, by CBS municipality code. A municipality without an
 * overlay gets the national dataset with the generic wording of the counter roles.
 */
export const DEFAULT_OVERLAYS: Record<string, unknown> = {
  GM0344: utrecht,
  GM0772: eindhoven,
};
