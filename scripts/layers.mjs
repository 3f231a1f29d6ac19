#!/usr/bin/env node
// The layers of src/, lowest first. A file may import a file of its own folder or of a folder
// in a LOWER layer, never one in the same layer or higher. Every import counts: value,
// type-only (`import type`, `import { type X }`, `typeof import()`) and dynamic (`import()`).
//
//   0  regelingen      the declarative data (JSON files outside src/, imported by dataset, municipalities)
//      crisis          the national crisis lines the widget carries itself (imports nothing)
//   1  dataset         the data model (zod), loading, validation, merge, condition-tree
//   2  engine          pure functions over a dataset and answers
//   3  handover, municipalities, i18n
//                      the hand-over link, the municipality list, the UI strings
//   4  flow, tooling   the XState machine and its view; tools over the engine (run-scenario)
//   5  ui              the Lit element and its screens
//   6  (root)          src/index.ts, the package entry
//
// `npm run layers` prints the edges between folders (per kind, with a count) and fails on an
// import back up (or sideways across) a layer, and on any cycle between files. CI runs it.
// Usage: node scripts/layers.mjs [--quiet]
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const LAYERS = [
  ['regelingen', 'crisis'],
  ['dataset'],
  ['engine'],
  ['handover', 'municipalities', 'i18n'],
  ['flow', 'tooling'],
  ['ui'],
  ['(root)'],
];

const rank = new Map(LAYERS.flatMap((folders, i) => folders.map((f) => [f, i])));

/** Every .ts file under dir. */
function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/**
 * The source with comments blanked (kept: strings, template text and line breaks, so that
 * positions and line numbers hold). A small lexer: strings, templates with `${}`, regex literals.
 */
export function blankComments(text) {
  let out = '';
  let i = 0;
  const braces = []; // per open `${`: the depth of `{` inside it
  let prev = ''; // last significant character of code
  while (i < text.length) {
    const c = text[i];
    const n = text[i + 1];
    if (c === '/' && n === '/') {
      while (i < text.length && text[i] !== '\n') {
        out += ' ';
        i++;
      }
      continue;
    }
    if (c === '/' && n === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      out += text.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
      prev = c;
      continue;
    }
    if (c === '`' || (c === '}' && braces.length && braces.at(-1) === 0)) {
      if (c === '}') braces.pop();
      let j = i + 1;
      while (j < text.length && text[j] !== '`' && !(text[j] === '$' && text[j + 1] === '{')) j += text[j] === '\\' ? 2 : 1;
      if (text[j] === '$') {
        braces.push(0);
        j += 2;
      } else j += 1;
      out += text.slice(i, j);
      i = j;
      prev = '`';
      continue;
    }
    if (c === '/' && (prev === '' || '(,=:[!&|?{};+-*%<>~^'.includes(prev))) {
      // a regex literal
      let j = i + 1;
      let cls = false;
      while (j < text.length && text[j] !== '\n' && (cls || text[j] !== '/')) {
        if (text[j] === '\\') j++;
        else if (text[j] === '[') cls = true;
        else if (text[j] === ']') cls = false;
        j++;
      }
      out += text.slice(i, j + 1);
      i = j + 1;
      prev = 'x';
      continue;
    }
    if (c === '{' && braces.length) braces[braces.length - 1]++;
    if (c === '}' && braces.length) braces[braces.length - 1]--;
    if (!/\s/.test(c)) prev = /[\w$)\]]/.test(c) ? 'x' : c;
    out += c;
    i++;
  }
  return out;
}

/** The imports of one file: { spec, kind: 'value' | 'type' | 'dynamic' | 'dynamic-type', line }. */
export function importsOf(text) {
  const code = blankComments(text);
  const found = [];
  const line = (at) => code.slice(0, at).split('\n').length;
  // static: import … from 'x', export … from 'x', import 'x'
  const statics =
    /(^|[;\n}])\s*(import|export)\s+(?:(type)\s+)?([^;'"`]*?)\s*from\s*(['"])([^'"]+)\5|(^|[;\n])\s*import\s*(['"])([^'"]+)\8/g;
  for (const m of code.matchAll(statics)) {
    if (m[9]) {
      found.push({ spec: m[9], kind: 'value', line: line(m.index + m[0].indexOf('import', m[7].length)) });
      continue;
    }
    const clause = m[4];
    const named = /^\{([\s\S]*)\}$/.exec(clause.trim());
    const allTypes =
      !!m[3] ||
      !!named?.[1]
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .every((s) => s.startsWith('type '));
    found.push({ spec: m[6], kind: allTypes ? 'type' : 'value', line: line(m.index + m[0].indexOf(m[2], m[1].length)) });
  }
  for (const m of code.matchAll(/(\btypeof\s+)?\bimport\s*\(\s*(['"])([^'"]+)\2\s*\)/g))
    found.push({ spec: m[3], kind: m[1] ? 'dynamic-type' : 'dynamic', line: line(m.index) });
  return found;
}

function resolveSpec(from, spec) {
  if (!spec.startsWith('.')) return undefined; // a package
  const base = resolve(dirname(from), spec);
  for (const p of [base.replace(/\.js$/, '.ts'), base, `${base}.ts`, join(base, 'index.ts')])
    if (existsSync(p) && statSync(p).isFile()) return p;
  return base;
}

/** The folder under src/ (or `(root)`); for a file outside src/, its top folder (`regelingen`). */
const folderOf = (root, src, file) => {
  const rel = relative(src, file);
  if (rel.startsWith('..')) return relative(root, file).split('/')[0];
  return rel.includes('/') ? rel.split('/')[0] : '(root)';
};

/** Checks the imports of `root`/src (default: this repository). */
export function analyse(root = resolve(import.meta.dirname, '..')) {
  const src = join(root, 'src');
  const graph = new Map(); // file -> [{ to, kind, line }]
  for (const f of files(src)) {
    const edges = [];
    for (const imp of importsOf(readFileSync(f, 'utf8'))) {
      const to = resolveSpec(f, imp.spec);
      if (to) edges.push({ to, kind: imp.kind, line: imp.line, spec: imp.spec });
    }
    graph.set(f, edges);
  }
  const problems = [];
  const folderEdges = new Map(); // "a → b" -> { kind: count }
  for (const [from, edges] of graph) {
    const a = folderOf(root, src, from);
    for (const e of edges) {
      const b = folderOf(root, src, e.to);
      if (!existsSync(e.to)) problems.push(`${relative(root, from)}:${e.line}: import "${e.spec}" does not resolve to a file`);
      if (a === b) continue;
      const key = `${a} → ${b}`;
      const counts = folderEdges.get(key) ?? {};
      counts[e.kind] = (counts[e.kind] ?? 0) + 1;
      folderEdges.set(key, counts);
      const ra = rank.get(a);
      const rb = rank.get(b);
      if (ra === undefined) problems.push(`${relative(root, from)}: folder src/${a} has no layer (add it to LAYERS in scripts/layers.mjs)`);
      else if (rb === undefined || rb >= ra)
        problems.push(
          `${relative(root, from)}:${e.line}: ${a} (layer ${ra}) imports ${b} (layer ${rb ?? '?'}, ${e.kind}): an import back up a layer`,
        );
    }
  }
  // cycles between files, over every kind of import (iterative DFS)
  const targets = new Map([...graph].map(([f, edges]) => [f, [...new Set(edges.map((e) => e.to))]]));
  const state = new Map();
  const cycles = [];
  for (const start of graph.keys()) {
    if (state.has(start)) continue;
    const stack = [{ node: start, i: 0 }];
    state.set(start, 1);
    while (stack.length) {
      const top = stack.at(-1);
      const next = (targets.get(top.node) ?? [])[top.i++];
      if (next === undefined) {
        state.set(top.node, 2);
        stack.pop();
      } else if (state.get(next) === 1) {
        const ring = [...stack.slice(stack.findIndex((s) => s.node === next)).map((s) => s.node), next];
        cycles.push(ring.map((f) => relative(src, f)).join(' → '));
      } else if (!state.has(next) && graph.has(next)) {
        state.set(next, 1);
        stack.push({ node: next, i: 0 });
      }
    }
  }
  for (const c of cycles) problems.push(`cycle: ${c}`);
  return { files: graph.size, folderEdges, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const quiet = process.argv.includes('--quiet');
  const { files: n, folderEdges, problems } = analyse();
  if (!quiet) {
    console.log(`Layers (lowest first): ${LAYERS.map((l) => l.join(', ')).join(' | ')}`);
    console.log(`Imports between folders of src/ (${n} files):`);
    for (const [key, counts] of [...folderEdges].sort(([a], [b]) => a.localeCompare(b)))
      console.log(
        `  ${key}: ${Object.entries(counts)
          .map(([k, v]) => `${v} ${k}`)
          .join(', ')}`,
      );
  }
  for (const p of problems) console.log(p);
  console.log(
    `${problems.length} problem(s): ${problems.length ? 'imports against the layers or cycles (see above)' : 'no import back up a layer, no cycle'}`,
  );
  process.exit(problems.length ? 1 : 0);
}
