/**
 * The preview page (demo/preview.html): a file from disk (never uploaded) is validated with the
 * code the widget and `npm run validate` use, its problems are listed, the scenarios are run
 * against it, and, without errors, the widget runs with it from a blob: URL.
 */
import '../src/index.js';
import { SCENARIOS } from '../regelingen/scenarios/index.js';
import type { DatasetFiles } from '../src/dataset/merge.js';
import { errorsOf, formatProblem, type Problem } from '../src/dataset/problems.js';
import { parseJson } from '../src/dataset/json-text.js';
import { jsonProblem } from '../src/dataset/read-problems.js';
import { found } from '../src/dataset/rules.js';
import { runScenario } from '../src/tooling/run-scenario.js';
import type { Dataset, Scenario } from '../src/dataset/schema.js';
import { embeddedDataset, embeddedOverlay } from '../src/dataset/source.js';
import { validateDataset, validateOverlay, type Report } from '../src/dataset/validate.js';

const $ = <T extends Element>(sel: string) => document.querySelector<T>(`[data-${sel}]`)!;
const fileInput = $<HTMLInputElement>('file');
const gemeenteInput = $<HTMLInputElement>('gemeente');
const status = $<HTMLElement>('status');
let blobUrl: string | undefined;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

function showProblems(problems: Problem[]): void {
  const list = $<HTMLUListElement>('problems');
  list.replaceChildren(
    ...problems.map((p) => {
      const li = el('li', undefined, { 'data-level': p.level });
      li.append(
        el('span', p.level === 'fout' ? 'Fout: ' : 'Waarschuwing: ', { class: p.level }),
        el('code', formatProblem(p, 'nl')),
        el('br'),
        el('span', formatProblem(p, 'en'), { lang: 'en' }),
      );
      return li;
    }),
  );
  $<HTMLElement>('problems-section').hidden = problems.length === 0;
}

function showScenarios(rows: { file: string; s: Scenario; passed: boolean; failures: string[] }[]): void {
  $<HTMLTableSectionElement>('scenarios').replaceChildren(
    ...rows.map((r) => {
      const tr = el('tr', undefined, { 'data-scenario': r.file, 'data-passed': String(r.passed) });
      tr.append(el('td', `${r.s.naam} (${r.file})`), el('td', r.passed ? 'klopt' : 'klopt niet'), el('td', r.failures.join('; ')));
      return tr;
    }),
  );
  $<HTMLElement>('scenarios-section').hidden = rows.length === 0;
}

function showWidget(attrs: Record<string, string> | undefined): void {
  const host = $<HTMLElement>('widget');
  host.replaceChildren();
  $<HTMLElement>('widget-section').hidden = !attrs;
  if (attrs) host.append(el('regelingen-wizard', undefined, { lang: 'nl', ...attrs }));
}

/** The scenarios that belong to this data, each run against the dataset it is meant for. */
function scenarioRows(dataFor: (s: Scenario) => Dataset | undefined) {
  return Object.entries(SCENARIOS).flatMap(([file, s]) => {
    const ds = dataFor(s as Scenario);
    if (!ds) return [];
    const run = runScenario(ds, s as Scenario);
    return [{ file, s: s as Scenario, passed: run.passed, failures: run.failures.map((f) => f.nl) }];
  });
}

async function preview(file: File): Promise<void> {
  if (blobUrl) URL.revokeObjectURL(blobUrl);
  blobUrl = undefined;
  const text = await file.text();
  const gemeente = gemeenteInput.value.trim().toUpperCase() || undefined;
  const parsed = parseJson(text);
  let report: Report<Dataset>;
  let attrs: Record<string, string> | undefined;
  let rows: ReturnType<typeof scenarioRows> = [];
  if (!parsed.ok) {
    report = { problems: [jsonProblem(file.name, parsed)] };
  } else if (parsed.value && typeof parsed.value === 'object' && 'gemeente' in parsed.value) {
    report = validateOverlay(parsed.value, embeddedDataset(), { file: file.name, text, gemeente });
    const code = String((parsed.value as { gemeente: unknown }).gemeente);
    if (report.value) {
      const merged = report.value;
      rows = scenarioRows((s) => (!s.gemeente || s.gemeente === code ? merged : undefined));
      attrs = { gemeente: gemeente ?? code, 'overlay-url': '' };
    }
  } else if (parsed.value && typeof parsed.value === 'object' && 'vragen.json' in parsed.value) {
    report = validateDataset(parsed.value as DatasetFiles, { bundle: text, name: (f) => `${file.name} › ${f}` });
    if (report.value) {
      const ds = report.value;
      rows = scenarioRows((s) => {
        const overlay = embeddedOverlay(s.gemeente);
        if (!overlay) return ds;
        const merged = validateOverlay(overlay, ds, { file: `gemeenten/${s.gemeente}.json` }).value;
        return merged;
      });
      attrs = { 'dataset-url': '', ...(gemeente ? { gemeente } : {}) };
    }
  } else {
    const expected = {
      nl: 'een overlay ("gemeente") of een dataset ("vragen.json")',
      en: 'an overlay ("gemeente") or a dataset ("vragen.json")',
    };
    report = { problems: [{ file: file.name, path: '', ...found('soort', { expected }) }] };
  }
  const errors = errorsOf(report.problems).length;
  const warnings = report.problems.length - errors;
  if (attrs) {
    blobUrl = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    for (const k of Object.keys(attrs)) if (attrs[k] === '') attrs[k] = blobUrl;
  }
  showProblems(report.problems);
  showScenarios(rows);
  showWidget(errors ? undefined : attrs);
  const failed = rows.filter((r) => !r.passed).length;
  status.textContent = errors
    ? `${file.name}: ${errors} fout(en) en ${warnings} waarschuwing(en). Los de fouten op; dan draait de wijzer hier met dit bestand.`
    : `${file.name}: geen fouten, ${warnings} waarschuwing(en). ${rows.length} scenario('s): ${rows.length - failed} kloppen, ${failed} kloppen niet.`;
}

fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file) void preview(file);
});
gemeenteInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file) void preview(file);
});
document.documentElement.dataset['ready'] = 'true';
