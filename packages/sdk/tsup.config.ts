import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    schemas: 'src/schemas/index.ts',
    engines: 'src/engines/index.ts',
    // Tree-shakable entries: the client's context and one entry per resource (standalone endpoint
    // functions), and one per engine domain. Each is also in package.json `exports` and
    // `publishConfig.exports`.
    'client/core': 'src/client/core.ts',
    'client/analytics': 'src/client/endpoints/analytics.ts',
    'client/baselines': 'src/client/endpoints/baselines.ts',
    'client/coaching': 'src/client/endpoints/coaching.ts',
    'client/evidence': 'src/client/endpoints/evidence.ts',
    'client/exports': 'src/client/endpoints/exports.ts',
    'client/lineage': 'src/client/endpoints/lineage.ts',
    'client/migrations': 'src/client/endpoints/migrations.ts',
    'client/overrides': 'src/client/endpoints/overrides.ts',
    'client/preview': 'src/client/endpoints/preview.ts',
    'client/replay': 'src/client/endpoints/replay.ts',
    'client/runs': 'src/client/endpoints/runs.ts',
    'client/templates': 'src/client/endpoints/templates.ts',
    'client/timeline': 'src/client/endpoints/timeline.ts',
    'engines/analytics': 'src/engines/analytics/index.ts',
    'engines/baselines': 'src/engines/baselines/index.ts',
    'engines/coaching': 'src/engines/coaching/index.ts',
    'engines/evidence': 'src/engines/evidence/index.ts',
    'engines/exports': 'src/engines/exports/index.ts',
    'engines/lineage': 'src/engines/lineage/index.ts',
    'engines/overrides': 'src/engines/overrides/index.ts',
    'engines/preview': 'src/engines/preview/index.ts',
    'engines/replay': 'src/engines/replay/index.ts',
    'engines/run-governance': 'src/engines/run-governance/index.ts',
    'engines/shared': 'src/engines/shared/index.ts',
    'engines/templates': 'src/engines/templates/index.ts',
    'engines/timeline': 'src/engines/timeline/index.ts',
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
