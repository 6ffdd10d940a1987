import { fileURLToPath } from 'node:url';

const src = (path: string) => fileURLToPath(new URL(`../packages/${path}`, import.meta.url));

/**
 * The one alias list through which vitest and Storybook run every workspace package from its
 * `src/` entry points, never `dist/`: no build is needed before a test or a story, and a new
 * widget entry (`@govkit/react/<widget>`) resolves without touching either config.
 */
export const sourceAliases = [
  { find: /^@govkit\/sdk\/schemas$/, replacement: src('sdk/src/schemas/index.ts') },
  { find: /^@govkit\/sdk\/engines$/, replacement: src('sdk/src/engines/index.ts') },
  { find: /^@govkit\/sdk$/, replacement: src('sdk/src/index.ts') },
  { find: /^@govkit\/mock-server\/node$/, replacement: src('mock-server/src/node.ts') },
  { find: /^@govkit\/mock-server\/browser$/, replacement: src('mock-server/src/browser.ts') },
  { find: /^@govkit\/mock-server$/, replacement: src('mock-server/src/index.ts') },
  // The stylesheet's source entry: its `@import`s resolve in place, the build inlines them.
  { find: /^@govkit\/react\/styles\.css$/, replacement: src('react/src/styles.css') },
  { find: /^@govkit\/react\/([a-z][a-z0-9-]*)$/, replacement: src('react/src/$1/index.ts') },
  { find: /^@govkit\/react$/, replacement: src('react/src/index.ts') },
  { find: /^@govkit\/store-sql$/, replacement: src('store-sql/src/index.ts') },
];
