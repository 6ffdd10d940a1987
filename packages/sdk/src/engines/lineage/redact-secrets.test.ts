import { describe, expect, it } from 'vitest';
import {
  isSecretLikeKey,
  REDACTED_VALUE,
  redactSecrets,
  redactSecretsInString,
} from './redact-secrets';

const JWT =
  'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

describe('isSecretLikeKey', () => {
  it.each([
    'password',
    'PASSWORD',
    'db_password',
    'passwd',
    'client_secret',
    'token',
    'access_token',
    'refreshToken',
    'api key',
    'api_key',
    'apiKey',
    'apikey',
    'x-api-key',
    'X-Api-Key',
    'Authorization',
    'proxy-authorization',
    'cookie',
    'Set-Cookie',
    'private_key',
  ])('%s is secret-like', (key) => {
    expect(isSecretLikeKey(key)).toBe(true);
  });

  it.each(['user', 'lead_id', 'message', 'api', 'key', 'author'])('%s is not', (key) => {
    expect(isSecretLikeKey(key)).toBe(false);
  });
});

describe('redactSecretsInString', () => {
  it.each([
    ['Authorization: Bearer abcdefgh12345678', 'Authorization: [REDACTED]'],
    [`calling with ${JWT} done`, 'calling with [REDACTED] done'],
    ['{"password": "canary pw 123", "user": "bob"}', '{"password": "[REDACTED]", "user": "bob"}'],
    ["secret='a b c' rest", "secret='[REDACTED]' rest"],
    ['GET /x?api_key=sekret123&page=2', 'GET /x?api_key=[REDACTED]&page=2'],
    ['x-api-key: abc123 next', 'x-api-key: [REDACTED] next'],
    ['https://bob:hunter2@example.com/db', 'https://bob:[REDACTED]@example.com/db'],
    ['Basic dXNlcjpwYXNzd29yZA==', '[REDACTED]'],
    // Each rule alone, in odd case: the cheap pre-scan must let every one of them through.
    ['BEARER abcdefgh12345678', '[REDACTED]'],
    ['PRIVATE-KEY=abc', 'PRIVATE-KEY=[REDACTED]'],
    ['Cookie=abc; next', 'Cookie=[REDACTED]; next'],
    ['db Passwd: x1 ok', 'db Passwd: [REDACTED] ok'],
    ['ApiKey=9 TOKEN=8', 'ApiKey=[REDACTED] TOKEN=[REDACTED]'],
    ['FTP://u:p@host', 'FTP://u:[REDACTED]@host'],
    // Nothing secret-shaped: returned as it came.
    ['2026-01-15T12:00:00.000Z chunk 7 imported', '2026-01-15T12:00:00.000Z chunk 7 imported'],
    ['key=value; auth: basically fine', 'key=value; auth: basically fine'],
  ])('%j → %j', (input, output) => {
    expect(redactSecretsInString(input)).toBe(output);
  });

  it('leaves ordinary prose alone', () => {
    const text = 'The bearer of this report scored 87 out of 100.';
    expect(redactSecretsInString(text)).toBe(text);
  });

  it.each([
    ['GET /x?xapi_key=sekret123', 'GET /x?xapi_key=[REDACTED]'],
    ['my-secret-token: abc123', 'my-secret-token: [REDACTED]'],
    ['prefix_password="quoted value"', 'prefix_password="[REDACTED]"'],
  ])('finds a secret-like key inside a longer token: %j', (input, output) => {
    expect(redactSecretsInString(input)).toBe(output);
  });

  it('scans a long run of token characters without quadratic backtracking', () => {
    // A 200 KB base64-like blob: linear work is milliseconds; the old pattern took minutes.
    const blob = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0123456789_-'.repeat(4300);
    expect(redactSecretsInString(`logo=${blob} token=abc`)).toBe(`logo=${blob} token=[REDACTED]`);
  });

  it('is idempotent', () => {
    const once = redactSecretsInString(`Authorization: Bearer ${JWT}`);
    expect(redactSecretsInString(once)).toBe(once);
  });
});

describe('redactSecrets', () => {
  it('redacts values under secret keys at any depth and secret strings anywhere', () => {
    const input = {
      headers: { Authorization: `Bearer ${JWT}`, 'X-Api-Key': 'k-123', accept: 'json' },
      nested: [{ deeper: { password: { anything: 'at all' }, note: `token was ${JWT}` } }],
      api_key: 42,
      empty_token: null,
    };
    expect(redactSecrets(input)).toEqual({
      headers: { Authorization: REDACTED_VALUE, 'X-Api-Key': REDACTED_VALUE, accept: 'json' },
      nested: [{ deeper: { password: REDACTED_VALUE, note: `token was ${REDACTED_VALUE}` } }],
      api_key: REDACTED_VALUE,
      empty_token: null,
    });
  });

  it('never mutates its input', () => {
    const input = { password: 'p', list: ['Bearer abcdefgh12345678'] };
    const snapshot = structuredClone(input);
    redactSecrets(input);
    expect(input).toEqual(snapshot);
  });

  it('makes non-JSON values JSON-safe', () => {
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;
    const shared = { a: 1 };
    const out = redactSecrets({
      big: 10n,
      when: new Date('2026-02-03T10:00:00.000Z'),
      bad: new Date('nope'),
      nan: Number.NaN,
      fn: () => 1,
      sym: Symbol('s'),
      bytes: new Uint8Array(3),
      map: new Map([
        ['token', 'x'],
        ['ok', 'y'],
      ]),
      set: new Set([1, 2]),
      missing: undefined,
      holes: [undefined, 1],
      cyclic,
      twice: [shared, shared],
    });
    expect(out).toEqual({
      big: '10',
      when: '2026-02-03T10:00:00.000Z',
      bad: null,
      nan: null,
      fn: '[function]',
      sym: '[symbol]',
      bytes: '[binary 3 bytes]',
      map: { token: REDACTED_VALUE, ok: 'y' },
      set: [1, 2],
      holes: [null, 1],
      cyclic: { name: 'loop', self: '[Circular]' },
      twice: [{ a: 1 }, { a: 1 }],
    });
  });

  it('caps pathological nesting', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 200; i += 1) deep = { next: deep };
    const json = JSON.stringify(redactSecrets(deep));
    expect(json).toContain('[Truncated: nested too deep]');
    expect(json).not.toContain('bottom');
  });
});
