/**
 * Which browser origins may call the standalone server, and the headers that tell them so.
 *
 * - `undefined` / `true`: the default allow-list, {@link isLoopbackOrigin} (Storybook on 6006, a
 *   Vite app on 5173, … on this machine), so `npm start` works without configuration;
 * - a list of exact origins (`https://app.example.com`), `'*'` in it meaning any origin;
 * - `false`: no CORS headers at all, and every cross-origin write is refused.
 */
export type CorsOption = boolean | readonly string[] | undefined;

/** A resolved CORS policy. */
export interface CorsPolicy {
  /** Whether `origin` (an `Origin` header value) may read responses and send writes. */
  allows(origin: string): boolean;
  /** The headers of an ordinary response to a request from `origin` (empty when not allowed). */
  responseHeaders(origin: string | undefined): Record<string, string>;
  /** The headers of a preflight answer to an allowed `origin`. */
  preflightHeaders(origin: string): Record<string, string>;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** `http(s)://localhost|127.0.0.1|[::1][:port]`: a page served from this machine. */
export function isLoopbackOrigin(origin: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return (
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    LOOPBACK_HOSTS.has(url.hostname) &&
    url.origin === origin
  );
}

const EXPOSED = 'content-disposition, retry-after, allow';
const METHODS = 'GET, POST, PUT, PATCH, DELETE, OPTIONS';
const ALLOWED_HEADERS =
  'authorization, content-type, accept, idempotency-key, last-event-id, x-govkit-user, x-govkit-fault';

/**
 * Resolve a {@link CorsOption}. The answer names the one requesting origin (never `*` for a
 * list), with `Vary: Origin` so a shared cache cannot hand one origin's answer to another.
 *
 * @example
 * createCorsPolicy(['https://app.example.com']).allows('https://evil.example'); // false
 */
export function createCorsPolicy(option: CorsOption): CorsPolicy {
  const list = option === undefined || option === true ? undefined : option === false ? [] : option;
  const any = list?.includes('*') ?? false;
  const exact = new Set(list ?? []);
  const allows = (origin: string) =>
    list === undefined ? isLoopbackOrigin(origin) : any || exact.has(origin);
  const base = (origin: string): Record<string, string> => ({
    'access-control-allow-origin': origin,
    'access-control-expose-headers': EXPOSED,
    vary: 'Origin',
  });
  return {
    allows,
    responseHeaders: (origin) => (origin !== undefined && allows(origin) ? base(origin) : {}),
    preflightHeaders: (origin) => ({
      ...base(origin),
      'access-control-allow-methods': METHODS,
      'access-control-allow-headers': ALLOWED_HEADERS,
      'access-control-max-age': '600',
    }),
  };
}
