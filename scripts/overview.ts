/**
 * The overview for a policy team (npm run overview): every regeling with its conditions in plain
 * Dutch (the engine's own `describe`, so the words are those the widget shows), who it is for,
 * the counter, source, legal basis and dates, and which scenarios show it; every figure with its
 * value per period, for whom (its `als`), unit and source; then the counters with their contacts
 * and the scenarios, each with whether it holds. Pure: data in, HTML and Markdown out
 * (scripts/overview.mjs writes them, and exits non-zero when a scenario does not hold).
 */
import { describe as describeCondition } from '../src/engine/conditions.js';
import { makeContext } from '../src/engine/context.js';
import type { Context } from '../src/engine/types.js';
import { fold } from '../src/dataset/condition-tree.js';
import { PERSPECTIVES, inPerspective } from '../src/dataset/model.js';
import { combine } from '../src/dataset/merge.js';
import { runScenario } from '../src/tooling/run-scenario.js';
import type { Condition, Contact, Dataset, Figure, Formula, Overlay, Regeling, Scenario } from '../src/dataset/schema.js';
import { validEntries } from '../src/engine/facts.js';

export interface OverviewInput {
  national: Dataset;
  overlays: Overlay[];
  scenarios: Record<string, Scenario>;
  /** The check date for figures in the conditions (JJJJ-MM-DD). */
  datum: string;
}

/** A condition as a tree of plain-Dutch lines. */
interface Line {
  text: string;
  parts?: Line[];
}

function tree(c: Condition, ctx: Context): Line {
  return fold<Line>(c, {
    leaf: (l) => ({ text: describeCondition(l, ctx, 'nl') }),
    alle: (parts) => ({ text: 'Alle volgende:', parts }),
    'een-van': (parts) => ({ text: 'Minstens één van:', parts }),
    // A `niet` with its own text is one line, as the person reads it (its inner part is not shown).
    niet: (part, c) => (c.tekst ? { text: `${c.tekst.nl} (niet zo: ${part.text})` } : { text: 'Niet zo:', parts: [part] }),
  });
}

const NAMES: Record<string, string> = { som: 'som', verschil: 'verschil', maal: 'product', max: 'grootste van', kleinste: 'kleinste van' };
/** A `bedrag` formula in plain Dutch, with the figures it uses and their value on the check date. */
function formulaText(f: Formula, ctx: Context, figures: Map<string, string>): string {
  if (typeof f === 'number') return String(f).replace('.', ',');
  if ('cijfer' in f) {
    const fig = ctx.figures.get(f.cijfer);
    const vs = fig ? validEntries(ctx, fig).flatMap((w) => (typeof w.waarde === 'number' ? [w.waarde] : [w.waarde.van, w.waarde.tot])) : [];
    const range = vs.length
      ? `${Math.min(...vs)} tot ${Math.max(...vs)}${fig!.waarden.some((w) => w.als) ? ' (per huishouden)' : ''}`
      : 'geen geldige waarde';
    figures.set(f.cijfer, `${fig?.naam.nl ?? f.cijfer} op de peildatum: ${range.replaceAll('.', ',')} (bron ${fig?.bron ?? '?'})`);
    return fig?.naam.nl ?? f.cijfer;
  }
  if ('feit' in f) return `het antwoord "${(ctx.questions.get(f.feit) ?? ctx.derived.get(f.feit))?.label.nl ?? f.feit}"`;
  if ('als' in f)
    return `als ${describeCondition(f.als, ctx, 'nl')}: ${formulaText(f.dan, ctx, figures)}, anders ${formulaText(f.anders, ctx, figures)}`;
  if ('gedeeld' in f) return `(${formulaText(f.gedeeld[0], ctx, figures)} gedeeld door ${formulaText(f.gedeeld[1], ctx, figures)})`;
  const [key, parts] = Object.entries(f)[0] as [string, Formula[]];
  return `${NAMES[key] ?? key} (${parts.map((x) => formulaText(x, ctx, figures)).join('; ')})`;
}

/** "Bedrag" in the overview: the formula, the period, and each figure with its value and source. */
function amountText(r: Regeling, ctx: Context): string | undefined {
  if (!r.bedrag) return undefined;
  const figures = new Map<string, string>();
  const text = formulaText(r.bedrag.formule, ctx, figures);
  return `per ${r.bedrag.per}: ${text}${figures.size ? `. Cijfers: ${[...figures.values()].join('; ')}` : ''}${r.bedrag.rekenhulp ? `. Rekenhulp: ${r.bedrag.rekenhulp}` : ''}${r.bedrag.toeslag ? '. Voorschot: de uitslag noemt het bedrag bij 10% meer inkomen' : ''}`;
}

const PERSPECTIVE_NL = {
  zelf: 'de persoon zelf',
  mantelzorger: 'mantelzorger',
  werkgever: 'werkgever',
  professional: 'huisarts of andere professional',
} as const;
const LEVEL_NL = {
  landelijk: 'landelijk',
  gemeentelijk: 'gemeentelijk',
  'landelijk-en-gemeentelijk': 'landelijk en gemeentelijk',
} as const;

interface Entry {
  r: Regeling;
  where: string;
  conditions: Line;
  urgent?: Line;
  /** The amount formula in words, with its figures (regelingen with a `bedrag`). */
  bedrag?: string;
  scenarios: string[];
}

function model(input: OverviewInput) {
  const { national, overlays, scenarios, datum } = input;
  const merged = new Map<string, Dataset>(overlays.map((o) => [o.gemeente, combine(national, o)]));
  // which scenarios show which regeling, by running them as the tests do
  const shownBy = new Map<string, string[]>();
  const runs: { file: string; s: Scenario; passed: boolean; failures: string[] }[] = [];
  for (const [file, s] of Object.entries(scenarios)) {
    const ds = (s.gemeente && merged.get(s.gemeente)) || national;
    const run = runScenario(ds, s);
    runs.push({ file, s, passed: run.passed, failures: run.failures.map((f) => f.nl) });
    for (const id of run.shown) shownBy.set(id, [...(shownBy.get(id) ?? []), file]);
  }
  const ctxFor = (ds: Dataset) => makeContext(ds, {}, { perspectief: 'zelf', datum });
  const entry = (r: Regeling, where: string, ds: Dataset): Entry => ({
    r,
    where,
    conditions: tree(r.voorwaarden, ctxFor(ds)),
    urgent: r.urgentAls && tree(r.urgentAls, ctxFor(ds)),
    bedrag: amountText(r, ctxFor(ds)),
    scenarios: shownBy.get(r.id) ?? [],
  });
  const entries = [
    ...national.regelingen.map((r) => entry(r, 'landelijke dataset', national)),
    ...overlays.flatMap((o) => (o.regelingen ?? []).map((r) => entry(r, `${o.naam} (${o.gemeente})`, merged.get(o.gemeente)!))),
  ].sort((a, b) =>
    a.r.crisis === b.r.crisis ? a.r.domein.localeCompare(b.r.domein) || a.r.naam.nl.localeCompare(b.r.naam.nl) : a.r.crisis ? -1 : 1,
  );
  const figures = [
    ...national.cijfers.map((f) => figureRows(f, 'landelijke dataset', ctxFor(national))),
    ...overlays.flatMap((o) => (o.cijfers ?? []).map((f) => figureRows(f, `${o.naam} (${o.gemeente})`, ctxFor(merged.get(o.gemeente)!)))),
  ];
  return { entries, runs, figures };
}

/** The scenarios that do not hold (file and what fails), for the exit code of `npm run overview`. */
export function failingScenarios(input: OverviewInput): string[] {
  return model(input)
    .runs.filter((r) => !r.passed)
    .map((r) => `${r.file}: ${r.failures.join('; ')}`);
}

const UNIT_NL: Record<Figure['eenheid'], string> = {
  'euro-per-maand': 'euro per maand',
  'euro-per-jaar': 'euro per jaar',
  'euro-per-uur': 'euro per uur',
  euro: 'euro',
  procent: 'procent',
  jaar: 'jaar',
};

interface FigureRows {
  f: Figure;
  where: string;
  /** One row per period and case, newest first: period, for whom, value. */
  rows: { periode: string; voor: string; waarde: string }[];
}

const plain = (n: number) =>
  new Intl.NumberFormat('nl-NL', { minimumFractionDigits: Number.isInteger(n) ? 0 : 2, maximumFractionDigits: 2 }).format(n);
const withUnit = (n: number, unit: Figure['eenheid']) =>
  unit === 'procent' ? `${plain(n)}%` : unit.startsWith('euro') ? `€ ${plain(n)}` : `${plain(n)} jaar`;

function figureRows(f: Figure, where: string, ctx: Context): FigureRows {
  const rows = [...f.waarden]
    .sort((a, b) => (a.geldigVanaf < b.geldigVanaf ? 1 : a.geldigVanaf > b.geldigVanaf ? -1 : 0))
    .map((w) => ({
      periode: `${w.geldigVanaf} t/m ${w.geldigTot ?? '(geen einddatum)'}`,
      voor: w.als ? describeCondition(w.als, ctx, 'nl') : 'iedereen',
      waarde:
        typeof w.waarde === 'number'
          ? withUnit(w.waarde, f.eenheid)
          : `${withUnit(w.waarde.van, f.eenheid)} tot ${withUnit(w.waarde.tot, f.eenheid)} (bereik: daarbinnen "misschien")`,
    }));
  return { f, where, rows };
}

const forWhom = (r: Regeling) =>
  PERSPECTIVES.filter((p) => inPerspective(r, p))
    .map((p) => PERSPECTIVE_NL[p])
    .join(', ');
const dates = (r: Regeling) => `geldig vanaf ${r.geldigVanaf}${r.geldigTot ? ` tot en met ${r.geldigTot}` : ''}; peildatum ${r.peildatum}`;
const contactText = (c: Partial<Contact>) =>
  [c.telefoon && `tel. ${c.telefoon}`, c.website, c.adres?.nl, c.openingstijden?.nl].filter(Boolean).join(' · ');

// ---------------------------------------------------------------- Markdown

function mdLines(l: Line, depth = 0): string[] {
  return [`${'  '.repeat(depth)}- ${l.text}`, ...(l.parts ?? []).flatMap((p) => mdLines(p, depth + 1))];
}

export function markdown(input: OverviewInput): string {
  const { national, overlays } = input;
  const { entries, runs, figures } = model(input);
  const counters = new Map(national.loketten.map((c) => [c.id, c]));
  const out: string[] = [
    '# Regelingenwijzer: overzicht voor beleid',
    '',
    `Gemaakt met \`npm run overview\` op peildatum ${input.datum}: ${entries.length} regelingen, ${national.loketten.length} loketten, ${runs.length} scenario's (${runs.filter((r) => r.passed).length} kloppen).`,
    '',
  ];
  for (const e of entries) {
    const r = e.r;
    const counter = counters.get(r.loket);
    out.push(
      `## ${r.naam.nl}${r.crisis ? ' (crisislijn)' : ''}`,
      '',
      r.uitleg.nl,
      '',
      `- **Id**: \`${r.id}\` (${e.where}); domein ${r.domein}; ${LEVEL_NL[r.niveau]}`,
      `- **Voor wie**: ${forWhom(r)}${r.onderwerpen ? `; onderwerpen: ${r.onderwerpen.join(', ')}` : ''}`,
      `- **Loket**: ${counter?.naam.nl ?? r.loket}${r.loketVan ? ` (van de ${r.loketVan})` : ''}; beslist: ${r.beslist.nl}`,
      `- **Bron**: ${r.bron}`,
      `- **Wet**: ${r.wet ? `${r.wet.naam.nl}${r.wet.url ? ` (${r.wet.url})` : ''}` : 'geen wettelijke grondslag opgegeven'}`,
      `- **Data**: ${dates(r)}`,
      ...(r.voorbehoud ? [`- **Voorbehoud**: ${r.voorbehoud.nl}`] : []),
      ...(e.bedrag ? [`- **Bedrag**: ${e.bedrag}`] : []),
      ...(r.voorrang ? [`- **Gaat niet voor**: ${r.voorrang.map((v) => `${v.regeling} (${v.reden.nl})`).join('; ')}`] : []),
      `- **Scenario's die hem tonen**: ${e.scenarios.length ? e.scenarios.join(', ') : 'geen'}`,
      '',
      '**Voorwaarden**',
      '',
      ...mdLines(e.conditions),
      ...(e.urgent ? ['', '**Dringend als**', '', ...mdLines(e.urgent)] : []),
      '',
    );
  }
  out.push(
    '## Cijfers',
    '',
    'Elk cijfer met zijn waarde per periode. Na de laatste einddatum gebruikt de wijzer het cijfer niet meer: de uitkomst wordt dan "misschien", met de datum tot wanneer de bedragen gelden.',
    '',
  );
  for (const { f, where, rows } of figures) {
    out.push(
      `### ${f.naam.nl} (\`${f.id}\`)`,
      '',
      `- **Eenheid**: ${UNIT_NL[f.eenheid]}; ${where}`,
      `- **Bron**: ${f.bron}, peildatum ${f.peildatum}`,
      '',
      '| periode | voor wie | waarde |',
      '|---|---|---|',
      ...rows.map((r) => `| ${r.periode} | ${r.voor.replace(/\|/g, '\\|')} | ${r.waarde} |`),
      '',
    );
  }
  out.push('## Loketten', '');
  for (const c of national.loketten) {
    out.push(
      `- **${c.naam.nl}** (\`${c.id}\`, ${c.soort === 'rol' ? 'gemeentelijke rol' : 'landelijk'}${c.crisis ? ', crisis' : ''}): ${contactText(c) || c.algemeen?.nl || 'geen contact'}; bron ${c.bron}, peildatum ${c.peildatum}`,
    );
    for (const o of overlays) {
      const local = o.loketten?.[c.id];
      if (local) out.push(`  - ${o.naam}: ${local.naam.nl}: ${contactText(local)}; bron ${local.bron}, peildatum ${local.peildatum}`);
    }
  }
  out.push('', "## Scenario's", '');
  for (const run of runs)
    out.push(
      `- ${run.passed ? 'klopt' : '**klopt niet**'}: ${run.file} (${run.s.naam})${run.failures.length ? `: ${run.failures.join('; ')}` : ''}`,
    );
  return `${out.join('\n')}\n`;
}

// ---------------------------------------------------------------- HTML

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const link = (url: string) => `<a href="${esc(url)}">${esc(url)}</a>`;
const htmlLines = (l: Line): string => `<li>${esc(l.text)}${l.parts ? `<ul>${l.parts.map(htmlLines).join('')}</ul>` : ''}</li>`;

export function html(input: OverviewInput): string {
  const { national, overlays } = input;
  const { entries, runs, figures } = model(input);
  const counters = new Map(national.loketten.map((c) => [c.id, c]));
  const figureSections = figures.map(
    ({ f, where, rows }) => `<section id="cijfer-${esc(f.id)}">
<h3>${esc(f.naam.nl)} <code>${esc(f.id)}</code></h3>
<p>Eenheid: ${UNIT_NL[f.eenheid]}; ${esc(where)}. Bron: ${link(f.bron)}, peildatum ${esc(f.peildatum)}.</p>
<table><thead><tr><th scope="col">Periode</th><th scope="col">Voor wie</th><th scope="col">Waarde</th></tr></thead>
<tbody>${rows.map((r) => `<tr><td>${esc(r.periode)}</td><td>${esc(r.voor)}</td><td>${esc(r.waarde)}</td></tr>`).join('')}</tbody></table>
</section>`,
  );
  const rows = entries.map((e) => {
    const r = e.r;
    const counter = counters.get(r.loket);
    return `<section id="${esc(r.id)}">
<h2>${esc(r.naam.nl)}${r.crisis ? ' <small>(crisislijn)</small>' : ''}</h2>
<p>${esc(r.uitleg.nl)}</p>
<dl>
<dt>Id</dt><dd><code>${esc(r.id)}</code> (${esc(e.where)}); domein ${esc(r.domein)}; ${LEVEL_NL[r.niveau]}</dd>
<dt>Voor wie</dt><dd>${esc(forWhom(r))}${r.onderwerpen ? `; onderwerpen: ${esc(r.onderwerpen.join(', '))}` : ''}</dd>
<dt>Loket</dt><dd><a href="#loket-${esc(r.loket)}">${esc(counter?.naam.nl ?? r.loket)}</a>; beslist: ${esc(r.beslist.nl)}</dd>
<dt>Bron</dt><dd>${link(r.bron)}</dd>
<dt>Wet</dt><dd>${r.wet ? `${esc(r.wet.naam.nl)}${r.wet.url ? ` (${link(r.wet.url)})` : ''}` : 'geen wettelijke grondslag opgegeven'}</dd>
<dt>Data</dt><dd>${esc(dates(r))}</dd>
${r.voorbehoud ? `<dt>Voorbehoud</dt><dd>${esc(r.voorbehoud.nl)}</dd>` : ''}
${e.bedrag ? `<dt>Bedrag</dt><dd>${esc(e.bedrag)}</dd>` : ''}
${r.voorrang ? `<dt>Gaat niet voor</dt><dd>${r.voorrang.map((v) => `<a href="#${esc(v.regeling)}">${esc(v.regeling)}</a> (${esc(v.reden.nl)})`).join('; ')}</dd>` : ''}
<dt>Scenario's die hem tonen</dt><dd>${e.scenarios.length ? esc(e.scenarios.join(', ')) : '<strong>geen</strong>'}</dd>
</dl>
<h3>Voorwaarden</h3><ul>${htmlLines(e.conditions)}</ul>
${e.urgent ? `<h3>Dringend als</h3><ul>${htmlLines(e.urgent)}</ul>` : ''}
</section>`;
  });
  const counterRows = national.loketten.map(
    (c) => `<tr id="loket-${esc(c.id)}"><th scope="row">${esc(c.naam.nl)}<br><code>${esc(c.id)}</code></th>
<td>${c.soort === 'rol' ? 'gemeentelijke rol' : 'landelijk'}${c.crisis ? ', crisis' : ''}</td>
<td>${esc(contactText(c) || c.algemeen?.nl || 'geen contact')}${overlays
      .filter((o) => o.loketten?.[c.id])
      .map((o) => `<br>${esc(o.naam)}: ${esc(o.loketten![c.id]!.naam.nl)}: ${esc(contactText(o.loketten![c.id]!))}`)
      .join('')}</td>
<td>${link(c.bron)}<br>${esc(c.peildatum)}</td></tr>`,
  );
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Regelingenwijzer: overzicht voor beleid</title>
<style>
body { font: 1rem/1.5 system-ui, sans-serif; max-width: 60rem; margin: 0 auto; padding: 1rem; color: #1a1a1a; }
section { border-top: 1px solid #999; margin-top: 2rem; }
dt { font-weight: bold; } dd { margin: 0 0 .5rem 0; }
table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #999; padding: .25rem .5rem; text-align: left; vertical-align: top; }
a { color: #00529b; } small { font-weight: normal; }
</style>
</head>
<body>
<main>
<h1>Regelingenwijzer: overzicht voor beleid</h1>
<p>Gemaakt met <code>npm run overview</code> op peildatum ${esc(input.datum)}: ${entries.length} regelingen, ${national.loketten.length} loketten,
${runs.length} scenario's (${runs.filter((r) => r.passed).length} kloppen). De voorwaarden staan er in de woorden die de wijzer zelf gebruikt.</p>
<nav aria-label="Inhoud"><ul>${entries.map((e) => `<li><a href="#${esc(e.r.id)}">${esc(e.r.naam.nl)}</a></li>`).join('')}<li><a href="#cijfers">Cijfers</a></li><li><a href="#loketten">Loketten</a></li><li><a href="#scenarios">Scenario's</a></li></ul></nav>
${rows.join('\n')}
<h2 id="cijfers">Cijfers</h2>
<p>Elk cijfer met zijn waarde per periode. Na de laatste einddatum gebruikt de wijzer het cijfer niet meer: de uitkomst wordt dan "misschien", met de datum tot wanneer de bedragen gelden.</p>
${figureSections.join('\n')}
<h2 id="loketten">Loketten</h2>
<table><thead><tr><th scope="col">Loket</th><th scope="col">Soort</th><th scope="col">Contact</th><th scope="col">Bron</th></tr></thead>
<tbody>${counterRows.join('\n')}</tbody></table>
<h2 id="scenarios">Scenario's</h2>
<ul>${runs.map((r) => `<li>${r.passed ? 'klopt' : '<strong>klopt niet</strong>'}: ${esc(r.file)} (${esc(r.s.naam)})${r.failures.length ? `: ${esc(r.failures.join('; '))}` : ''}</li>`).join('')}</ul>
</main>
</body>
</html>
`;
}
