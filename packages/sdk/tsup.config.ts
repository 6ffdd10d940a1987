import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    schemas: 'src/schemas/index.ts',
    engines: 'src/engines/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  // Policy: no source maps in the package. The output is unminified ES2022, readable as is, and
  // maps without the sources they point at would only add megabytes to every install.
  sourcemap: false,
  target: 'es2022',
  // Shared chunks for CommonJS too: each module exists once, whichever entries a consumer loads,
  // so `require('@govkit/sdk').X === require('@govkit/sdk/schemas').X` (esbuild splits ESM by
  // default; tsup's experimental CJS splitting does the same for `require`).
  splitting: true,
});
