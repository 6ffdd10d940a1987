import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import {
  DOMAIN_ERROR_CODES,
  DOMAIN_ERROR_DETAILS,
} from '../../schemas/shared/domain-error-contract';
import { EngineError } from '../shared/engine-error';

/** An HMAC secret: raw bytes, or a string taken as its UTF-8 bytes. */
export type SigningKey = string | Uint8Array;

/** Options of the signing functions. */
export interface SignUrlOptions {
  key: SigningKey;
  /** When the URL stops working, in epoch ms (rounded down to a whole second). */
  expiresAt: number;
}

/** Options of the verifying functions. */
export interface VerifyUrlOptions {
  key: SigningKey;
  /** The current time in epoch ms (an injected clock in engines and tests). */
  now: number;
}

/** What a valid signed URL grants: one path, until a time. */
export interface VerifiedUrl {
  path: string;
  expiresAt: number;
}

/**
 * The signature is valid but its time has passed: 410, code `signed_url_expired` (the domain
 * error contract; clients see `SignedUrlExpiredError`).
 */
export class SignedUrlExpiredRefusal extends EngineError {
  readonly expiresAt: number;
  constructor(expiresAt: number) {
    super(410, DOMAIN_ERROR_DETAILS.signedUrlExpired, {
      code: DOMAIN_ERROR_CODES.signedUrlExpired,
      data: { expires_at: new Date(expiresAt).toISOString() },
    });
    this.expiresAt = expiresAt;
  }
}

/**
 * The URL was not signed with this key for this path and expiry (a changed path, expiry or
 * signature, or a missing parameter): 403, code `signed_url_invalid` (the domain error contract;
 * clients see `SignedUrlInvalidError`).
 */
export class SignedUrlTamperedRefusal extends EngineError {
  constructor() {
    super(403, DOMAIN_ERROR_DETAILS.signedUrlInvalid, {
      code: DOMAIN_ERROR_CODES.signedUrlInvalid,
    });
  }
}

const keyBytes = (key: SigningKey) => (typeof key === 'string' ? utf8ToBytes(key) : key);

// The signed message binds the path and the expiry together; a newline cannot appear in a path.
const message = (path: string, expiresSeconds: number) => utf8ToBytes(`${path}\n${expiresSeconds}`);

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    // Only the canonical spelling counts: otherwise a changed final character whose low bits
    // are ignored would decode to the same signature, and one URL would have many spellings.
    return toBase64Url(bytes) === text ? bytes : undefined;
  } catch {
    return undefined;
  }
}

function withSignature(path: string, expiresSeconds: number, signature: Uint8Array): string {
  return `${path}?expires=${expiresSeconds}&signature=${toBase64Url(signature)}`;
}

function checkPath(path: string): void {
  if (!path.startsWith('/') || /[?#\n]/.test(path)) {
    throw new TypeError(`A signed URL path must be absolute, without query or fragment: ${path}`);
  }
}

/** The path, expiry and signature of a signed URL, or a tamper error when any is missing. */
function parseSignedUrl(url: string | URL) {
  const parsed = new URL(String(url), 'http://govkit.invalid');
  const expires = parsed.searchParams.get('expires') ?? '';
  const signature = fromBase64Url(parsed.searchParams.get('signature') ?? '');
  if (!/^\d{1,12}$/.test(expires) || !signature) throw new SignedUrlTamperedRefusal();
  return { path: parsed.pathname, expiresSeconds: Number(expires), signature };
}

/** True when two byte strings are equal, taking the same time wherever they differ. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

async function importKey(key: SigningKey, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  return crypto.subtle.importKey(
    'raw',
    keyBytes(key) as Uint8Array<ArrayBuffer>,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    [usage],
  );
}

/**
 * Sign a path until a time with HMAC-SHA256 over `path + "\n" + expires` (Web Crypto: browsers
 * and Node alike): `/a/b?expires=<unix s>&signature=<base64url>`.
 *
 * @example
 * const url = await signArtifactUrl('/api/…/artifact', { key, expiresAt: Date.now() + 3_600_000 });
 */
export async function signArtifactUrl(path: string, options: SignUrlOptions): Promise<string> {
  checkPath(path);
  const expiresSeconds = Math.floor(options.expiresAt / 1000);
  const cryptoKey = await importKey(options.key, 'sign');
  const signature = new Uint8Array(
    await crypto.subtle.sign('HMAC', cryptoKey, message(path, expiresSeconds)),
  );
  return withSignature(path, expiresSeconds, signature);
}

/**
 * Verify a signed URL (absolute or path + query) with Web Crypto's HMAC verify, which compares in
 * constant time. The signature is checked before the expiry, so an expired answer only ever goes
 * to a URL that was really issued. Throws {@link SignedUrlTamperedRefusal} or
 * {@link SignedUrlExpiredRefusal}.
 */
export async function verifyArtifactUrl(
  url: string | URL,
  options: VerifyUrlOptions,
): Promise<VerifiedUrl> {
  const { path, expiresSeconds, signature } = parseSignedUrl(url);
  const cryptoKey = await importKey(options.key, 'verify');
  const valid = await crypto.subtle.verify(
    'HMAC',
    cryptoKey,
    signature as Uint8Array<ArrayBuffer>,
    message(path, expiresSeconds),
  );
  return checkedExpiry(valid, path, expiresSeconds, options.now);
}

function checkedExpiry(valid: boolean, path: string, expiresSeconds: number, now: number) {
  if (!valid) throw new SignedUrlTamperedRefusal();
  const expiresAt = expiresSeconds * 1000;
  if (now >= expiresAt) throw new SignedUrlExpiredRefusal(expiresAt);
  return { path, expiresAt };
}

/**
 * {@link signArtifactUrl} for synchronous callers (the packaging engine, which is synchronous by
 * design): the same HMAC-SHA256 in pure JavaScript, byte-for-byte the same URL.
 */
export function signArtifactUrlSync(path: string, options: SignUrlOptions): string {
  checkPath(path);
  const expiresSeconds = Math.floor(options.expiresAt / 1000);
  const signature = hmac(sha256, keyBytes(options.key), message(path, expiresSeconds));
  return withSignature(path, expiresSeconds, signature);
}

/** {@link verifyArtifactUrl} for synchronous callers, comparing with {@link constantTimeEqual}. */
export function verifyArtifactUrlSync(url: string | URL, options: VerifyUrlOptions): VerifiedUrl {
  const { path, expiresSeconds, signature } = parseSignedUrl(url);
  const expected = hmac(sha256, keyBytes(options.key), message(path, expiresSeconds));
  return checkedExpiry(constantTimeEqual(expected, signature), path, expiresSeconds, options.now);
}
