import { readFileSync, writeFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { bundleCss } from './build/bundle-css';

interface ExportEntry {
  '@govkit/source'?: string;
}

// One build entry per JavaScript export of package.json (`.` and every widget's
// `./<widget>`), so adding a widget's export is all it takes to build its own entry point.
const exportsMap = JSON.parse(readFileSync('package.json', 'utf8')).exports as Record<
  string,
  string | ExportEntry
>;
const entry = Object.fromEntries(
  Object.entries(exportsMap).flatMap(([subpath, target]) => {
    const source = typeof target === 'object' ? target['@govkit/source'] : undefined;
    if (!source) return [];
    return [[subpath === '.' ? 'index' : subpath.slice(2), source]];
  }),
);

export default defineConfig({
  entry,
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  target: 'es2022',
  // Shared code (provider, formatting, shared parts) goes to chunks both entries import, so
  // importing one widget never pulls another. Each entry's source starts with 'use client'
  // (React Server Components hosts treat it as client code); esbuild keeps that directive.
  splitting: true,
  external: [
    'react',
    'react-dom',
    '@govkit/sdk',
    '@tanstack/react-query',
    '@tanstack/react-table',
    '@tanstack/react-virtual',
    'react-markdown',
    'zod',
  ],
  onSuccess: async () => {
    writeFileSync('dist/styles.css', bundleCss('src/styles.css'));
  },
});
