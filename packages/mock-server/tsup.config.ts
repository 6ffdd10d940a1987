import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig } from 'tsup';
import { DOCS_ASSETS } from './src/http/docs-assets';

/**
 * Copy the docs UIs' files (and their licences) into `dist/docs-assets/`: the package serves
 * them from there, so `swagger-ui-dist` and `redoc` are build-time dependencies only.
 */
function copyDocsAssets() {
  const require = createRequire(import.meta.url);
  const out = 'dist/docs-assets';
  mkdirSync(out, { recursive: true });
  const licences = new Map<string, string>();
  for (const [name, { from }] of Object.entries(DOCS_ASSETS)) {
    const [pkg, ...rest] = from.split('/');
    const root = dirname(require.resolve(`${pkg}/package.json`));
    copyFileSync(join(root, ...rest), join(out, name));
    licences.set(pkg as string, join(root, 'LICENSE'));
  }
  for (const [pkg, licence] of licences) copyFileSync(licence, join(out, `${pkg}.LICENSE`));
}

export default defineConfig([
  {
    entry: { index: 'src/index.ts', node: 'src/node.ts', browser: 'src/browser.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    // No source maps in the package (see the sdk's tsup config); shared chunks for CommonJS so
    // `index` and `node` share one `BinaryBody` class (an `instanceof` across bundles failed).
    sourcemap: false,
    splitting: true,
    target: 'es2022',
    // The node entry finds its docs assets through `import.meta.url`; the CJS build needs a shim.
    shims: true,
    onSuccess: async () => copyDocsAssets(),
  },
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    sourcemap: false,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
