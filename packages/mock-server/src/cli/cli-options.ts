import { parseStoreLocation, StoreLocationError } from '@govkit/store-sql';
import { checkFaultConfig, type FaultConfig } from '../faults/fault-config';

/** Everything the CLI can be told, after flags and environment are merged. */
export interface CliOptions {
  port: number;
  host: string;
  seed: number;
  scale: number;
  clock: 'live' | 'manual';
  faults: FaultConfig;
  faultSeed: number | undefined;
  /** No per-request log lines. */
  quiet: boolean;
  /** `memory`, `pglite[:<dir>]` or `postgres://…`: where run governance and lineage live. */
  store: string;
  /** `serve` (default) or `migrate` (bring the --store schema up to date, then exit). */
  command: 'serve' | 'migrate';
  /** `migrate --dry-run`: list the pending migrations, change nothing. */
  dryRun: boolean;
  /** Browser origins allowed by CORS; undefined: the loopback default (see `CorsOption`). */
  corsOrigins: string[] | undefined;
}

/** Parsed command line: options to run with, help to print, or an error (exit 2). */
export type CliParseResult =
  | { kind: 'run'; options: CliOptions }
  | { kind: 'help' }
  | { kind: 'error'; message: string };

/** One option: its flag, its environment variable and how to read its value. */
interface OptionSpec {
  flag: string;
  env: string;
  apply: (options: CliOptions, value: string) => string | undefined;
}

const number =
  (set: (options: CliOptions, value: number) => void) => (options: CliOptions, raw: string) => {
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(value)) return `not a number: "${raw}"`;
    set(options, value);
    return undefined;
  };

const SPECS: OptionSpec[] = [
  {
    flag: 'port',
    env: 'GOVKIT_MOCK_PORT',
    apply: number((o, v) => {
      o.port = v;
    }),
  },
  {
    flag: 'host',
    env: 'GOVKIT_MOCK_HOST',
    apply: (o, v) => {
      if (v.trim() === '') return 'empty host';
      o.host = v.trim();
      return undefined;
    },
  },
  {
    flag: 'seed',
    env: 'GOVKIT_MOCK_SEED',
    apply: number((o, v) => {
      o.seed = v;
    }),
  },
  {
    flag: 'scale',
    env: 'GOVKIT_MOCK_SCALE',
    apply: number((o, v) => {
      o.scale = v;
    }),
  },
  {
    flag: 'clock',
    env: 'GOVKIT_MOCK_CLOCK',
    apply: (o, v) => {
      if (v !== 'live' && v !== 'manual') return 'clock must be live or manual';
      o.clock = v;
      return undefined;
    },
  },
  {
    flag: 'latency',
    env: 'GOVKIT_MOCK_LATENCY',
    apply: number((o, v) => {
      o.faults.latencyMs = v;
    }),
  },
  {
    flag: 'error-rate',
    env: 'GOVKIT_MOCK_ERROR_RATE',
    apply: number((o, v) => {
      o.faults.errorRate = v;
    }),
  },
  {
    flag: 'error-status',
    env: 'GOVKIT_MOCK_ERROR_STATUS',
    apply: number((o, v) => {
      o.faults.errorStatus = v;
    }),
  },
  {
    flag: 'drop-rate',
    env: 'GOVKIT_MOCK_DROP_RATE',
    apply: number((o, v) => {
      o.faults.dropRate = v;
    }),
  },
  {
    flag: 'retry-after',
    env: 'GOVKIT_MOCK_RETRY_AFTER',
    apply: number((o, v) => {
      o.faults.retryAfterSeconds = v;
    }),
  },
  {
    flag: 'store',
    env: 'GOVKIT_MOCK_STORE',
    apply: (o, v) => {
      try {
        parseStoreLocation(v);
      } catch (error) {
        if (error instanceof StoreLocationError) return error.message;
        throw error;
      }
      o.store = v.trim();
      return undefined;
    },
  },
  {
    flag: 'cors-origins',
    env: 'GOVKIT_MOCK_CORS_ORIGINS',
    apply: (o, v) => {
      const origins = v
        .split(',')
        .map((origin) => origin.trim())
        .filter((origin) => origin !== '');
      const bad = origins.find((origin) => origin !== '*' && !isOrigin(origin));
      if (bad !== undefined) return `not an origin: "${bad}" (scheme://host[:port])`;
      o.corsOrigins = origins;
      return undefined;
    },
  },
  {
    flag: 'fault-seed',
    env: 'GOVKIT_MOCK_FAULT_SEED',
    apply: number((o, v) => {
      o.faultSeed = v;
    }),
  },
];

/** `--help` text: every flag with its environment variable. */
export const CLI_HELP = `govkit-mock-server: the govkit API backed by in-memory reference engines

Usage: govkit-mock-server [options]      (flags win over environment variables)
       govkit-mock-server migrate --store <store> [--dry-run]

  --port <n>           port to listen on                      GOVKIT_MOCK_PORT (8080)
  --host <addr>        address to bind                        GOVKIT_MOCK_HOST (127.0.0.1)
  --seed <n>           dataset seed                           GOVKIT_MOCK_SEED (1)
  --scale <x>          dataset size multiplier, >= 0          GOVKIT_MOCK_SCALE (1)
  --clock <mode>       live (real time) | manual (frozen)     GOVKIT_MOCK_CLOCK (live)
  --latency <ms>       delay every response                   GOVKIT_MOCK_LATENCY (0)
  --error-rate <p>     fail this share of requests (0-1)      GOVKIT_MOCK_ERROR_RATE (0)
  --error-status <n>   status of injected errors              GOVKIT_MOCK_ERROR_STATUS (503)
  --drop-rate <p>      drop this share of connections (0-1)   GOVKIT_MOCK_DROP_RATE (0)
  --retry-after <s>    Retry-After of injected 429/503        GOVKIT_MOCK_RETRY_AFTER (1)
  --fault-seed <n>     seed of the fault draws                GOVKIT_MOCK_FAULT_SEED (= seed)
  --store <store>      run governance + lineage store:        GOVKIT_MOCK_STORE (memory)
                       memory | pglite:<dir> | postgres://…
  --cors-origins <l>   browser origins allowed, comma-separated GOVKIT_MOCK_CORS_ORIGINS
                       (default: loopback origins on any port; * = any; --cors-origins= none)
  --quiet              no request log lines                   GOVKIT_MOCK_QUIET=1
  --dry-run            migrate: list pending migrations only
  --help               show this help

Per request: x-govkit-fault: latency=200;error=503;rate=0.5;retry-after=2;drop
Acting user: x-govkit-user: <user-id> or Authorization: Bearer <user-id> (default user-admin)
Docs: GET /docs (Swagger UI), GET /openapi.json (OpenAPI 3.1)
`;

/**
 * Merge defaults, environment and flags (`--name value` or `--name=value`), in that order, and
 * validate the result. Pure: the CLI entry does the printing and exiting.
 */
export function parseCliOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): CliParseResult {
  const options: CliOptions = {
    port: 8080,
    host: '127.0.0.1',
    seed: 1,
    scale: 1,
    clock: 'live',
    faults: {},
    faultSeed: undefined,
    quiet: env.GOVKIT_MOCK_QUIET === '1' || env.GOVKIT_MOCK_QUIET === 'true',
    store: 'memory',
    command: 'serve',
    dryRun: false,
    corsOrigins: undefined,
  };
  let args = argv;
  if (args[0] === 'migrate') {
    options.command = 'migrate';
    args = args.slice(1);
  }
  for (const spec of SPECS) {
    const value = env[spec.env];
    if (value === undefined || value === '') continue;
    const problem = spec.apply(options, value);
    if (problem) return { kind: 'error', message: `${spec.env}: ${problem}` };
  }
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (arg === '--quiet') {
      options.quiet = true;
      continue;
    }
    if (arg === '--dry-run' && options.command === 'migrate') {
      options.dryRun = true;
      continue;
    }
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    const spec = match ? SPECS.find((s) => s.flag === match[1]) : undefined;
    if (!match || !spec) return { kind: 'error', message: `Unknown argument: ${arg}` };
    const value = match[2] ?? args[++i];
    if (value === undefined) return { kind: 'error', message: `--${spec.flag} needs a value` };
    const problem = spec.apply(options, value);
    if (problem) return { kind: 'error', message: `--${spec.flag}: ${problem}` };
  }
  const problem = validate(options);
  return problem ? { kind: 'error', message: problem } : { kind: 'run', options };
}

function isOrigin(value: string): boolean {
  try {
    return new URL(value).origin === value;
  } catch {
    return false;
  }
}

function validate(options: CliOptions): string | undefined {
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    return `Invalid port: ${options.port}`;
  }
  if (options.scale < 0) return `Invalid scale: ${options.scale}`;
  if (options.command === 'migrate' && options.store === 'memory') {
    return 'migrate needs --store pglite:<dir> or --store postgres://… (memory has no schema)';
  }
  return checkFaultConfig(options.faults);
}
