#!/usr/bin/env node
// The README's two commands (`npm start`, `npm test`) land here. They must work on a fresh machine
// that has only Node 20 and npm: this script finds (or fetches through npx) the exact pnpm the
// workspace pins, installs dependencies, and then runs the product or every check.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager;
const pnpmVersion = pinned.replace(/^pnpm@/, '').split('+')[0];

function log(message) {
  console.log(`\n[govkit] ${message}`);
}

/** The pnpm command line: a global pnpm of the pinned version, else npx fetches exactly that one. */
function resolvePnpm() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8', cwd: root });
  if (probe.status === 0 && probe.stdout.trim() === pnpmVersion) return ['pnpm'];
  return ['npx', '--yes', `pnpm@${pnpmVersion}`];
}

const pnpm = resolvePnpm();

function run(args, options = {}) {
  const [command, ...rest] = [...pnpm, ...args];
  log(`${pnpm.join(' ')} ${args.join(' ')}`);
  const result = spawnSync(command, rest, { stdio: 'inherit', cwd: root, ...options });
  if (result.status !== 0) {
    log(`failed: ${args.join(' ')} (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

function install() {
  const frozen = existsSync(join(root, 'pnpm-lock.yaml')) ? ['--frozen-lockfile'] : [];
  run(['install', ...frozen]);
}

/** Browser tests need Chromium; Debian's package is the only one reachable here. */
export function chromiumPath() {
  for (const candidate of [
    process.env.GOVKIT_CHROMIUM,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return undefined;
}

function ensureChromium() {
  if (chromiumPath()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    log(
      'Chromium is missing and this user cannot apt-get it: run `sudo apt-get install -y chromium`.',
    );
    process.exit(1);
  }
  log('installing Debian chromium for browser tests (apt-get)');
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
    const result = spawnSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}

const steps = {
  test() {
    install();
    ensureChromium();
    run(['run', 'lint']);
    run(['run', 'check:cycles']);
    run(['run', 'typecheck']);
    run(['run', 'test:unit']);
    run(['run', 'build']);
    run(['run', 'test:packages']);
    // The packed packages in a fresh app: ESM, CJS, TypeScript (bundler, node16), SSR.
    run(['run', 'test:smoke']);
    run(['run', 'size']);
    // The designers' static Storybook must build (a story that only fails to bundle would
    // otherwise pass every test that runs stories one by one in dev mode).
    run(['run', 'build:storybook']);
    // Every changeset must parse (a malformed one would only fail at release time).
    run(['exec', 'changeset', 'status']);
    log('all checks passed');
  },
  start() {
    install();
    // The mock API (http://127.0.0.1:8080) and Storybook (http://127.0.0.1:6006) run side by side;
    // Ctrl-C stops both, and if either exits the other is stopped too.
    const children = [
      ['--filter', '@govkit/mock-server', 'run', 'start'],
      ['exec', 'storybook', 'dev', '--port', '6006', '--host', '127.0.0.1', '--ci', '--no-open'],
    ].map((args) => {
      const [command, ...rest] = [...pnpm, ...args];
      log(`${pnpm.join(' ')} ${args.join(' ')}`);
      return spawn(command, rest, { stdio: 'inherit', cwd: root });
    });
    const stopAll = (signal) => {
      for (const child of children) if (child.exitCode === null) child.kill(signal);
    };
    process.on('SIGINT', () => stopAll('SIGINT'));
    process.on('SIGTERM', () => stopAll('SIGTERM'));
    for (const child of children) {
      child.on('exit', (code) => {
        stopAll('SIGTERM');
        process.exitCode = code ?? 0;
      });
    }
  },
};

const task = process.argv[2];
if (!(task in steps)) {
  console.error(`usage: node scripts/govkit.mjs <${Object.keys(steps).join('|')}>`);
  process.exit(2);
}
steps[task]();
