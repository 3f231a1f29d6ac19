/**
 * The screens of the questions and the review: a module the element loads with the machine
 * (src/ui/screens/index.ts, `loadJourney`), behind the start screen, which needs neither.
 */
export { questionScreen } from './question.js';
export { reviewScreen } from './review.js';
