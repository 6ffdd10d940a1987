// Schemes a link or image from API text may use. Everything else (javascript:, data:, vbscript:,
// file:, blob:, custom app schemes) is dropped, whatever its case, whitespace or entity tricks.
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * A URL from API text made safe to put in `href`/`src`, or `''` when it is not safe. Relative
 * URLs (`/runs/1`, `#top`, `?page=2`, `logs/a.json`) stay as they are.
 */
export function sanitizeUrl(url: string): string {
  // Browsers ignore control characters and whitespace inside a scheme (`java\tscript:`), so
  // they are removed before the scheme is read.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: they are exactly what is removed.
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1];
  if (scheme === undefined) {
    // `//evil.example` is protocol-relative: an absolute URL in disguise, allowed like https.
    return compact.startsWith('\\') ? '' : url.trim();
  }
  return SAFE_SCHEMES.has(`${scheme.toLowerCase()}:`) ? url.trim() : '';
}
