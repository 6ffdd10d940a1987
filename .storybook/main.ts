import type { StorybookConfig } from '@storybook/react-vite';
import { sourceAliases } from '../scripts/source-aliases.ts';

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../packages/react/src/**/*.mdx', '../packages/react/src/**/*.stories.tsx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // The mock server's service worker (msw init) lives here.
  staticDirs: ['./public'],
  // The network is closed on our machines; telemetry would only add a timeout to every build.
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    // Stories run from sources, like the unit tests: no package build needed first.
    return mergeConfig(viteConfig, {
      resolve: {
        alias: sourceAliases,
      },
    });
  },
};

export default config;
