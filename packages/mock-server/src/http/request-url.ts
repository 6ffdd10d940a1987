/** The URL of a raw HTTP request, or why it cannot have one (a 400 `detail`). */
export type RequestUrlResult = { ok: true; url: URL } | { ok: false; detail: string };

// A registered name or IPv4 address, or a bracketed IPv6 literal, then an optional port. No `@`
// (credentials), no spaces, nothing a URL parser would have to guess about.
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})|\[[0-9A-Fa-f:.]{2,45}\])(?::(\d{1,5}))?$/;

/**
 * Build the absolute URL of a request from its request target and its `Host` header, refusing
 * what `new URL`/`new Request` would throw on (an empty or malformed `Host`, a port over 65535,
 * credentials) or silently misread: the target is never resolved *against* the host, so `//x/y`
 * stays the path `//x/y` on this server instead of becoming a request for host `x`.
 *
 * A request without `Host` (HTTP/1.0) is taken as addressed to the loopback address.
 *
 * @example
 * requestUrl('/api/runs/r-1', '127.0.0.1:8080'); // { ok: true, url: http://127.0.0.1:8080/api/runs/r-1 }
 * requestUrl('/api', 'u@evil'); // { ok: false, detail: 'Invalid Host header' }
 */
export function requestUrl(target: string | undefined, host: string | undefined): RequestUrlResult {
  const authority = host ?? '127.0.0.1';
  const hostMatch = HOST.exec(authority);
  if (!hostMatch || Number(hostMatch[1] ?? 0) > 65_535) {
    return { ok: false, detail: 'Invalid Host header' };
  }
  const path = originForm(target ?? '/');
  if (path === undefined) return { ok: false, detail: 'Invalid request target' };
  try {
    return { ok: true, url: new URL(`http://${authority}${path}`) };
  } catch {
    return { ok: false, detail: 'Invalid request target' };
  }
}

// Origin form (`/path?q`) as is; absolute form (`http://host/path`, which HTTP/1.1 servers must
// accept) reduced to its path and query; anything else (`*`, `host:port`) has no resource here.
function originForm(target: string): string | undefined {
  if (target.startsWith('/')) return target;
  try {
    const url = new URL(target);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (url.username !== '' || url.password !== '') return undefined;
    return `${url.pathname}${url.search}`;
  } catch {
    return undefined;
  }
}
