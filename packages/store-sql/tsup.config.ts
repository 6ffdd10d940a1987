import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  // No source maps in the package, as in @govkit/sdk (see its tsup config for why).
  sourcemap: false,
  target: 'es2022',
  treeshake: true,
  // Drivers are optional peers: never bundled, loaded only by the store that needs them.
  external: ['pg', '@electric-sql/pglite'],
});
