import { AbortError } from './errors';

/** A sleep the transport can replace in tests (e.g. to record waits instead of waiting). */
export type SleepFn = (ms: number, signal?: AbortSignal) => Promise<void>;

/**
 * Wait `ms` milliseconds, or reject with {@link AbortError} the moment `signal` aborts (also when it
 * already has). The timer and the listener are always cleaned up, so an aborted backoff leaves
 * nothing pending.
 */
export const abortableSleep: SleepFn = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortErrorFrom(signal));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortErrorFrom(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/** The {@link AbortError} for an aborted signal, keeping its reason as `cause`. */
export function abortErrorFrom(signal: AbortSignal | undefined): AbortError {
  const reason: unknown = signal?.reason;
  return new AbortError(
    'Request was aborted.',
    reason === undefined ? undefined : { cause: reason },
  );
}
