// Types of scripts/dataset-folder.mjs, for vite.config.ts.
import type { DatasetFiles } from '../src/dataset/merge.js';

export function jsonFiles(dir: string, sub: string): string[];
export const readJson: (dir: string) => (rel: string) => unknown;
export const readJsonWithoutSchema: (dir: string) => (rel: string) => Record<string, unknown>;
export function readDatasetFolder(dir: string, read?: (rel: string) => unknown): DatasetFiles;
export function readLocal(file: string, folder?: string): { text: string; error?: undefined } | { error: string; text?: undefined };
export const isLink: (path: string) => boolean;
