/** What every redacted value becomes. */
export const REDACTED_VALUE = '[REDACTED]';

// Normalised (lower-case, separators removed) fragments of secret-like key names. Substring match,
// so `x-api-key`, `client_secret`, `access_token`, `Set-Cookie` and `DB_PASSWORD` all count.
const SECRET_KEY_FRAGMENTS = [
  'password',
  'passwd',
  'secret',
  'token',
  'apikey',
  'authorization',
  'cookie',
  'privatekey',
];

// The lookbehind lets a key start only where a run of token characters starts. Without it, a
// long run with no secret key in it (a base64 blob in raw inputs) was retried from every one of
// its positions, each retry scanning to the run's end: quadratic, minutes for 100 KB. Matches are
// unchanged, because the leading class already absorbs any part of the run before the key word.
const KEY_WORD =
  '(?<![A-Za-z0-9_-])[A-Za-z0-9_-]*(?:password|passwd|secret|token|api[_ -]?key|authorization|cookie|private[_ -]?key)[A-Za-z0-9_-]*';

// Secret-shaped substrings of free text, applied in order. Bearer/Basic credentials and JWTs are
// removed wherever they appear; `key: value` / `key=value` pairs with a secret-like key lose the
// value (quoted values entirely, bare values up to the next delimiter); URL passwords are removed.
const STRING_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:Bearer|Basic)\s+[A-Za-z0-9\-._~+/]{8,}=*/gi, REDACTED_VALUE],
  [/\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g, REDACTED_VALUE],
  [
    new RegExp(String.raw`(${KEY_WORD})(\s*["']?\s*[:=]\s*)(["'])(?:\\.|(?!\3).)*\3`, 'gi'),
    `$1$2$3${REDACTED_VALUE}$3`,
  ],
  [
    new RegExp(
      String.raw`(${KEY_WORD})(\s*["']?\s*[:=]\s*)(?!["'\s]|\[REDACTED\])([^\s"'&,;}\]]+)`,
      'gi',
    ),
    `$1$2${REDACTED_VALUE}`,
  ],
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/]+):[^\s@/]+@/gi, `$1:${REDACTED_VALUE}@`],
];

// Why a depth cap: captured inputs come from other systems; a pathological nesting must not blow
// the stack here or in JSON.stringify later.
const MAX_DEPTH = 64;

/** Whether a key name is secret-like (case-insensitive; `_`, `-` and spaces ignored). */
export function isSecretLikeKey(key: string): boolean {
  const normalised = key.toLowerCase().replace(/[\s_-]/g, '');
  return SECRET_KEY_FRAGMENTS.some((fragment) => normalised.includes(fragment));
}

// Every rule above needs one of these (case-insensitive) somewhere in the string: a credential
// scheme word, the JWT prefix, a secret key word, or a URL scheme separator. Most captured
// strings (log messages, timestamps, digests) contain none, and one scan for them is several
// times cheaper than the five rule scans, which made redaction the largest cost of building a
// seeded world. A rule's replacement only adds `[REDACTED]`, which holds none of these, so a
// string without them is returned unchanged exactly as the rules would return it.
const MAY_HOLD_SECRET =
  /bearer|basic|eyJ|password|passwd|secret|token|api[_ -]?key|authorization|cookie|private[_ -]?key|:\/\//i;

/** Remove bearer tokens, JWTs, `password=…`-style pairs and URL passwords from a string. */
export function redactSecretsInString(value: string): string {
  if (!MAY_HOLD_SECRET.test(value)) return value;
  let out = value;
  for (const [pattern, replacement] of STRING_RULES) out = out.replace(pattern, replacement);
  return out;
}

/**
 * A redacted, JSON-safe deep copy of `value`, made before anything is stored:
 * - the value under any secret-like key (see {@link isSecretLikeKey}), at any depth, becomes
 *   `"[REDACTED]"` (null/undefined stay as they are: there is nothing to hide);
 * - every string is passed through {@link redactSecretsInString};
 * - non-JSON values are made JSON-safe (the real system stringified them): bigint → string,
 *   Date → ISO string, Map → object, Set → array, binary → `"[binary N bytes]"`, functions and
 *   symbols → a placeholder, non-finite numbers → null, cycles → `"[Circular]"`, nesting deeper
 *   than 64 levels → `"[Truncated: nested too deep]"`.
 *
 * The input is never modified.
 */
export function redactSecrets(value: unknown): unknown {
  return redactValue(value, 0, new WeakSet<object>());
}

function redactValue(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  switch (typeof value) {
    case 'string':
      return redactSecretsInString(value);
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'boolean':
    case 'undefined':
      return value;
    case 'bigint':
      return value.toString();
    case 'function':
      return '[function]';
    case 'symbol':
      return '[symbol]';
  }
  if (value === null) return null;
  const object = value as object;
  if (object instanceof Date) return Number.isNaN(object.getTime()) ? null : object.toISOString();
  if (ArrayBuffer.isView(object) || object instanceof ArrayBuffer) {
    return `[binary ${(object as ArrayBuffer).byteLength} bytes]`;
  }
  if (depth >= MAX_DEPTH) return '[Truncated: nested too deep]';
  if (seen.has(object)) return '[Circular]';
  seen.add(object);
  try {
    if (Array.isArray(object) || object instanceof Set) {
      return Array.from(object as Iterable<unknown>, (item) => {
        const redacted = redactValue(item, depth + 1, seen);
        return redacted === undefined ? null : redacted;
      });
    }
    const entries =
      object instanceof Map
        ? Array.from(object, ([key, item]) => [String(key), item] as const)
        : Object.entries(object);
    const out: Record<string, unknown> = {};
    for (const [key, item] of entries) {
      if (isSecretLikeKey(key) && item !== null && item !== undefined) {
        out[key] = REDACTED_VALUE;
        continue;
      }
      const redacted = redactValue(item, depth + 1, seen);
      if (redacted !== undefined) out[key] = redacted;
    }
    return out;
  } finally {
    // Only ancestors count as cycles: the same object reached twice via siblings is copied twice.
    seen.delete(object);
  }
}
