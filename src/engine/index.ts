/** The rules engine: pure functions over a dataset and answers. No DOM, no XState. */
export { makeContext, today } from './context.js';
export { analyse, missing, type Analysis } from './relevance.js';
export { evaluate, describe, justify, CONDITION_KINDS, formatAmount } from './conditions.js';
export { explain, explainAll, figureYears, applicable, isValid, conditionOf, inTopics } from './evaluate.js';
export { ALL_TOPICS, inPerspective } from '../dataset/model.js';
export { nextQuestion, walk, type Step, type Walk } from './next-question.js';
export { route, crisisRoutes, type Route } from './route.js';
export type * from './types.js';
