#!/usr/bin/env node
// Post-build step: one declaration set for both `exports` conditions. tsup emits every
// declaration twice (`.d.ts` for `import`, `.d.cts` for `require`, each with its own chunks); this
// keeps the CommonJS set and turns each entry's `.d.ts` into `export * from './<entry>.cjs'`.
// Why this direction: an ES module may import a CommonJS one, so the ESM entry can re-export the
// `.d.cts` under every resolution mode (node16 included), while a `.d.cts` re-exporting an ES
// module is error TS1479 for a node16 CommonJS consumer. attw (`check:package`) and the smoke
// test's node16 and bundler consumers check the result.
//   node scripts/share-declarations.mjs <package dir>
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';

const dir = resolve(process.argv[2] ?? '.');
const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
const exportsMap = manifest.publishConfig?.exports ?? manifest.exports;

/** Every `.d.ts` the manifest points at (any condition, and `types`): the ESM entries. */
const referenced = [];
const collect = (value) => {
  if (typeof value === 'string') {
    if (value.endsWith('.d.ts')) referenced.push(value);
  } else if (value && typeof value === 'object') {
    for (const child of Object.values(value)) collect(child);
  }
};
collect(exportsMap);
collect(manifest.types);
const entries = new Set(referenced.map((types) => resolve(dir, types)));

const dist = join(dir, 'dist');
let removed = 0;
for (const entry of readdirSync(dist, { withFileTypes: true, recursive: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.d.ts')) continue;
  const file = join(entry.parentPath, entry.name);
  if (!entries.has(file)) {
    rmSync(file);
    removed += 1;
    continue;
  }
  const twin = file.replace(/\.d\.ts$/, '.d.cts');
  // Fails the build when tsup stops emitting the CommonJS twin rather than shipping a dangling stub.
  readFileSync(twin);
  writeFileSync(file, `export * from './${basename(twin).replace(/\.d\.cts$/, '.cjs')}';\n`);
}
console.log(
  `[share-declarations] ${relative(process.cwd(), dist) || '.'}: ${entries.size} ESM entries re-export their .d.cts, ${removed} duplicate files removed`,
);
