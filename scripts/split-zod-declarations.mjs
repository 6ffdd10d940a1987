#!/usr/bin/env node
// Post-build step for the sdk's declarations (after share-declarations and flatten-declarations):
// moves every declaration that needs zod's types out of the shared declaration chunks into a
// companion file (`<chunk>.zod.d.cts`), so a declaration graph that only needs the contract's
// inferred types (the client, its response types, the engines) never loads zod's `.d.ts`.
// Why: tsup's declaration chunks follow the source modules, and a schema module declares both a
// schema (`declare const XSchema: z.ZodType<X, XInput>`) and its inferred type (`type X = {…}`,
// printed by flatten-declarations). A consumer that imports `X` loaded the whole chunk, and with
// it zod's declarations, which alone take most of a consumer's type-check time
// (docs/architecture.md, "Published declarations carry inferred types").
// The split is purely syntactic and moves text only: a declaration is zod-bound when it names an
// import from `zod` / `zod/v4/core` or another zod-bound declaration (a fixpoint over every file);
// the rest stays where it was, and each import or re-export of a moved name is pointed at the
// companion. Exported names and entry paths do not change. `--verify` type-checks that every
// entry still exports the same names with the same types by comparing against the unsplit copy.
//   node scripts/split-zod-declarations.mjs <dist>
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { checkGeneratedFile } from './shared/tsc-check.mjs';

const require = createRequire(import.meta.url);
const ts = require('typescript');

const dist = resolve(process.argv[2] ?? 'dist');
const ZOD_MODULE = /^zod(?:\/|$)/;
const COMPANION = '.zod';

const files = readdirSync(dist, { withFileTypes: true, recursive: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.d.cts'))
  .map((entry) => join(entry.parentPath, entry.name))
  .filter((file) => !file.includes(`${COMPANION}.d.cts`) && !relative(dist, file).startsWith('.'));

// The package's entry declarations (every `.d.cts` its manifest names): the only files whose own
// exports are public, so the only ones that re-export what moved to their companion.
const entries = new Set();
const manifest = JSON.parse(readFileSync(join(dist, '..', 'package.json'), 'utf8'));
const collect = (value) => {
  if (typeof value === 'string' && value.endsWith('.d.cts'))
    entries.add(resolve(dist, '..', value));
  else if (value && typeof value === 'object')
    for (const child of Object.values(value)) collect(child);
};
collect(manifest.publishConfig?.exports ?? manifest.exports);

/** `./chunk.cjs` from `from` → the absolute `.d.cts` path. */
const target = (from, specifier) =>
  specifier.startsWith('.')
    ? resolve(dirname(from), specifier.replace(/\.c?js$/, '.d.cts'))
    : undefined;
const companionOf = (file) => file.replace(/\.d\.cts$/, `${COMPANION}.d.cts`);
/** The specifier of `to` as written in `from` (`.d.cts` → `.cjs`). */
const specifierOf = (from, to) => {
  const path = relative(dirname(from), to).replace(/\.d\.cts$/, '.cjs');
  return path.startsWith('.') ? path : `./${path}`;
};

// The client's own generic types read a schema only for its output and input types, and its
// validation errors carry zod's issues. In the published declarations these name govkit-owned
// structural types instead of zod's (the runtime values are zod's, unchanged), so that the client
// entries need no zod declarations. The structural types are the sdk's own public source types
// (`src/client/contract-types.ts`, exported from the root as `ContractSchema`, `ContractOutput`,
// `ContractInput`, `ContractIssue`); this step only points the rewritten declarations at the
// declaration chunk that holds them:
// - `ContractSchema<O, I>`: what `z.output` / `z.input` read of a schema (`_zod.output`,
//   `_zod.input`); every zod schema is one, so an endpoint definition built from zod schemas fits.
// - `ContractOutput<T>` / `ContractInput<T>`: zod's own definitions of `z.output` / `z.input`.
// - `ContractIssue`: zod's `$ZodIssueBase` (code, path, message, input); the kind-specific fields
//   of each issue are there at run time.
// Only the declarations named in SUBSTITUTED are rewritten; everything else keeps zod's types.
const CONTRACT_TYPES = ['ContractInput', 'ContractIssue', 'ContractOutput', 'ContractSchema'];
/** The declaration file that declares the contract types, and the name each is exported under. */
function findContractTypes() {
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    if (!/\binterface ContractSchema\b/.test(text)) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    const exportedAs = new Map();
    for (const statement of source.statements) {
      if (!ts.isExportDeclaration(statement) || statement.moduleSpecifier) continue;
      if (!statement.exportClause || !ts.isNamedExports(statement.exportClause)) continue;
      for (const element of statement.exportClause.elements)
        exportedAs.set((element.propertyName ?? element.name).text, element.name.text);
    }
    const missing = CONTRACT_TYPES.filter((name) => !exportedAs.has(name));
    if (missing.length > 0) throw new Error(`${file} does not export ${missing.join(', ')}`);
    return { file, exportedAs };
  }
  throw new Error('no declaration file declares ContractSchema (src/client/contract-types.ts)');
}
const contractTypes = findContractTypes();
const SUBSTITUTED = new Set([
  'EndpointDefinition',
  'EndpointPathParams',
  'EndpointQuery',
  'EndpointBody',
  'InputOf',
  'EndpointResult',
  'RequestValidationError',
  'ResponseValidationError',
]);
const SUBSTITUTIONS = [
  [/\b(?:z|zod)\.ZodType\b/g, 'ContractSchema'],
  [/\b(?:z|zod)\.output</g, 'ContractOutput<'],
  [/\b(?:z|zod)\.input</g, 'ContractInput<'],
  [/\b(?:z|zod)\.core\.\$ZodIssue\b/g, 'ContractIssue'],
];

/** Rewrites the SUBSTITUTED declarations of `file` in place; returns whether it changed. */
function substitute(file) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const edits = [];
  for (const statement of source.statements) {
    if (!statement.name || !SUBSTITUTED.has(statement.name.text)) continue;
    const original = text.slice(statement.getStart(source), statement.end);
    let next = original;
    for (const [pattern, replacement] of SUBSTITUTIONS) next = next.replace(pattern, replacement);
    if (next !== original)
      edits.push({ start: statement.getStart(source), end: statement.end, next });
  }
  if (edits.length === 0) return false;
  let result = text;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    result = result.slice(0, edit.start) + edit.next + result.slice(edit.end);
  if (file !== contractTypes.file) {
    const spec = specifierOf(file, contractTypes.file);
    const names = CONTRACT_TYPES.map((name) => {
      const exported = contractTypes.exportedAs.get(name);
      return exported === name ? name : `${exported} as ${name}`;
    });
    result = `import { ${names.join(', ')} } from '${spec}';\n${result}`;
  }
  writeFileSync(file, result);
  return true;
}
const substituted = files.filter(substitute);

/** One file's statements, imports, exports and top-level names. */
function parse(file) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const zodLocals = new Set();
  /** local name → { file, name } (the target's exported name). */
  const imported = new Map();
  /** exported name → local name (local export lists). */
  const exported = new Map();
  /** exported name → { file, name } (re-exports). */
  const reexported = new Map();
  const declarations = [];
  const localNames = new Set();
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const spec = statement.moduleSpecifier.text;
      const clause = statement.importClause;
      const names = [];
      if (clause?.name) names.push([clause.name.text, 'default']);
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) names.push([bindings.name.text, '*']);
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements)
          names.push([element.name.text, (element.propertyName ?? element.name).text]);
      }
      for (const [local, name] of names) {
        if (ZOD_MODULE.test(spec)) zodLocals.add(local);
        else if (target(file, spec)) imported.set(local, { file: target(file, spec), name });
        else throw new Error(`${file}: unexpected import of ${spec}`);
      }
      continue;
    }
    if (ts.isExportDeclaration(statement)) {
      if (!statement.exportClause || !ts.isNamedExports(statement.exportClause))
        throw new Error(`${file}: \`export *\` is not handled`);
      for (const element of statement.exportClause.elements) {
        const from = (element.propertyName ?? element.name).text;
        if (statement.moduleSpecifier) {
          const spec = statement.moduleSpecifier.text;
          if (ZOD_MODULE.test(spec)) zodLocals.add(`export:${element.name.text}`);
          reexported.set(element.name.text, {
            file: target(file, spec),
            name: from,
            typeOnly: statement.isTypeOnly || element.isTypeOnly,
          });
        } else {
          exported.set(element.name.text, {
            local: from,
            typeOnly: statement.isTypeOnly || element.isTypeOnly,
          });
        }
      }
      continue;
    }
    const names = declaredNames(statement);
    for (const name of names) localNames.add(name);
    declarations.push({ statement, names, refs: references(statement, file) });
  }
  // `import { O as X } from './c.cjs'; export { X }`: a re-export of c's name, not a local one.
  for (const [name, { local, typeOnly }] of [...exported]) {
    const binding = imported.get(local);
    if (!binding || binding.name === '*') continue;
    reexported.set(name, { file: binding.file, name: binding.name, typeOnly });
    exported.delete(name);
  }
  return {
    file,
    text,
    source,
    zodLocals,
    imported,
    exported,
    reexported,
    declarations,
    localNames,
  };
}

function declaredNames(statement) {
  if (ts.isVariableStatement(statement))
    return statement.declarationList.declarations.map((d) => d.name.getText());
  if (statement.name) return [statement.name.text];
  return [];
}

/** Identifiers a statement refers to (by value or type), and `import('…').x` type references. */
function references(statement, file) {
  const names = new Set();
  const imports = [];
  const visit = (node) => {
    if (ts.isImportTypeNode(node)) {
      const spec = node.argument.literal?.text;
      if (spec && ZOD_MODULE.test(spec)) names.add('\u0000zod');
      else if (spec && node.qualifier) {
        const first = ts.isIdentifier(node.qualifier) ? node.qualifier : node.qualifier.left;
        imports.push({ file: target(file, spec), name: first.getText() });
      }
      for (const argument of node.typeArguments ?? []) visit(argument);
      return;
    }
    if (ts.isIdentifier(node)) {
      const parent = node.parent;
      const isMemberName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isQualifiedName(parent) && parent.right === node) ||
        ((ts.isPropertySignature(parent) ||
          ts.isPropertyDeclaration(parent) ||
          ts.isMethodSignature(parent) ||
          ts.isMethodDeclaration(parent) ||
          ts.isGetAccessorDeclaration(parent) ||
          ts.isSetAccessorDeclaration(parent) ||
          ts.isPropertyAssignment(parent) ||
          ts.isEnumMember(parent) ||
          ts.isParameter(parent) ||
          ts.isTypeParameterDeclaration(parent)) &&
          parent.name === node);
      if (!isMemberName) names.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(statement);
  return { names, imports };
}

const parsed = new Map(files.map((file) => [file, parse(file)]));

/** file → set of zod-bound local names. */
const bound = new Map(files.map((file) => [file, new Set()]));

/** Whether `name` as exported by `file` is zod-bound (following re-exports). */
function exportIsBound(file, name, seen = new Set()) {
  const info = parsed.get(file);
  if (!info) throw new Error(`unknown declaration file ${file}`);
  const key = `${file}\u0000${name}`;
  if (seen.has(key)) return false;
  seen.add(key);
  const local = info.exported.get(name);
  if (local) return isLocalBound(info, local.local, seen);
  const re = info.reexported.get(name);
  if (re) return re.file === undefined || exportIsBound(re.file, re.name, seen);
  if (info.zodLocals.has(`export:${name}`)) return true;
  throw new Error(`${file} does not export ${name}`);
}

function isLocalBound(info, name, seen) {
  if (info.zodLocals.has(name)) return true;
  if (bound.get(info.file).has(name)) return true;
  const imported = info.imported.get(name);
  if (imported) return imported.name !== '*' && exportIsBound(imported.file, imported.name, seen);
  return false;
}

// Fixpoint: a declaration is bound when it refers to zod or to anything bound.
for (let changed = true; changed; ) {
  changed = false;
  for (const info of parsed.values()) {
    const set = bound.get(info.file);
    for (const { names, refs } of info.declarations) {
      if (names.every((name) => set.has(name))) continue;
      const isBound =
        refs.names.has('\u0000zod') ||
        [...refs.names].some(
          (name) =>
            !names.includes(name) &&
            (info.localNames.has(name) || info.imported.has(name) || info.zodLocals.has(name)) &&
            isLocalBound(info, name, new Set()),
        ) ||
        refs.imports.some((ref) => exportIsBound(ref.file, ref.name));
      if (isBound) {
        for (const name of names) set.add(name);
        changed = true;
      }
    }
    // Declarations merge by name (interfaces, overloads): one bound statement binds the name.
    for (const { names } of info.declarations) {
      if (names.some((name) => set.has(name)) && !names.every((name) => set.has(name))) {
        for (const name of names) set.add(name);
        changed = true;
      }
    }
  }
}

/** Where an export of `file` lives after the split: the file or its companion. */
/** The file that declares what `file` exports as `name`, and its exported name there. */
function origin(file, name) {
  const re = parsed.get(file).reexported.get(name);
  return re?.file ? origin(re.file, re.name) : { file, name };
}
/** Where an export of `file` lives after the split (its declaring file or that file's companion). */
function home(file, name) {
  const declared = origin(file, name);
  const bound = exportIsBound(declared.file, declared.name);
  return { file: bound ? companionOf(declared.file) : declared.file, name: declared.name };
}

const written = [];
for (const info of parsed.values()) {
  const set = bound.get(info.file);
  const boundDeclarations = info.declarations.filter(({ names }) =>
    names.some((name) => set.has(name)),
  );
  const freeDeclarations = info.declarations.filter(({ names }) =>
    names.every((name) => !set.has(name)),
  );
  const split = boundDeclarations.length > 0;
  const companion = companionOf(info.file);
  // Names the companion needs from the free part: exported from it under their own local name
  // unless already exported.
  const freeExportOf = new Map(
    [...info.exported]
      .filter(([, { local }]) => !set.has(local))
      .map(([e, { local }]) => [local, e]),
  );
  const extraExports = new Set();
  const usedBy = (declarations) => {
    const used = new Set();
    for (const { refs } of declarations) for (const name of refs.names) used.add(name);
    return used;
  };

  /** Import lines for the names `declarations` use, each from its home. */
  const importLines = (declarations, into, forCompanion) => {
    const used = usedBy(declarations);
    const groups = new Map();
    const add = (file, exportedName, local) => {
      const spec = specifierOf(into, file);
      const list = groups.get(spec) ?? [];
      list.push(exportedName === local ? local : `${exportedName} as ${local}`);
      groups.set(spec, list);
    };
    const lines = [];
    for (const name of used) {
      if (info.zodLocals.has(name)) continue;
      const imported = info.imported.get(name);
      if (imported) {
        if (imported.name === '*') throw new Error(`${info.file}: namespace import ${name}`);
        const where = home(imported.file, imported.name);
        add(where.file, where.name, name);
      } else if (forCompanion && info.localNames.has(name) && !set.has(name)) {
        let exportedName = freeExportOf.get(name);
        if (exportedName === undefined) {
          exportedName = name;
          extraExports.add(name);
        }
        add(info.file, exportedName, name);
      }
    }
    for (const [spec, names] of [...groups].sort(([a], [b]) => a.localeCompare(b)))
      lines.push(`import { ${names.sort().join(', ')} } from '${spec}';`);
    // Refs written as `import('./chunk.cjs').x` keep their text: point them at the name's home.
    return lines;
  };

  const zodImportLines = (declarations) => {
    const used = usedBy(declarations);
    const lines = [];
    for (const statement of info.source.statements) {
      if (!ts.isImportDeclaration(statement) || !ZOD_MODULE.test(statement.moduleSpecifier.text))
        continue;
      if (!statement.importClause) continue;
      const text = statement.getText(info.source);
      const bindings = statement.importClause.namedBindings;
      const locals = [
        ...(statement.importClause.name ? [statement.importClause.name.text] : []),
        ...(bindings && ts.isNamespaceImport(bindings) ? [bindings.name.text] : []),
        ...(bindings && ts.isNamedImports(bindings)
          ? bindings.elements.map((e) => e.name.text)
          : []),
      ];
      if (locals.some((local) => used.has(local))) lines.push(text);
    }
    return lines;
  };

  /** A declaration's text, with `import('./x.cjs').n` pointed at n's home. */
  const body = (declaration, into) => {
    const { statement } = declaration;
    const start = statement.getFullStart();
    let text = info.text.slice(start, statement.end);
    const edits = [];
    const visit = (node) => {
      if (ts.isImportTypeNode(node) && node.qualifier && node.argument.literal) {
        const spec = node.argument.literal.text;
        const file = target(info.file, spec);
        if (file) {
          const first = ts.isIdentifier(node.qualifier) ? node.qualifier : node.qualifier.left;
          const where = home(file, first.getText());
          edits.push({
            start: node.argument.literal.getStart(info.source) - start,
            end: node.argument.literal.end - start,
            text: `'${specifierOf(into, where.file)}'`,
          });
          if (where.name !== first.getText())
            edits.push({
              start: first.getStart(info.source) - start,
              end: first.end - start,
              text: where.name,
            });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(statement);
    edits.sort((a, b) => b.start - a.start);
    for (const edit of edits) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
    return text;
  };

  /** Export lines of `into` for the exports that live there. */
  const exportLines = (into, isCompanion) => {
    const local = [];
    const re = new Map();
    for (const [name, { local: localName, typeOnly }] of info.exported) {
      if (set.has(localName) !== isCompanion) continue;
      local.push(
        `${typeOnly ? 'type ' : ''}${localName === name ? name : `${localName} as ${name}`}`,
      );
    }
    if (!isCompanion) for (const name of extraExports) local.push(name);
    // An entry's own bound declarations moved to its companion: re-exported from there.
    if (!isCompanion && entries.has(info.file)) {
      const moved = [...info.exported]
        .filter(([, { local: localName }]) => set.has(localName))
        .map(([name, { typeOnly }]) => `${typeOnly ? 'type ' : ''}${name}`);
      if (moved.length > 0) re.set(specifierOf(into, companionOf(info.file)), moved);
    }
    for (const [name, { file, name: from, typeOnly }] of info.reexported) {
      if (file === undefined) continue;
      // A re-export stays in the entry itself: only where it points changes.
      if (isCompanion) continue;
      const where = home(file, from);
      const spec = specifierOf(into, where.file);
      const list = re.get(spec) ?? [];
      list.push(
        `${typeOnly ? 'type ' : ''}${where.name === name ? name : `${where.name} as ${name}`}`,
      );
      re.set(spec, list);
    }
    const lines = [];
    if (local.length > 0) lines.push(`export { ${local.join(', ')} };`);
    for (const [spec, names] of re) lines.push(`export { ${names.join(', ')} } from '${spec}';`);
    return lines;
  };

  const zodReexports = [...info.reexported].filter(([, { file }]) => file === undefined);
  if (zodReexports.length > 0) throw new Error(`${info.file} re-exports zod directly`);

  const freeText = [
    ...importLines(freeDeclarations, info.file, false),
    '',
    ...freeDeclarations.map((declaration) => body(declaration, info.file)),
    '',
  ];
  if (split) {
    const companionText = [
      ...zodImportLines(boundDeclarations),
      ...importLines(boundDeclarations, companion, true),
      '',
      ...boundDeclarations.map((declaration) => body(declaration, companion)),
      '',
      ...exportLines(companion, true),
      '',
    ];
    writeFileSync(companion, companionText.join('\n'));
    written.push(companion);
  }
  // Export lines last: `extraExports` is filled while the companion's imports are built.
  writeFileSync(info.file, [...freeText, ...exportLines(info.file, false), ''].join('\n'));
}

if (process.argv.includes('--verify')) verify();

/**
 * Type-checks every entry's declarations after the split, without `skipLibCheck` (a moved
 * declaration that lost an import, or a name left behind, is an error in the file itself).
 */
function verify() {
  const lines = [...entries].map(
    (entry, index) =>
      `import type * as E${index} from './${relative(dist, entry).replace(/\.d\.cts$/, '.cjs')}';\nexport type { E${index} };`,
  );
  const passed = checkGeneratedFile(join(dist, '.split-check.ts'), `${lines.join('\n')}\n`, {
    cwd: dirname(dist),
    resolution: 'node16',
  });
  if (!passed) {
    console.error('[split-zod-declarations] the split declarations do not type-check');
    process.exit(1);
  }
}

const freeFiles = files.filter((file) => bound.get(file).size === 0).length;
console.log(
  `[split-zod-declarations] ${relative(process.cwd(), dist) || '.'}: ${written.length} companions; ${freeFiles} of ${files.length} files without zod-bound declarations; contract types in ${substituted.length} files`,
);
