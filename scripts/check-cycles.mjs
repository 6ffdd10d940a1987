#!/usr/bin/env node
// Fails (exit 1) when any module of the packages imports itself through a chain of imports.
// Type-only imports count: a type cycle is still two modules that cannot be read one after the
// other, and it turns into a runtime cycle the day someone imports a value along the same edge.
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCircular, parseDependencyTree } from 'dpdm';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entries = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [
      'packages/*/src/**/*.ts',
      'packages/*/src/**/*.tsx',
      '.storybook/**/*.ts',
      '.storybook/**/*.tsx',
    ];

process.chdir(root);
const tree = await parseDependencyTree(entries, {
  context: root,
  // Keep type-only imports in the graph (dpdm drops them only when transforming).
  transform: false,
  skipDynamicImports: false,
  tsconfig: join(root, 'tsconfig.json'),
});
const cycles = parseCircular(tree);
const files = Object.keys(tree).filter((file) => !file.includes('node_modules')).length;
if (cycles.length > 0) {
  console.error(`import cycles: ${cycles.length} (in ${files} modules)`);
  for (const [index, cycle] of cycles.entries()) {
    const path = [...cycle, cycle[0]].map((file) => relative(root, file));
    console.error(`  ${index + 1}) ${path.join(' -> ')}`);
  }
  process.exit(1);
}
console.log(`no import cycles in ${files} modules`);
