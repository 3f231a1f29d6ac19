// `npm run manifest`: custom-elements.json (Custom Elements Manifest) for editors and frameworks.
//
// @custom-elements-manifest/analyzer (with its own TypeScript 5.4 nested under it: the analyzer
// needs the JavaScript compiler API that TypeScript 7 no longer has) reads the Lit element's
// static properties and their types. It misses what lives in the file's header comment (the
// element is defined by define() in src/index.ts, and the @fires/@cssproperty/@attr tags sit
// above the imports), so this script completes its output from that comment and from the token
// fallback chain in src/ui/styles.ts, and drops internal state.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const elementFile = 'src/ui/regelingen-wizard.ts';
const out = mkdtempSync(join(tmpdir(), 'regelingenwijzer-cem-'));
// The analyzer writes its (temporary) output path into package.json; keep ours ("custom-elements.json").
const packageJson = readFileSync(join(root, 'package.json'), 'utf8');
try {
  execFileSync(process.execPath, [
    join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--litelement',
    '--globs', elementFile, 'src/index.ts', '--outdir', relative(root, out),
  ], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  writeFileSync(join(root, 'package.json'), packageJson);
  const manifest = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8'));

  const source = readFileSync(join(root, elementFile), 'utf8');
  const header = source.slice(0, source.indexOf('*/'));
  const tag = (name) => [...header.matchAll(new RegExp(`@${name}\\s+(\\S+)\\s+-\\s+(.+)`, 'g'))].map((m) => ({ name: m[1], description: m[2].trim() }));
  const summary = /@summary\s+(.+)/.exec(header)?.[1].trim();
  const description = header.replace(/^\/\*\*|^\s*\*\s?/gm, '').split('\n').filter((l) => l && !l.startsWith('@')).join(' ').trim();

  const styles = readFileSync(join(root, 'src/ui/styles.ts'), 'utf8');
  const cssProperties = [...styles.matchAll(/var\((--regelingenwijzer-[\w-]+),\s*(?:var\((--utrecht-[\w-]+),\s*)?([^;]*?)\)?\)?;/g)]
    .map(([, name, utrecht, fallback]) => ({
      name,
      description: utrecht ? `Falls back to ${utrecht}, then ${fallback.replace(/\)+$/, '').trim()}.` : `Default ${fallback.replace(/\)+$/, '').trim()}.`,
    }));
  for (const c of tag('cssproperty')) if (!cssProperties.some((p) => p.name === c.name)) cssProperties.push(c);

  // Spell out named types so editors show the allowed values.
  const schema = readFileSync(join(root, 'src/dataset/schema.ts'), 'utf8');
  const perspectives = /PERSPECTIVES = \[([^\]]+)\]/.exec(schema)?.[1].split(',').map((x) => x.trim()).join(' | ');
  const expand = (t) => (t && perspectives ? { ...t, text: t.text.replace(/\bPerspective\b/, perspectives) } : t);
  const internal = new Set(['snapshot', 'error']);
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      if (d.name !== 'RegelingenWizard') continue;
      d.tagName = 'regelingen-wizard';
      d.customElement = true;
      d.summary = summary;
      d.description = description;
      d.members = (d.members ?? []).filter((m) => m.privacy !== 'private' && !internal.has(m.name));
      const attrDocs = new Map(tag('attr').map((a) => [a.name, a.description]));
      d.attributes = (d.attributes ?? []).filter((a) => !internal.has(a.fieldName ?? a.name)).map((a) => ({ ...a, description: attrDocs.get(a.name) ?? a.description }));
      for (const x of [...d.members, ...d.attributes]) x.type = expand(x.type);
      for (const m of d.members) {
        const attr = d.attributes.find((a) => a.fieldName === m.name);
        if (attr && !m.description) m.description = attr.description;
      }
      d.events = tag('fires').map((e) => ({ name: e.name, type: { text: 'CustomEvent' }, description: e.description }));
      d.cssProperties = cssProperties;
    }
    if (mod.path === 'src/index.ts') {
      mod.exports = (mod.exports ?? []).filter((e) => e.kind !== 'custom-element-definition');
      mod.exports.push({ kind: 'custom-element-definition', name: 'regelingen-wizard', declaration: { name: 'RegelingenWizard', module: elementFile } });
    }
  }
  writeFileSync(join(root, 'custom-elements.json'), JSON.stringify(manifest, null, 2) + '\n');
  const el = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName);
  console.log(`custom-elements.json: <${el.tagName}> ${el.attributes.length} attributes, ${el.events.length} events, ${el.cssProperties.length} CSS properties`);
} finally {
  if (readFileSync(join(root, 'package.json'), 'utf8') !== packageJson) writeFileSync(join(root, 'package.json'), packageJson);
  rmSync(out, { recursive: true, force: true });
}
