import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { sourceAliases } from './scripts/source-aliases.ts';

// fast-check runs: 10,000 by default for the model-based suites; raise with GOVKIT_FC_RUNS.
const fcRuns = process.env.GOVKIT_FC_RUNS ?? '';

// Story tests run in Debian's Chromium (nothing can download a browser here). The flags keep it
// from reaching for the network, which is closed on our machines.
const chromiumPath = process.env.GOVKIT_CHROMIUM ?? '/usr/bin/chromium';
const chromium = playwright({
  launchOptions: {
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  },
});

export default defineConfig({
  resolve: { alias: sourceAliases },
  test: {
    restoreMocks: true,
    env: { GOVKIT_FC_RUNS: fcRuns },
    projects: [
      {
        extends: true,
        test: {
          name: 'sdk',
          root: 'packages/sdk',
          environment: 'node',
          include: ['src/**/*.test.ts'],
          // Type tests (`*.test-d.ts`, `expectTypeOf`) run through tsc with the other tests.
          typecheck: {
            enabled: true,
            include: ['src/**/*.test-d.ts'],
            tsconfig: './tsconfig.typecheck.json',
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'mock-server',
          root: 'packages/mock-server',
          environment: 'node',
          include: ['src/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'store-sql',
          root: 'packages/store-sql',
          environment: 'node',
          include: ['src/**/*.test.ts'],
          // One throwaway PostgreSQL server for the run (see postgres-global-setup.ts).
          globalSetup: ['src/testing/postgres-global-setup.ts'],
          // PGlite boots a WASM PostgreSQL (seconds on a busy machine); the races open 50 sockets.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'react',
          root: 'packages/react',
          environment: 'happy-dom',
          include: ['src/**/*.test.{ts,tsx}', 'build/**/*.test.ts'],
          setupFiles: ['./src/test/setup.ts'],
        },
      },
      // Without Chromium (a developer machine that never ran `npm test`) the story project is
      // skipped here; `npm test` installs Chromium first, so CI always runs it.
      ...(existsSync(chromiumPath)
        ? [
            {
              extends: true as const,
              plugins: [
                storybookTest({
                  configDir: fileURLToPath(new URL('./.storybook', import.meta.url)),
                }),
              ],
              test: {
                name: 'storybook',
                browser: {
                  enabled: true,
                  headless: true,
                  provider: chromium,
                  instances: [{ browser: 'chromium' as const }],
                },
              },
            },
          ]
        : []),
    ],
  },
});
