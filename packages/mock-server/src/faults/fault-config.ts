/** The per-request fault header. */
export const FAULT_HEADER = 'x-govkit-fault';

/**
 * Faults to inject, globally (CLI flags, env, `createHandlers({ faults })`) or per request (the
 * `x-govkit-fault` header, which overrides the global values it names).
 */
export interface FaultConfig {
  /** Delay before answering, in ms (0–60 000). */
  latencyMs?: number;
  /** Probability (0–1) of answering `errorStatus` instead of running the route. */
  errorRate?: number;
  /** Status of injected errors, 400–599 (default 503). */
  errorStatus?: number;
  /** Probability (0–1) of dropping the connection (a network error for the client). */
  dropRate?: number;
  /** `Retry-After` seconds on injected 429/503 (default 1). */
  retryAfterSeconds?: number;
}

/** Default status of injected errors. */
export const DEFAULT_FAULT_STATUS = 503;
/** Default `Retry-After` of injected 429/503s, in seconds. */
export const DEFAULT_FAULT_RETRY_AFTER = 1;
const MAX_LATENCY_MS = 60_000;

/** A parsed header, or why it could not be parsed (the request is then answered 400). */
export type FaultHeaderResult = { ok: true; faults: FaultConfig } | { ok: false; error: string };

/**
 * Parse `x-govkit-fault`: `;`- or `,`-separated `key=value` pairs.
 *
 * - `latency=<ms>`: delay the answer;
 * - `error=<status>`: answer that status (always, or with probability `rate=<0..1>`);
 * - `retry-after=<s>`: `Retry-After` of an injected 429/503;
 * - `drop` or `drop=<0..1>`: drop the connection (always, or with that probability).
 *
 * @example
 * parseFaultHeader('latency=200;error=503;rate=0.5;retry-after=2');
 */
export function parseFaultHeader(value: string): FaultHeaderResult {
  const faults: FaultConfig = {};
  let rate: number | undefined;
  for (const part of value.split(/[;,]/)) {
    const token = part.trim();
    if (token === '') continue;
    const eq = token.indexOf('=');
    const key = (eq === -1 ? token : token.slice(0, eq)).trim().toLowerCase();
    const raw = eq === -1 ? undefined : token.slice(eq + 1).trim();
    const num = raw === undefined || raw === '' ? Number.NaN : Number(raw);
    switch (key) {
      case 'latency':
        if (!(num >= 0 && num <= MAX_LATENCY_MS))
          return bad(`latency must be 0–${MAX_LATENCY_MS} ms`);
        faults.latencyMs = num;
        break;
      case 'error':
        if (!isErrorStatus(num)) return bad('error must be an HTTP status 400–599');
        faults.errorStatus = num;
        break;
      case 'rate':
        if (!isProbability(num)) return bad('rate must be between 0 and 1');
        rate = num;
        break;
      case 'retry-after':
        if (!(Number.isInteger(num) && num >= 0))
          return bad('retry-after must be whole seconds ≥ 0');
        faults.retryAfterSeconds = num;
        break;
      case 'drop':
        if (raw !== undefined && !isProbability(num)) return bad('drop must be between 0 and 1');
        faults.dropRate = raw === undefined ? 1 : num;
        break;
      default:
        return bad(`unknown key "${key}"`);
    }
  }
  if (rate !== undefined && faults.errorStatus === undefined)
    return bad('rate needs error=<status>');
  if (faults.errorStatus !== undefined) faults.errorRate = rate ?? 1;
  return { ok: true, faults };
}

/** Validate a global configuration (CLI/env); returns the first problem, if any. */
export function checkFaultConfig(config: FaultConfig): string | undefined {
  const { latencyMs, errorRate, errorStatus, dropRate, retryAfterSeconds } = config;
  if (latencyMs !== undefined && !(latencyMs >= 0 && latencyMs <= MAX_LATENCY_MS)) {
    return `latency must be 0–${MAX_LATENCY_MS} ms`;
  }
  if (errorRate !== undefined && !isProbability(errorRate)) return 'error rate must be 0–1';
  if (dropRate !== undefined && !isProbability(dropRate)) return 'drop rate must be 0–1';
  if (errorStatus !== undefined && !isErrorStatus(errorStatus))
    return 'error status must be 400–599';
  if (
    retryAfterSeconds !== undefined &&
    !(Number.isInteger(retryAfterSeconds) && retryAfterSeconds >= 0)
  ) {
    return 'retry-after must be whole seconds ≥ 0';
  }
  return undefined;
}

/** The header's values over the global ones, key by key. */
export function mergeFaults(global: FaultConfig, request: FaultConfig | undefined): FaultConfig {
  if (!request) return global;
  const merged: FaultConfig = { ...global };
  for (const [key, value] of Object.entries(request) as Array<[keyof FaultConfig, number]>) {
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/** Whether a configuration can ever do anything (lets the hot path skip the injector). */
export function hasFaults(config: FaultConfig): boolean {
  return Boolean(config.latencyMs || config.errorRate || config.dropRate);
}

function isProbability(value: number): boolean {
  return value >= 0 && value <= 1;
}

function isErrorStatus(value: number): boolean {
  return Number.isInteger(value) && value >= 400 && value <= 599;
}

function bad(reason: string): FaultHeaderResult {
  return { ok: false, error: `Invalid ${FAULT_HEADER} header: ${reason}` };
}
