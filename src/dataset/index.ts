export * from './schema.js';
export { parseDataset, parseOverlay, mergeOverlay, type DatasetFiles } from './load.js';
export { DatasetError, formatProblem, checkReferences, parseFile, type Problem } from './validate.js';
