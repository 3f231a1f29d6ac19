// The build with the embedded dataset replaced by an empty stub: the widget code alone, as
// `npm run size` and `npm run bench` measure it.
import { join } from 'node:path';

export function emptyDataset(root) {
  const stub = join(root, 'scripts/empty-dataset.ts');
  return {
    name: 'empty-dataset',
    enforce: 'pre',
    resolveId(id, importer) {
      if (/default-dataset(\.js|\.ts)?$/.test(id) && importer?.includes('/src/dataset/')) return stub;
      return null;
    },
  };
}
