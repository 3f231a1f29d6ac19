/** The screen modules, one per public `scherm` of the view (src/flow/view.ts). */
import type { Scherm, View } from '../../flow/view.js';
import type { Screen } from './common.js';
import { startScreen } from './start.js';
import { questionScreen } from './question.js';
import { reviewScreen } from './review.js';
import { resultScreen } from './result.js';
import { errorScreen, loadingScreen } from './status.js';

export const SCREENS: { [K in Scherm]: Screen<Extract<View, { scherm: K }>> } = {
  laden: loadingScreen,
  fout: errorScreen,
  start: startScreen,
  vragen: questionScreen,
  overzicht: reviewScreen,
  resultaat: resultScreen,
};
