/**
 * Problems in a dataset, named by file, field path and fix; and the checks between files that
 * a schema cannot do (dangling references, duplicate ids). No zod here: merging an embedded
 * overlay uses these checks without loading the validator.
 */
import type { Condition, Dataset } from './model.js';

export interface Problem { file: string; path: string; message: string }

export class DatasetError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'DatasetError';
  }
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.path || '(hele bestand)'}: ${p.message}`;
}

// ---------------------------------------------------------------- references between files

function factsOf(c: Condition, out: { feit: string; cijfers: string[] }[] = []) {
  if ('alle' in c) c.alle.forEach((x) => factsOf(x, out));
  else if ('een-van' in c) c['een-van'].forEach((x) => factsOf(x, out));
  else if ('niet' in c) factsOf(c.niet, out);
  else {
    const cijfers = Object.values(c).flatMap((v) => (v && typeof v === 'object' && 'cijfer' in v ? [(v as { cijfer: string }).cijfer] : []));
    out.push({ feit: c.feit, cijfers });
  }
  return out;
}

/**
 * Cross-file checks a schema cannot do: duplicate ids, regelingen pointing to a counter, fact
 * or figure that does not exist, options that a question does not have.
 * `fileOf` tells in which file a regeling stands, so the message can name it.
 */
export function checkReferences(ds: Dataset, fileOf: (regelingId: string) => string = () => 'regelingen'): Problem[] {
  const problems: Problem[] = [];
  const questions = new Map(ds.vragen.map((q) => [q.id, q]));
  const facts = new Set([...questions.keys(), ...ds.afgeleid.map((d) => d.id)]);
  const figures = new Set(ds.cijfers.map((f) => f.id));
  const counters = new Set(ds.loketten.map((c) => c.id));
  const byId = new Map(ds.regelingen.map((r) => [r.id, r]));

  const dupes = (file: string, label: string, ids: string[]) => {
    const seen = new Set<string>();
    ids.forEach((x, i) => {
      if (seen.has(x)) problems.push({ file, path: `${label}[${i}].id`, message: `id "${x}" komt twee keer voor; geef elk een eigen id` });
      seen.add(x);
    });
  };
  dupes('vragen.json', 'vragen', [...ds.vragen.map((q) => q.id), ...ds.afgeleid.map((d) => d.id)]);
  dupes('cijfers.json', 'cijfers', ds.cijfers.map((f) => f.id));
  dupes('loketten.json', 'loketten', ds.loketten.map((c) => c.id));
  dupes('regelingen', 'regelingen', ds.regelingen.map((r) => r.id));

  for (const q of ds.vragen) {
    const needsOptions = q.type === 'keuze' || q.type === 'meerkeuze';
    if (needsOptions && !q.opties) problems.push({ file: 'vragen.json', path: `vragen[${q.id}].opties`, message: `een vraag van type "${q.type}" heeft opties nodig` });
  }
  for (const d of ds.afgeleid) {
    if (!questions.has(d.deel)) problems.push({ file: 'vragen.json', path: `afgeleid[${d.id}].deel`, message: `vraag "${d.deel}" bestaat niet` });
    if (!figures.has(d.van)) problems.push({ file: 'vragen.json', path: `afgeleid[${d.id}].van`, message: `cijfer "${d.van}" bestaat niet in cijfers.json` });
  }

  const checkCondition = (file: string, path: string, c: Condition) => {
    for (const leaf of factsOf(c)) {
      if (!facts.has(leaf.feit)) problems.push({ file, path, message: `feit "${leaf.feit}" bestaat niet; voeg een vraag toe in vragen.json of kies een bestaand feit` });
      for (const f of leaf.cijfers) if (!figures.has(f)) problems.push({ file, path, message: `cijfer "${f}" bestaat niet in cijfers.json` });
    }
    const walk = (x: Condition) => {
      if ('alle' in x) x.alle.forEach(walk);
      else if ('een-van' in x) x['een-van'].forEach(walk);
      else if ('niet' in x) walk(x.niet);
      else {
        const q = questions.get(x.feit);
        const values = 'is' in x && typeof x.is === 'string' ? [x.is] : 'in' in x ? x.in : 'bevat' in x ? [x.bevat].flat() : [];
        for (const v of values) {
          if (q?.opties && !q.opties.some((o) => o.waarde === v)) problems.push({ file, path, message: `vraag "${q.id}" heeft geen optie "${v}"` });
        }
      }
    };
    walk(c);
  };
  for (const f of ds.cijfers) f.waarden.forEach((w, i) => w.als && checkCondition('cijfers.json', `cijfers[${f.id}].waarden[${i}].als`, w.als));
  for (const r of ds.regelingen) {
    const file = fileOf(r.id);
    if (!counters.has(r.loket)) problems.push({ file, path: `regelingen[${r.id}].loket`, message: `loket "${r.loket}" bestaat niet in loketten.json` });
    checkCondition(file, `regelingen[${r.id}].voorwaarden`, r.voorwaarden);
    if (r.urgentAls) checkCondition(file, `regelingen[${r.id}].urgentAls`, r.urgentAls);
    if (r.geldigTot && r.geldigTot < r.geldigVanaf) problems.push({ file, path: `regelingen[${r.id}].geldigTot`, message: 'ligt voor geldigVanaf' });
    r.voorrang?.forEach((v, i) => {
      const path = `regelingen[${r.id}].voorrang[${i}].regeling`;
      const first = byId.get(v.regeling);
      if (!first) problems.push({ file, path, message: `regeling "${v.regeling}" bestaat niet; kies het id van een bestaande regeling` });
      else if (v.regeling === r.id || first.voorrang?.some((w) => w.regeling === r.id)) {
        problems.push({ file, path, message: `"${r.id}" en "${v.regeling}" gaan elkaar voor; laat één van beide voorgaan` });
      }
    });
  }
  if (ds.gemeente) {
    for (const role of Object.keys(ds.gemeente.loketten)) {
      const c = ds.loketten.find((x) => x.id === role);
      if (!c || c.soort !== 'rol') problems.push({ file: `gemeenten/${ds.gemeente.code}.json`, path: `loketten.${role}`, message: `"${role}" is geen gemeentelijke rol in loketten.json` });
    }
  }
  return problems;
}
