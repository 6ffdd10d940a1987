#!/usr/bin/env node
// The `govkit` bin. An installed package runs its build (`dist/cli.js`). Inside the govkit
// repository the sources sit next to this file: then it runs them through tsx with the
// `@govkit/source` condition, so `npx govkit` works right after `pnpm install` on a fresh clone
// (nothing built yet) and never runs a stale build.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const sources = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

if (existsSync(sources)) {
  const result = spawnSync(
    process.execPath,
    // tsx is resolved from here, not from the caller's working directory.
    [
      '--conditions=@govkit/source',
      '--import',
      import.meta.resolve('tsx'),
      sources,
      ...process.argv.slice(2),
    ],
    { stdio: 'inherit' },
  );
  // Ctrl-C reaches the child through the terminal's process group; mirror how it ended.
  if (result.error) {
    console.error(`govkit: could not start from sources: ${result.error.message}`);
    process.exit(1);
  }
  process.exit(result.status ?? (result.signal === 'SIGINT' ? 130 : 1));
} else {
  await import('../dist/cli.js');
}
