/**
 * The validator's fixtures in test/dataset/fixtures/: the clean mini dataset, and a broken
 * dataset fixture applied to it (`wijzig`: the changes, each a file, a path and a value).
 */
import { expect } from '@open-wc/testing';
import type { DatasetFiles } from '../../src/dataset/merge.js';

export const fixture = async (name: string): Promise<string> => {
  const res = await fetch(new URL(`./fixtures/${name}`, import.meta.url));
  expect(res.ok, `fixtures/${name}`).to.equal(true);
  return res.text();
};
export const json = async (name: string): Promise<unknown> => JSON.parse(await fixture(name));

export async function mini(): Promise<DatasetFiles> {
  return {
    'vragen.json': await json('mini/vragen.json'),
    'cijfers.json': await json('mini/cijfers.json'),
    'loketten.json': await json('mini/loketten.json'),
    regelingen: { 'inkomen.json': await json('mini/regelingen/inkomen.json') },
  };
}

interface Change {
  bestand: string;
  pad: (string | number)[];
  waarde: unknown;
}
/** A dataset fixture: the mini dataset with the changes of `wijzig` applied. */
export async function broken(name: string): Promise<DatasetFiles> {
  const files = await mini();
  for (const op of ((await json(name)) as { wijzig: Change[] }).wijzig) {
    let node = (
      op.bestand.startsWith('regelingen/') ? files.regelingen[op.bestand.slice('regelingen/'.length)] : files[op.bestand as 'vragen.json']
    ) as Record<string | number, unknown>;
    for (const k of op.pad.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
    const last = op.pad[op.pad.length - 1]!;
    if (last === '-') (node as unknown as unknown[]).push(op.waarde);
    else node[last] = op.waarde;
  }
  return files;
}
