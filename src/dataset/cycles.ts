/**
 * Cycles between figures and derived facts: a figure whose value depends (`als`) on a derived
 * fact that is a percentage of that figure, or figures that refer to each other. The engine
 * would recurse for ever; found here without recursion.
 */
import type { Locate } from './check-scope.js';
import { figuresOf, leaves } from './condition-tree.js';
import { problem, type Problem } from './problems.js';
import { found } from './rules.js';
import type { Dataset } from './schema.js';

export function cycles(ds: Dataset, at: Locate): Problem[] {
  const edges = new Map<string, string[]>();
  const derived = new Map(ds.afgeleid.map((x) => [x.id, x]));
  for (const x of ds.afgeleid) edges.set(`feit:${x.id}`, [`cijfer:${x.van}`]);
  for (const f of ds.cijfers) {
    const next: string[] = [];
    for (const w of f.waarden) {
      if (!w.als) continue;
      for (const { leaf } of leaves(w.als, '')) {
        if (derived.has(leaf.feit)) next.push(`feit:${leaf.feit}`);
        for (const c of figuresOf(leaf)) next.push(`cijfer:${c}`);
      }
    }
    edges.set(`cijfer:${f.id}`, next);
  }
  const out: Problem[] = [];
  const state = new Map<string, 1 | 2>(); // 1: on the path, 2: done
  for (const start of edges.keys()) {
    if (state.has(start)) continue;
    const stack: { node: string; i: number }[] = [{ node: start, i: 0 }];
    state.set(start, 1);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const next = (edges.get(top.node) ?? [])[top.i++];
      if (next === undefined) {
        state.set(top.node, 2);
        stack.pop();
        continue;
      }
      if (state.get(next) === 1) {
        const ring = [...stack.slice(stack.findIndex((s) => s.node === next)).map((s) => s.node), next];
        const [kind, id] = next.split(':') as [string, string];
        const record = kind === 'cijfer' ? ds.cijfers.find((f) => f.id === id) : derived.get(id);
        const where = record ? at(record) : { file: 'cijfers.json', path: '' };
        out.push(problem({ ...where, ...found('kring', { ring: ring.map((n) => n.replace(':', ' ')).join(' → ') }) }));
      } else if (!state.has(next) && edges.has(next)) {
        state.set(next, 1);
        stack.push({ node: next, i: 0 });
      }
    }
  }
  return out;
}
