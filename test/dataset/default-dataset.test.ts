import { expect } from '@open-wc/testing';
import { DEFAULT_FILES } from '../../src/dataset/default-dataset.js';
import { parseDataset } from '../../src/dataset/validate.js';

describe('the default dataset', () => {
  it('validates, with all references resolved', () => {
    const ds = parseDataset(DEFAULT_FILES);
    expect(ds.regelingen.length).to.be.greaterThan(4);
  });
});
