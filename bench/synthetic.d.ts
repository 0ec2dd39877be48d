import type { Dataset } from '../src/data/types.js';

export function mulberry32(seed: number): () => number;
export function syntheticDataset(n: number, seed?: number): Dataset;
export function visItems(dataset: Dataset): Record<string, unknown>[];
