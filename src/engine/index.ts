/** The rules engine: pure functions over a dataset and answers. No DOM, no XState. */
export { makeContext, today } from './context.js';
export { analyse, missing, type Analysis } from './relevance.js';
export { evaluate, describe, justify, CONDITION_KINDS, formatAmount } from './conditions.js';
export { explain, explainAll, figureYears, applicable, isValid, conditionOf, inTopics } from './outcome.js';
export { ALL_TOPICS, inPerspective } from '../dataset/model.js';
export { walk, type Walk } from './walk.js';
export { route, crisisRoutes, type Route } from './route.js';
export type * from './types.js';
