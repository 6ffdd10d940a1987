/**
 * The path a request addresses below `baseURL`, or undefined when the request is not for this
 * API (another origin, outside the prefix).
 *
 * - undefined or `*`: any origin, the whole path;
 * - `/prefix`: any origin, paths under `/prefix` (the prefix is removed);
 * - `http://host:port/prefix`: that origin only, paths under `/prefix`.
 */
export function matchBaseURL(baseURL: string | undefined, requestUrl: string): string | undefined {
  const url = new URL(requestUrl);
  if (baseURL === undefined || baseURL === '*' || baseURL === '') return url.pathname;
  const isAbsolute = /^[a-z][a-z0-9+.-]*:\/\//i.test(baseURL);
  let prefix = baseURL;
  if (isAbsolute) {
    const base = new URL(baseURL);
    if (base.origin !== url.origin) return undefined;
    prefix = base.pathname;
  }
  prefix = prefix.replace(/\/+$/, '');
  if (prefix === '') return url.pathname;
  if (url.pathname === prefix) return '/';
  return url.pathname.startsWith(`${prefix}/`) ? url.pathname.slice(prefix.length) : undefined;
}
