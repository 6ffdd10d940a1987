import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defineConfig } from 'tsup';

/** Inline `@import './x.css'` so the published stylesheet is one self-contained file. */
function bundleCss(file: string): string {
  return readFileSync(file, 'utf8').replace(/@import\s+'([^']+)';/g, (_, path: string) =>
    bundleCss(join(dirname(file), path)),
  );
}

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  target: 'es2022',
  external: ['react', 'react-dom', '@govkit/sdk', '@tanstack/react-table', 'zod'],
  onSuccess: async () => {
    writeFileSync('dist/styles.css', bundleCss('src/styles.css'));
  },
});
