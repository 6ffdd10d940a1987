// The client entries must not evaluate zod when imported (docs/architecture.md, "Root import
// time"): zod's own import is most of what a root import would cost. This walks the static import
// graph from the entries' sources, as a bundler or Node would load it: type-only imports are
// erased and `import()` is deferred to a call, so neither counts. The packed build is checked the
// same way at run time by scripts/smoke-packages.mjs.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DependencyTree, parseDependencyTree } from 'dpdm';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ZOD = /(?:^|[\\/])node_modules[\\/](?:\.pnpm[\\/][^\\/]+[\\/]node_modules[\\/])?zod[\\/]/;

/** Every chain of static imports from `entry` that ends in zod (dpdm names files from `root`). */
async function zodChains(entry: string): Promise<string[]> {
  const tree: DependencyTree = await parseDependencyTree(entry, {
    context: root,
    transform: true,
    skipDynamicImports: true,
    tsconfig: join(root, 'tsconfig.json'),
  });
  const chains: string[] = [];
  const seen = new Set<string>();
  const walk = (file: string, path: string[]): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const dependency of tree[file] ?? []) {
      if (dependency.kind === 'DynamicImport' || !dependency.id) continue;
      const next = [...path, dependency.id];
      if (ZOD.test(dependency.id)) chains.push(next.join(' -> '));
      else walk(dependency.id, next);
    }
  };
  walk(entry, [entry]);
  expect(seen.size, 'the walk reached the modules of the entry').toBeGreaterThan(1);
  return chains;
}

describe('client entries evaluate no zod at import', () => {
  it.each(['packages/sdk/src/index.ts', 'packages/sdk/src/client/core.ts'])('%s', async (entry) => {
    expect(await zodChains(entry)).toEqual([]);
  });

  it('still sees zod where it is imported (the check can fail)', async () => {
    expect(await zodChains('packages/sdk/src/schemas/shared/error-body.ts')).not.toEqual([]);
  });
});
