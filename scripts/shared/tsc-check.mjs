// How govkit's scripts run `tsc` over a single file: the build's declaration checks
// (flatten-declarations and split-zod-declarations `--verify`), the smoke test's TypeScript
// consumers and the packages benchmark's type-check timings. One flag list, so the smoke test and
// the benchmark time exactly what a consumer runs, and the build checks use the same settings.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** `tsc` flags of each module resolution mode a consumer may use. */
const RESOLUTION_FLAGS = {
  bundler: ['--module', 'esnext', '--moduleResolution', 'bundler'],
  node16: ['--module', 'node16', '--moduleResolution', 'node16'],
};

/**
 * The flags of a strict, emit-free check of one file: what a consumer's tsconfig would say
 * (`strict`, ES2022, `@types/node`), without `skipLibCheck` unless asked.
 * @param {{ resolution?: 'bundler' | 'node16', jsx?: boolean, skipLibCheck?: boolean, extra?: string[] }} [options]
 * @returns {string[]}
 */
export function tscArgs(options = {}) {
  const { resolution = 'bundler', jsx = false, skipLibCheck = false, extra = [] } = options;
  return [
    '--noEmit',
    '--strict',
    ...(skipLibCheck ? ['--skipLibCheck'] : []),
    '--target',
    'es2022',
    ...(jsx ? ['--jsx', 'react-jsx'] : []),
    '--types',
    'node',
    ...RESOLUTION_FLAGS[resolution],
    ...extra,
  ];
}

/**
 * The `tsc` script of the TypeScript that `directory` resolves (an installed app's own, or the
 * repository's for the build scripts).
 * @param {string} directory
 * @returns {string}
 */
export function tscPath(directory) {
  const require = createRequire(join(directory, 'package.json'));
  return join(dirname(require.resolve('typescript/package.json')), 'bin', 'tsc');
}

/**
 * Writes `text` to `file`, type-checks it with {@link tscArgs} (tsc's output goes to the
 * terminal), and removes it unless `keep`. Returns whether it type-checked.
 * @param {string} file
 * @param {string} text
 * @param {{ cwd: string, keep?: boolean } & Parameters<typeof tscArgs>[0]} options
 * @returns {boolean}
 */
export function checkGeneratedFile(file, text, options) {
  const { cwd, keep = false, ...flags } = options;
  writeFileSync(file, text);
  try {
    execFileSync(process.execPath, [tscPath(import.meta.dirname), ...tscArgs(flags), file], {
      stdio: 'inherit',
      cwd,
    });
    return true;
  } catch {
    return false;
  } finally {
    if (!keep) rmSync(file, { force: true });
  }
}
