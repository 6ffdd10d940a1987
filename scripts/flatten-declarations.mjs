#!/usr/bin/env node
// Post-build step for a package's declaration files (`node ../../scripts/flatten-declarations.mjs
// dist`, after tsup): replaces the zod schema trees that declaration emit inlines
// (`z.ZodObject<{ a: z.ZodOptional<z.ZodObject<{ … }>> }>`) and the `z.output<typeof X>` aliases
// with what the checker infers from them: plain type literals, and each composite schema as
// `z.ZodType<Output, Input>`. The schemas stay the only source of types (this step prints what
// TypeScript infers from them); a consumer's checker no longer re-runs zod's inference over every
// schema of the contract, which is what made a consumer file without `skipLibCheck` take ~30 s.
// The first build of the original declarations is kept in `<dist>/.flatten-original/` only while
// the equality check runs (see `--verify`), then removed.
//   node scripts/flatten-declarations.mjs <dist> [--verify]
// --verify: a generated type test asserts, for every rewritten declaration, that `z.output` and
// `z.input` of the flattened schema and each flattened alias are identical to the original's.
import { cpSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { checkGeneratedFile } from './shared/tsc-check.mjs';

const require = createRequire(import.meta.url);
const ts = require('typescript');

const dist = resolve(process.argv[2] ?? 'dist');
const verify = process.argv.includes('--verify');
const ORIGINAL = '.flatten-original';

/** Every `.d.ts` / `.d.cts` under `dir`, the kept original excepted. */
function declarationFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.d\.c?ts$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !relative(dir, file).startsWith(ORIGINAL));
}

const ZOD_REFERENCE = /^(z|zod)\.Zod[A-Za-z]+$/;
// Wrappers whose kind changes what an enclosing `z.object` infers (an optional key, a default):
// kept around the flattened inner schema so composing an exported schema still infers the same.
const KEPT_WRAPPERS = new Set([
  'ZodOptional',
  'ZodNullable',
  'ZodDefault',
  'ZodPrefault',
  'ZodReadonly',
]);
const ALIAS_HELPERS = /^(z|zod)\.(output|input|infer)$/;
const PRINT =
  ts.TypeFormatFlags.NoTruncation |
  ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope |
  ts.TypeFormatFlags.UseStructuralFallback;

const files = declarationFiles(dist);
if (files.length === 0) {
  console.error(`[flatten-declarations] no declaration files in ${dist}`);
  process.exit(1);
}
const program = ts.createProgram(files, {
  noEmit: true,
  strict: true,
  skipLibCheck: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  types: [],
});
const checker = program.getTypeChecker();

const zodName = (node) =>
  ts.isTypeReferenceNode(node) && ZOD_REFERENCE.test(node.typeName.getText())
    ? node.typeName.getText().split('.')[1]
    : undefined;

/** Whether `node` has a zod schema reference below it (a composite schema). */
function hasNestedSchema(node) {
  let found = false;
  const visit = (child) => {
    if (found) return;
    if (zodName(child) !== undefined) found = true;
    else ts.forEachChild(child, visit);
  };
  ts.forEachChild(node, visit);
  return found;
}

/** Whether `node` mentions a type parameter (a generic signature: left as written). */
function mentionsTypeParameter(node) {
  let found = false;
  const visit = (child) => {
    if (found) return;
    if (ts.isTypeReferenceNode(child) && ts.isIdentifier(child.typeName)) {
      const symbol = checker.getSymbolAtLocation(child.typeName);
      if (symbol && symbol.flags & ts.SymbolFlags.TypeParameter) found = true;
    }
    if (!found) ts.forEachChild(child, visit);
  };
  visit(node);
  return found;
}

function schemaTypes(node) {
  const schema = checker.getTypeFromTypeNode(node);
  const internals = checker.getTypeOfPropertyOfType(schema, '_zod');
  if (!internals) return undefined;
  const output = checker.getTypeOfPropertyOfType(internals, 'output');
  const input = checker.getTypeOfPropertyOfType(internals, 'input');
  return output && input ? { output, input } : undefined;
}

/** The module specifier of `target` as written in `from` (`.d.ts` → `.js`, `.d.cts` → `.cjs`). */
function specifier(from, target) {
  const path = relative(dirname(from), target)
    .replace(/\.d\.ts$/, '.js')
    .replace(/\.d\.cts$/, '.cjs');
  return path.startsWith('.') ? path : `./${path}`;
}

/** Local name → exported name of a declaration file (chunks export short aliases: `X as a`). */
function exportedNames(file) {
  const source = program.getSourceFile(file);
  const map = new Map();
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement) && !statement.moduleSpecifier && statement.exportClause) {
      for (const element of statement.exportClause.elements) {
        map.set((element.propertyName ?? element.name).text, element.name.text);
      }
    }
  }
  return map;
}

/** Exported name → local name of what `file` imports from `target` (`import { a as X }`). */
function importedNames(file, target) {
  const source = program.getSourceFile(file);
  const map = new Map();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier))
      continue;
    if (
      resolve(dirname(file), statement.moduleSpecifier.text) !==
      resolve(dirname(file), specifier(file, target))
    )
      continue;
    const bindings = statement.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements)
        map.set((element.propertyName ?? element.name).text, element.name.text);
    }
  }
  return map;
}

const isSameType = (a, b) =>
  a === b || (checker.isTypeAssignableTo(a, b) && checker.isTypeAssignableTo(b, a));

/**
 * Every top-level schema constant and inferred-type alias, keyed by the printed text of its
 * types: an inlined copy of a schema elsewhere (declaration emit copies `typeof X` into endpoint
 * tables and signatures) then refers to the declaration instead of repeating it.
 */
const schemaRegistry = new Map();
const aliasRegistry = new Map();
const register = (registry, key, entry) => {
  const list = registry.get(key) ?? [];
  list.push(entry);
  registry.set(key, list);
};
for (const file of files) {
  const source = program.getSourceFile(file);
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (
          !declaration.type ||
          zodName(declaration.type) === undefined ||
          !ts.isIdentifier(declaration.name)
        )
          continue;
        const types = schemaTypes(declaration.type);
        if (!types) continue;
        const key = `${checker.typeToString(types.output, declaration, PRINT)}\u0000${checker.typeToString(types.input, declaration, PRINT)}`;
        register(schemaRegistry, key, {
          file,
          name: declaration.name.text,
          ...types,
          node: declaration.type,
        });
      }
    }
    if (isInferredAlias(statement)) {
      const type = checker.getTypeFromTypeNode(statement.type);
      const key = checker.typeToString(type, statement, PRINT | ts.TypeFormatFlags.InTypeAlias);
      register(aliasRegistry, key, { file, name: statement.name.text, type });
    }
  }
}

/**
 * A non-generic alias computed from a schema value (`type R = EndpointResult<typeof
 * replayEndpoints.tasksSummary>`): printed as the type it names, so a declaration that only needs
 * the result type does not depend on the schema table, and with it on zod's declarations
 * (split-zod-declarations.mjs then leaves it zod-free).
 */
function isQueryAlias(statement) {
  if (!ts.isTypeAliasDeclaration(statement) || statement.typeParameters) return false;
  // A bare `typeof x` names a value's own type (e.g. a table of functions): left as written.
  if (isInferredAlias(statement) || ts.isTypeQueryNode(statement.type)) return false;
  let found = false;
  const visit = (node) => {
    if (found) return;
    if (ts.isTypeQueryNode(node)) found = true;
    else ts.forEachChild(node, visit);
  };
  visit(statement.type);
  return found;
}

function isInferredAlias(statement) {
  return (
    ts.isTypeAliasDeclaration(statement) &&
    !statement.typeParameters &&
    ts.isTypeReferenceNode(statement.type) &&
    ALIAS_HELPERS.test(statement.type.typeName.getText())
  );
}

/** A reference from `file` to the declaration `entry`, or undefined when it is not reachable. */
function reference(file, entry) {
  if (entry.file === file) return entry.name;
  if (entry.file.endsWith('.d.cts') !== file.endsWith('.d.cts')) return undefined;
  const exported = exportedNames(entry.file).get(entry.name);
  if (exported === undefined) return undefined;
  const local = importedNames(file, entry.file).get(exported);
  return local ?? `import('${specifier(file, entry.file)}').${exported}`;
}

function findEntry(registry, key, file, matches) {
  for (const entry of registry.get(key) ?? []) {
    if (!matches(entry)) continue;
    const ref = reference(file, entry);
    if (ref !== undefined) return { entry, ref };
  }
  return undefined;
}

/** An anonymous object type with properties only (what zod infers for an object schema). */
function isPlainObject(type) {
  if (!(type.flags & ts.TypeFlags.Object) || (type.aliasSymbol && !isZodSymbol(type.aliasSymbol)))
    return false;
  if (!(type.objectFlags & (ts.ObjectFlags.Anonymous | ts.ObjectFlags.Mapped))) return false;
  return type.getCallSignatures().length === 0 && type.getConstructSignatures().length === 0;
}

/** A property's JSDoc (the schema field's comment), as a comment block at `indent`. */
function docComment(symbol, indent) {
  const text = ts.displayPartsToString(symbol.getDocumentationComment(checker));
  const tags = symbol
    .getJsDocTags(checker)
    .map((tag) => `@${tag.name}${tag.text ? ` ${ts.displayPartsToString(tag.text)}` : ''}`);
  const lines = [...(text ? text.split('\n') : []), ...tags].map((line) =>
    line.replaceAll('*/', '*\\/'),
  );
  if (lines.length === 0) return '';
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((line) => `${indent} * ${line}`.trimEnd()).join('\n')}\n${indent} */\n`;
}

/**
 * An inferred type as text, like `checker.typeToString` but keeping each field's JSDoc (the
 * comments written on the schema's fields), so a consumer's hover still shows them: objects
 * inside unions and arrays are printed here, anything else (named types, primitives, literals)
 * by the checker.
 */
function printDocumented(type, node, indent = '', printing = new Set()) {
  const plain = (t) => checker.typeToString(t, node, PRINT);
  if (printing.has(type)) return plain(type);
  if (
    type.isUnion() &&
    type.types.some(isPlainObject) &&
    !(type.aliasSymbol && !isZodSymbol(type.aliasSymbol))
  ) {
    printing.add(type);
    const members = type.types.map((member) => {
      const text = printDocumented(member, node, indent, printing);
      return member.getCallSignatures().length > 0 ? `(${text})` : text;
    });
    printing.delete(type);
    return members.join(' | ');
  }
  if (checker.isArrayType(type) && !type.aliasSymbol) {
    const [element] = checker.getTypeArguments(type);
    if (
      !element ||
      !(isPlainObject(element) || (element.isUnion() && element.types.some(isPlainObject)))
    )
      return plain(type);
    const readonly = type.target?.symbol?.escapedName === 'ReadonlyArray';
    return `${readonly ? 'ReadonlyArray' : 'Array'}<${printDocumented(element, node, indent, printing)}>`;
  }
  if (!isPlainObject(type)) return plain(type);
  printing.add(type);
  const inner = `${indent}    `;
  const members = [];
  for (const info of checker.getIndexInfosOfType(type)) {
    const key = checker.typeToString(info.keyType, node, PRINT);
    const value = printDocumented(info.type, node, inner, printing);
    members.push(`${inner}${info.isReadonly ? 'readonly ' : ''}[key: ${key}]: ${value};\n`);
  }
  for (const property of checker.getPropertiesOfType(type)) {
    const name = property.getName();
    const key = ts.isIdentifierText(name, ts.ScriptTarget.ES2022) ? name : JSON.stringify(name);
    const optional = property.flags & ts.SymbolFlags.Optional ? '?' : '';
    const readonly = ts.getCheckFlags(property) & ts.CheckFlags.Readonly ? 'readonly ' : '';
    const value = printDocumented(checker.getTypeOfSymbol(property), node, inner, printing);
    members.push(`${docComment(property, inner)}${inner}${readonly}${key}${optional}: ${value};\n`);
  }
  printing.delete(type);
  return members.length === 0 ? '{}' : `{\n${members.join('')}${indent}}`;
}

/** The text of an inferred type: the alias that names it when there is one, else the type literal. */
function printType(type, node, file, aliasNames) {
  const named = aliasNames.get(type);
  if (named) return named;
  const text = checker.typeToString(type, node, PRINT);
  const alias = findEntry(aliasRegistry, text, file, (entry) => isSameType(entry.type, type));
  return alias ? alias.ref : printDocumented(type, node);
}

/** The flattened text of a composite schema reference, or undefined to leave it as written. */
function flattenSchema(node, file, aliasNames, own) {
  const kind = zodName(node);
  if (KEPT_WRAPPERS.has(kind) && node.typeArguments?.length === 1) {
    const [inner] = node.typeArguments;
    const flat =
      zodName(inner) !== undefined && hasNestedSchema(inner)
        ? flattenSchema(inner, file, aliasNames, false)
        : undefined;
    return flat === undefined ? undefined : `${node.typeName.getText()}<${flat}>`;
  }
  const types = schemaTypes(node);
  if (!types) return undefined;
  if (!own) {
    const key = `${checker.typeToString(types.output, node, PRINT)}\u0000${checker.typeToString(types.input, node, PRINT)}`;
    const schema = findEntry(
      schemaRegistry,
      key,
      file,
      (entry) =>
        entry.node !== node &&
        isSameType(entry.output, types.output) &&
        isSameType(entry.input, types.input),
    );
    if (schema) return `typeof ${schema.ref}`;
  }
  const output = printType(types.output, node, file, aliasNames);
  // The same text in the same scope is the same type; assignability both ways is not enough:
  // it is weaker than the identity that the `--verify` check demands.
  const sameInput =
    types.input === types.output ||
    checker.typeToString(types.input, node, PRINT) ===
      checker.typeToString(types.output, node, PRINT);
  const input = sameInput ? output : printType(types.input, node, file, aliasNames);
  const namespace = node.typeName.getText().split('.')[0];
  return `${namespace}.ZodType<${output}, ${input}>`;
}

const rewritten = new Map();
let before = 0;
let after = 0;
for (const file of files) {
  const source = program.getSourceFile(file);
  const text = source.getFullText();
  const edits = [];
  // Aliases of inferred types (`type X = z.output<typeof XSchema>`): their own text becomes the
  // expanded type (unless it is already a named type, e.g. `OpenEnumValue<…>`), and a schema
  // whose output is exactly that type refers to it by name.
  const aliasNames = new Map();
  const aliases = source.statements.filter(isInferredAlias).map((statement) => ({
    statement,
    type: checker.getTypeFromTypeNode(statement.type),
  }));
  for (const { statement, type } of aliases)
    if (!aliasNames.has(type)) aliasNames.set(type, statement.name.text);
  for (const { statement, type } of aliases) {
    const foreignAlias = type.aliasSymbol && !isZodSymbol(type.aliasSymbol);
    const printed = foreignAlias
      ? checker.typeToString(type, statement, PRINT)
      : printDocumented(type, statement);
    edits.push({ start: statement.type.getStart(source), end: statement.type.end, text: printed });
  }
  for (const statement of source.statements.filter(isQueryAlias)) {
    const type = checker.getTypeFromTypeNode(statement.type);
    const key = checker.typeToString(type, statement, PRINT);
    const named = findEntry(aliasRegistry, key, file, (entry) => isSameType(entry.type, type));
    const own = type.aliasSymbol?.declarations?.includes(statement);
    const printed = own
      ? checker.typeToString(type, statement, PRINT | ts.TypeFormatFlags.InTypeAlias)
      : named
        ? named.ref
        : type.aliasSymbol && !isZodSymbol(type.aliasSymbol)
          ? checker.typeToString(type, statement, PRINT)
          : printDocumented(type, statement);
    edits.push({ start: statement.type.getStart(source), end: statement.type.end, text: printed });
    aliases.push({ statement, type });
  }
  const aliasStatements = new Set(aliases.map(({ statement }) => statement));
  const ownTypes = new Set();
  const names = { schemas: [], aliases: aliases.map(({ statement }) => statement.name.text) };
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (
        declaration.type &&
        zodName(declaration.type) !== undefined &&
        ts.isIdentifier(declaration.name)
      ) {
        names.schemas.push(declaration.name.text);
        ownTypes.add(declaration.type);
      }
    }
  }
  const visit = (node) => {
    if (aliasStatements.has(node)) return;
    if (zodName(node) !== undefined && hasNestedSchema(node) && !mentionsTypeParameter(node)) {
      const flat = flattenSchema(node, file, aliasNames, ownTypes.has(node));
      if (flat !== undefined) {
        edits.push({ start: node.getStart(source), end: node.end, text: flat });
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (edits.length === 0) continue;
  edits.sort((a, b) => b.start - a.start);
  let next = text;
  for (const edit of edits) next = next.slice(0, edit.start) + edit.text + next.slice(edit.end);
  before += text.length;
  after += next.length;
  rewritten.set(file, { text: next, names });
}

function isZodSymbol(symbol) {
  return (symbol.declarations ?? []).some((declaration) =>
    /[\\/]node_modules[\\/]zod[\\/]/.test(declaration.getSourceFile().fileName),
  );
}

if (verify) {
  // Keep the original next to the flattened files (same relative imports, same zod).
  const original = join(dist, ORIGINAL);
  rmSync(original, { recursive: true, force: true });
  for (const file of files) cpSync(file, join(original, relative(dist, file)));
}
for (const [file, { text }] of rewritten) writeFileSync(file, text);

if (verify) {
  const failed = verifyEquality();
  rmSync(join(dist, ORIGINAL), { recursive: true, force: true });
  if (failed) process.exit(1);
}
console.log(
  `[flatten-declarations] ${relative(process.cwd(), dist)}: ${rewritten.size} files, ${Math.round(before / 1024)} KiB → ${Math.round(after / 1024)} KiB`,
);

/**
 * A generated type test: for every rewritten file's exported schemas and inferred-type aliases,
 * `z.output` / `z.input` of the flattened declaration is identical to the original's (the strict
 * identity check, not mutual assignability). Returns true when a check failed.
 */
function verifyEquality() {
  const lines = [
    "import type { z } from 'zod';",
    'type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;',
    'type Expect<T extends true> = T;',
  ];
  let index = 0;
  for (const [file, { names }] of rewritten) {
    const exported = exportedNames(file);
    const checks = [
      ...names.schemas.filter((name) => exported.has(name)).map((name) => ({ name, schema: true })),
      ...names.aliases
        .filter((name) => exported.has(name))
        .map((name) => ({ name, schema: false })),
    ];
    if (checks.length === 0) continue;
    const spec = `./${relative(dist, file)
      .replace(/\.d\.ts$/, '.js')
      .replace(/\.d\.cts$/, '.cjs')}`;
    lines.push(`import type * as F${index} from '${spec}';`);
    lines.push(`import type * as O${index} from './${ORIGINAL}/${spec.slice(2)}';`);
    for (const { name, schema } of checks) {
      const alias = exported.get(name);
      if (schema) {
        lines.push(
          `type _${index}_${alias}_o = Expect<Equal<z.output<typeof F${index}.${alias}>, z.output<typeof O${index}.${alias}>>>;`,
          `type _${index}_${alias}_i = Expect<Equal<z.input<typeof F${index}.${alias}>, z.input<typeof O${index}.${alias}>>>;`,
        );
      } else {
        lines.push(
          `type _${index}_${alias} = Expect<Equal<F${index}.${alias}, O${index}.${alias}>>;`,
        );
      }
    }
    index += 1;
  }
  const passed = checkGeneratedFile(
    join(dist, '.flattened-equals-original.ts'),
    `${lines.join('\n')}\n`,
    {
      cwd: dirname(dist),
      skipLibCheck: true,
      extra: ['--noUnusedLocals', 'false'],
      keep: process.argv.includes('--keep-check'),
    },
  );
  if (passed) {
    console.log(
      `[flatten-declarations] verified ${lines.filter((line) => line.startsWith('type _')).length} type equalities`,
    );
    return false;
  }
  console.error('[flatten-declarations] the flattened declarations differ from the inferred types');
  return true;
}
