import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// Every form CSS allows for a local import: `@import "x.css";`, `@import 'x.css';` and
// `@import url(x.css);` (quoted or not). A host bundler would choke on any left behind, because
// only the bundled file ships.
const IMPORT = /@import\s+(?:url\(\s*(['"]?)([^'")]+)\1\s*\)|(['"])([^'"]+)\3)\s*([^;]*);/g;

/**
 * Inline every local `@import` of a stylesheet, recursively, so the published `styles.css` is one
 * self-contained file. Throws on an import it cannot inline (a missing file, a remote URL, a
 * media- or layer-qualified import, a cycle) instead of shipping a stylesheet that breaks later
 * in the host's bundler.
 */
export function bundleCss(file: string, trail: readonly string[] = []): string {
  if (trail.includes(file)) {
    throw new Error(`styles: @import cycle ${[...trail, file].join(' → ')}`);
  }
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    const from = trail.at(-1);
    throw new Error(`styles: cannot read ${file}${from ? ` (imported by ${from})` : ''}`);
  }
  return source.replace(
    IMPORT,
    (statement, _q1, urlPath: string | undefined, _q2, quotedPath: string | undefined, rest) => {
      const path = (urlPath ?? quotedPath ?? '').trim();
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(path) || String(rest).trim() !== '') {
        throw new Error(`styles: cannot inline ${statement} in ${file}`);
      }
      return bundleCss(join(dirname(file), path), [...trail, file]);
    },
  );
}
