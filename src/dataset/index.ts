export * from './schema.js';
export { parseDataset, parseOverlay, mergeOverlay, type DatasetFiles } from './load.js';
export { DatasetError, formatProblem, checkReferences, type Problem } from './problems.js';
export { parseFile } from './validate.js';
