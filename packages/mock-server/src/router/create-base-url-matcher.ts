/** Maps a request URL to the API path below the base URL, or undefined when it is not ours. */
export type BaseUrlMatcher = (url: URL) => string | undefined;

/**
 * Compile a `baseURL` into a matcher (parsed once, not per request):
 *
 * - undefined, `''` or `*`: any origin, the whole path;
 * - `/prefix`: any origin, paths under `/prefix` (the prefix is removed);
 * - `http://host:port/prefix`: that origin only, paths under `/prefix`.
 */
export function createBaseUrlMatcher(baseURL: string | undefined): BaseUrlMatcher {
  if (baseURL === undefined || baseURL === '*' || baseURL === '') return (url) => url.pathname;
  const isAbsolute = /^[a-z][a-z0-9+.-]*:\/\//i.test(baseURL);
  const origin = isAbsolute ? new URL(baseURL).origin : undefined;
  const prefix = (isAbsolute ? new URL(baseURL).pathname : baseURL).replace(/\/+$/, '');
  return (url) => {
    if (origin !== undefined && url.origin !== origin) return undefined;
    if (prefix === '') return url.pathname;
    if (url.pathname === prefix) return '/';
    return url.pathname.startsWith(`${prefix}/`) ? url.pathname.slice(prefix.length) : undefined;
  };
}
