import { errorResponse } from '../router/json-response';
import { createSeededRandom } from '../store/seeded-random';
import {
  DEFAULT_FAULT_RETRY_AFTER,
  DEFAULT_FAULT_STATUS,
  FAULT_HEADER,
  type FaultConfig,
  hasFaults,
  mergeFaults,
  parseFaultHeader,
} from './fault-config';

/** Waits `ms`, or less if `signal` aborts. Injectable so tests never wait for real. */
export type FaultSleep = (ms: number, signal: AbortSignal) => Promise<void>;

/** Options of {@link createFaultInjector}. */
export interface FaultInjectorOptions {
  /** Faults applied to every request (the header overrides them per request). */
  faults?: FaultConfig;
  /** Seed of the draws deciding which requests fail: same seed + same request order, same faults. */
  seed?: number;
  sleep?: FaultSleep;
}

/** Decides, per request, whether to delay, fail or drop it. */
export interface FaultInjector {
  /**
   * Apply the faults for one request: waits out the latency, then returns the injected answer
   * (an error `Response`, or `Response.error()` for a dropped connection), or undefined to let the
   * route run. Faults are decided before the route runs, so an injected failure changes nothing.
   */
  apply(request: Request): Promise<Response | undefined>;
}

/** Code of injected error bodies, so a client can tell them from real refusals. */
export const INJECTED_FAULT_CODE = 'injected_fault';

/**
 * Create the fault injector. Every faulted request draws from one seeded PRNG (a drop draw and an
 * error draw), so a run with the same seed and the same request order injects the same faults.
 *
 * @example
 * const faults = createFaultInjector({ faults: { errorRate: 0.1, errorStatus: 503 }, seed: 7 });
 */
export function createFaultInjector(options: FaultInjectorOptions = {}): FaultInjector {
  const global = options.faults ?? {};
  const random = createSeededRandom(options.seed ?? 1);
  const sleep = options.sleep ?? abortableSleep;
  return {
    async apply(request) {
      const header = request.headers.get(FAULT_HEADER);
      let faults = global;
      if (header !== null) {
        const parsed = parseFaultHeader(header);
        if (!parsed.ok) return errorResponse(400, parsed.error, 'invalid_fault_header');
        faults = mergeFaults(global, parsed.faults);
      }
      if (!hasFaults(faults)) return undefined;
      if (faults.latencyMs) await sleep(faults.latencyMs, request.signal);
      if (faults.dropRate && random.next() < faults.dropRate) return Response.error();
      if (faults.errorRate && random.next() < faults.errorRate) {
        const status = faults.errorStatus ?? DEFAULT_FAULT_STATUS;
        const headers: Record<string, string> = {};
        if (status === 429 || status === 503) {
          headers['retry-after'] = String(faults.retryAfterSeconds ?? DEFAULT_FAULT_RETRY_AFTER);
        }
        return errorResponse(
          status,
          `Injected fault: HTTP ${status}`,
          INJECTED_FAULT_CODE,
          headers,
        );
      }
      return undefined;
    },
  };
}

const abortableSleep: FaultSleep = (ms, signal) =>
  new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done);
  });
