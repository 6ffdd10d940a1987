import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';

const pkg = (path: string) => fileURLToPath(new URL(`../packages/${path}`, import.meta.url));

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../packages/react/src/**/*.stories.tsx'],
  addons: ['@storybook/addon-vitest'],
  // The mock server's service worker (msw init) lives here.
  staticDirs: ['./public'],
  // The network is closed on our machines; telemetry would only add a timeout to every build.
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    // Stories run from sources, like the unit tests: no package build needed first.
    return mergeConfig(viteConfig, {
      resolve: {
        alias: [
          { find: /^@govkit\/sdk\/schemas$/, replacement: pkg('sdk/src/schemas/index.ts') },
          { find: /^@govkit\/sdk\/engines$/, replacement: pkg('sdk/src/engines/index.ts') },
          { find: /^@govkit\/sdk$/, replacement: pkg('sdk/src/index.ts') },
          {
            find: /^@govkit\/mock-server\/browser$/,
            replacement: pkg('mock-server/src/browser.ts'),
          },
          { find: /^@govkit\/mock-server$/, replacement: pkg('mock-server/src/index.ts') },
          { find: /^@govkit\/react\/styles\.css$/, replacement: pkg('react/src/styles.css') },
          { find: /^@govkit\/react$/, replacement: pkg('react/src/index.ts') },
        ],
      },
    });
  },
};

export default config;
