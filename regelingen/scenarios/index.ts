/// <reference types="vite/client" />
/**
 * Every scenario fixture of regelingen/scenarios/, found, not registered: add a JSON file here
 * (with "$schema": "../schema/scenario.schema.json") and the tests, the bench and the preview
 * page pick it up. Vite's import.meta.glob; the tests and the bench expand it the same way
 * (scripts/dataset-files.mjs). The shape is the zod ScenarioSchema (src/dataset/schema.ts).
 */
import type { Scenario } from '../../src/dataset/schema.js';

export type { Scenario };

const files = import.meta.glob('./*.json', { eager: true, import: 'default' });

/** File name → fixture, in name order. */
export const SCENARIOS: Record<string, Scenario> = Object.fromEntries(
  Object.keys(files).sort().map((path) => [path.slice(path.lastIndexOf('/') + 1), files[path] as Scenario]),
);
