import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sourceAliases } from './source-aliases.ts';

const packagesDir = fileURLToPath(new URL('../packages/', import.meta.url));

function publicSpecifiers(): string[] {
  const specifiers: string[] = [];
  for (const dir of readdirSync(packagesDir)) {
    const file = join(packagesDir, dir, 'package.json');
    if (!existsSync(file)) continue;
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    for (const subpath of Object.keys(manifest.exports ?? {})) {
      if (subpath === './package.json') continue;
      specifiers.push(subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`);
    }
  }
  return specifiers;
}

function resolveFromSources(specifier: string): string | undefined {
  const alias = sourceAliases.find((candidate) => candidate.find.test(specifier));
  return alias && specifier.replace(alias.find, alias.replacement);
}

describe('source aliases', () => {
  const specifiers = publicSpecifiers();

  it('covers the published subpaths of every package', () => {
    // Sanity: the walk found the packages, including the subpaths a hand-written list once missed.
    expect(specifiers).toEqual(
      expect.arrayContaining([
        '@govkit/sdk',
        '@govkit/react/locales/de',
        '@govkit/sdk/client/replay',
      ]),
    );
  });

  it.each(specifiers)('%s resolves to an existing source file (no build needed)', (specifier) => {
    const resolved = resolveFromSources(specifier);
    expect(resolved, `${specifier} has no source alias`).toBeDefined();
    expect(resolved).toContain(`${join('packages')}`);
    expect(resolved).not.toContain(`${join('/dist/')}`);
    expect(existsSync(resolved as string), `${specifier} → ${resolved}`).toBe(true);
  });

  it('matches whole specifiers only', () => {
    expect(resolveFromSources('@govkit/sdk-extra')).toBeUndefined();
    expect(resolveFromSources('@govkit/react/not-a-widget')).toBeUndefined();
  });
});
