// `npm run manifest`: custom-elements.json (Custom Elements Manifest) for editors and frameworks.
//
// @custom-elements-manifest/analyzer reads the element: its static properties (Lit), the JSDoc on
// the class (@summary, @attr, @fires) and on its properties. It uses its own TypeScript 5.x (the
// analyzer needs the JavaScript compiler API, which TypeScript 7 no longer has). Three small
// plugins add what the analyzer cannot see in a single file, all through the TypeScript compiler
// (no text scraping):
// - types: a property typed with an alias (`Perspective | undefined`) gets its real union from the
//   type checker ("'zelf' | 'mantelzorger' | ... | undefined"), so editors offer the values;
// - tag: the tag name comes from `HTMLElementTagNameMap` in src/index.ts (the element is defined
//   by define(), not by a literal customElements.define call);
// - CSS properties: the `@cssprop` JSDoc on the `styles` export of the element's styles module,
//   where the tokens are read (test/package/manifest.test.ts checks that each works).
// The element is the class that src/index.ts exports, wherever it lives.
import { create, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import { classJsDocPlugin } from '@custom-elements-manifest/analyzer/src/features/analyse-phase/class-jsdoc.js';
import { writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const entry = join(root, 'src/index.ts');

const config = ts.getParsedCommandLineOfConfigFile(
  join(root, 'tsconfig.json'),
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  },
);
const program = ts.createProgram([entry], { ...config.options, noEmit: true });
const checker = program.getTypeChecker();
const entryFile = program.getSourceFile(entry);

// The element: the class src/index.ts exports.
const exported = checker
  .getExportsOfModule(checker.getSymbolAtLocation(entryFile))
  .map((s) => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s))
  .find((s) => s.declarations?.some(ts.isClassDeclaration));
if (!exported) throw new Error('src/index.ts exports no class');
const classNode = exported.declarations.find(ts.isClassDeclaration);
const elementFile = classNode.getSourceFile();
const className = exported.getName();

// Its tag name: the HTMLElementTagNameMap entry whose type is the class.
const tagMap = checker.getSymbolsInScope(entryFile, ts.SymbolFlags.Interface).find((s) => s.getName() === 'HTMLElementTagNameMap');
const classType = checker.getTypeAtLocation(classNode.name);
const tagName = checker
  .getPropertiesOfType(checker.getDeclaredTypeOfSymbol(tagMap))
  .find((p) => p.declarations?.some((d) => d.getSourceFile() === entryFile) && checker.getTypeOfSymbol(p) === classType)
  ?.getName();
if (!tagName) throw new Error(`no HTMLElementTagNameMap entry for ${className} in src/index.ts`);

// The styles module: the one the element file imports `styles` from.
const stylesFile = elementFile.statements
  .filter(ts.isImportDeclaration)
  .filter(
    (d) =>
      d.importClause?.namedBindings &&
      ts.isNamedImports(d.importClause.namedBindings) &&
      d.importClause.namedBindings.elements.some((e) => e.name.text === 'styles'),
  )
  .map((d) => checker.getSymbolAtLocation(d.moduleSpecifier)?.valueDeclaration?.getSourceFile())[0];
const stylesDoc = stylesFile?.statements.find(
  (s) => ts.isVariableStatement(s) && s.declarationList.declarations.some((d) => d.name.getText() === 'styles'),
);

/** Text of a type for the manifest: unions spelled out member by member. */
function typeText(type) {
  if (!type.isUnion()) return checker.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation);
  const parts = type.types.map((t) =>
    checker.typeToString(t, undefined, ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType),
  );
  const bool = parts.includes('true') && parts.includes('false');
  const out = parts.filter((p) => !bool || (p !== 'true' && p !== 'false'));
  if (bool) out.unshift('boolean');
  // `undefined` and `null` last, as people write them.
  return [...out.filter((p) => p !== 'undefined' && p !== 'null'), ...out.filter((p) => p === 'null' || p === 'undefined')].join(' | ');
}

const elementPlugin = {
  name: 'regelingenwijzer-element',
  analyzePhase({ ts: ats, node, moduleDoc, context }) {
    if (
      node.kind !== ats.SyntaxKind.ClassDeclaration ||
      node.name?.text !== className ||
      node.getSourceFile().fileName !== elementFile.fileName
    )
      return;
    const doc = moduleDoc.declarations.find((d) => d.name === className);
    doc.tagName = tagName;
    doc.customElement = true;
    const jsDoc = (docs) =>
      classJsDocPlugin().analyzePhase({
        ts: ats,
        node: { kind: ats.SyntaxKind.ClassDeclaration, name: node.name, jsDoc: docs },
        moduleDoc,
        context,
      });
    // The CSS properties, documented where they are read.
    const fromClass = doc.cssProperties ?? [];
    doc.cssProperties = [];
    if (stylesDoc?.jsDoc) jsDoc(stylesDoc.jsDoc);
    doc.cssProperties.push(...fromClass.filter((c) => !doc.cssProperties.some((x) => x.name === c.name)));
    // Internal reactive state (`static properties = { x: { state: true } }`) is not public.
    const props = node.members.find(
      (m) =>
        ats.isPropertyDeclaration(m) &&
        m.name.getText() === 'properties' &&
        m.modifiers?.some((x) => x.kind === ats.SyntaxKind.StaticKeyword),
    );
    const internal = new Set(
      props?.initializer && ats.isObjectLiteralExpression(props.initializer)
        ? props.initializer.properties
            .filter(
              (p) =>
                ats.isPropertyAssignment(p) &&
                ats.isObjectLiteralExpression(p.initializer) &&
                p.initializer.properties.some(
                  (q) => ats.isPropertyAssignment(q) && q.name.getText() === 'state' && q.initializer.kind === ats.SyntaxKind.TrueKeyword,
                ),
            )
            .map((p) => p.name.getText())
        : [],
    );
    doc.members = (doc.members ?? []).filter((m) => !internal.has(m.name));
    doc.attributes = (doc.attributes ?? []).filter((a) => !internal.has(a.fieldName ?? a.name));
    doc.events = (doc.events ?? []).filter((e) => e.name);
    // Real types from the checker, for every public property and its attribute.
    for (const member of node.members) {
      if (!member.name || !ats.isPropertyDeclaration(member)) continue;
      const name = member.name.getText();
      const text = typeText(checker.getTypeAtLocation(member));
      for (const m of [...doc.members.filter((x) => x.name === name), ...doc.attributes.filter((a) => a.fieldName === name)])
        m.type = { text };
    }
    // An attribute without its own description takes its property's, and the other way round.
    for (const a of doc.attributes) {
      const m = doc.members.find((x) => x.name === a.fieldName);
      if (m && !a.description && m.description) a.description = m.description;
      if (m && !m.description && a.description) m.description = a.description;
    }
  },
};

const manifest = create({ modules: [elementFile, entryFile], plugins: [...litPlugin(), elementPlugin] });

// Paths relative to the repository; the definition by define() in src/index.ts.
const rel = (f) => relative(root, f).split('\\').join('/');
for (const mod of manifest.modules) {
  mod.path = rel(resolve(root, mod.path));
  for (const e of mod.exports ?? []) if (e.declaration?.module) e.declaration.module = rel(resolve(root, e.declaration.module));
  if (mod.path === 'src/index.ts') {
    mod.exports = (mod.exports ?? []).filter((e) => e.kind !== 'custom-element-definition');
    for (const e of mod.exports) if (e.declaration?.name === className) e.declaration.module = rel(elementFile.fileName);
    mod.exports.push({
      kind: 'custom-element-definition',
      name: tagName,
      declaration: { name: className, module: rel(elementFile.fileName) },
    });
  }
  const exportedNames = new Set((mod.exports ?? []).map((e) => e.declaration?.name));
  mod.declarations = (mod.declarations ?? []).filter((d) => exportedNames.has(d.name));
  for (const d of mod.declarations) {
    if (d.customElement)
      d.members = (d.members ?? []).filter((m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#'));
  }
}
writeFileSync(join(root, 'custom-elements.json'), `${JSON.stringify(manifest, null, 2)}\n`);
const el = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName);
console.log(
  `custom-elements.json: <${el.tagName}> ${el.attributes?.length ?? 0} attributes, ${el.events?.length ?? 0} events, ${el.cssProperties?.length ?? 0} CSS properties`,
);
