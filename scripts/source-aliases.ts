import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const packagesDir = fileURLToPath(new URL('../packages/', import.meta.url));

type ExportTarget = string | { '@govkit/source'?: string };

export interface SourceAlias {
  find: RegExp;
  replacement: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The one alias list through which vitest and Storybook run every workspace package from its
 * `src/` entry points, never `dist/`: no build is needed before a test or a story.
 *
 * It is derived from each package's `exports` map — every public subpath carries a
 * `@govkit/source` condition naming its source file — so a new entry (a widget, a locale, an sdk
 * resource) resolves from sources the moment it is published, and the two can never disagree.
 * A hand-written list once missed `@govkit/react/locales/de` and only a clean clone (no `dist/`
 * to fall back on) noticed.
 */
export function readSourceAliases(root: string = packagesDir): SourceAlias[] {
  const aliases: SourceAlias[] = [];
  for (const dir of readdirSync(root).sort()) {
    let manifest: { name?: string; exports?: Record<string, ExportTarget> };
    try {
      manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
    } catch {
      continue; // not a package folder
    }
    if (!manifest.name || !manifest.exports) continue;
    for (const [subpath, target] of Object.entries(manifest.exports)) {
      const specifier = subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`;
      const source = typeof target === 'object' ? target['@govkit/source'] : undefined;
      if (source) {
        aliases.push({
          find: new RegExp(`^${escapeRegExp(specifier)}$`),
          replacement: resolve(root, dir, source),
        });
      }
    }
  }
  // The stylesheet's source entry: its `@import`s resolve in place, the build inlines them.
  aliases.push({
    find: /^@govkit\/react\/styles\.css$/,
    replacement: resolve(root, 'react/src/styles.css'),
  });
  return aliases;
}

export const sourceAliases: SourceAlias[] = readSourceAliases();
