// How govkit's scripts run `tsc` over a single file: the build's declaration checks
// (flatten-declarations and split-zod-declarations `--verify`), the smoke test's TypeScript
// consumers and the packages benchmark's type-check timings. One flag list, so the smoke test and
// the benchmark time exactly what a consumer runs, and the build checks use the same settings.
import { execFileSync, spawnSync } from 'node:child_process';
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

/**
 * Type-checks `file` in `cwd` with `tsc` and `args` and returns its wall and CPU time in ms
 * (the CPU time of the tsc process itself, via tsc-timed.cjs). Throws when it does not pass.
 * @param {string} tsc
 * @param {string[]} args
 * @param {string} file
 * @param {string} cwd
 * @returns {{ wall: number, cpu: number }}
 */
export function timeTsc(tsc, args, file, cwd) {
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    // Everything on tsc's own thread (GC and V8's background compilers): its CPU time is then the
    // time one core spends, as its wall time would be on an idle machine. With only the GC
    // single-threaded, the compiler threads' CPU made a file's CPU time exceed its wall time.
    ['--single-threaded', join(import.meta.dirname, 'tsc-timed.cjs'), tsc, ...args, file],
    { cwd, encoding: 'utf8' },
  );
  const wall = performance.now() - started;
  const cpu = Number(/govkit-tsc-cpu-ms=([\d.]+)/.exec(result.stderr)?.[1]);
  if (result.status !== 0 || !Number.isFinite(cpu))
    throw new Error(
      `tsc ${file} failed (exit ${result.status}):\n${result.stdout}${result.stderr}`,
    );
  return { wall, cpu };
}
