// Every public entry point's runtime export names, snapshotted: each name is a semver promise, so
// adding or removing one shows up in review as a change to __snapshots__/public-surface.test.ts.snap
// (update it with `npx vitest run --project scripts scripts/public-surface.test.ts -u`). Types
// are not listed here: type-only exports are covered by the packages' `*.test-d.ts` files.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const PUBLISHED = ['sdk', 'mock-server', 'react', 'store-sql'] as const;

interface Manifest {
  exports: Record<string, string | Record<string, unknown>>;
}

/** The entries a package publishes, each with the source file it is built from. */
function sourceEntries(name: string): [entry: string, source: string][] {
  const dir = new URL(`../packages/${name}/`, import.meta.url);
  const manifest = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as Manifest;
  return Object.entries(manifest.exports).flatMap(([entry, target]) => {
    const source = typeof target === 'object' ? target['@govkit/source'] : undefined;
    return typeof source === 'string' && /\.tsx?$/.test(source)
      ? [[`@govkit/${name}${entry.slice(1)}`, fileURLToPath(new URL(source, dir))]]
      : [];
  });
}

describe.each(PUBLISHED)('@govkit/%s', (name) => {
  it.each(sourceEntries(name))('%s exports exactly its curated names', async (entry, source) => {
    const names = Object.keys(await import(source)).sort();
    expect(names.length).toBeGreaterThan(0);
    expect(names).toMatchSnapshot(entry);
  });
});
