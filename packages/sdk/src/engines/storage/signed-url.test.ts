import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { refusal } from '../shared/fixtures/refusal';
import {
  constantTimeEqual,
  SignedUrlExpiredRefusal,
  SignedUrlTamperedRefusal,
  signArtifactUrl,
  signArtifactUrlSync,
  verifyArtifactUrl,
  verifyArtifactUrlSync,
} from './signed-url';

const KEY = 'test-signing-key';
const PATH = '/api/experiment-console/sessions/exec-1/exports/narrative/nexp-1/artifact';
const NOW = Date.parse('2026-06-01T12:00:00Z');
const HOUR = 3_600_000;

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('signed artifact URLs', () => {
  it('signs path + expiry the same way with Web Crypto and the synchronous HMAC', async () => {
    const viaWebCrypto = await signArtifactUrl(PATH, { key: KEY, expiresAt: NOW + HOUR });
    expect(viaWebCrypto).toBe(signArtifactUrlSync(PATH, { key: KEY, expiresAt: NOW + HOUR }));
    expect(viaWebCrypto).toMatch(
      new RegExp(`^${PATH}\\?expires=${(NOW + HOUR) / 1000}&signature=[A-Za-z0-9_-]{43}$`),
    );
  });

  it('verifies a URL it signed until it expires, absolute or relative, with either API', async () => {
    const url = await signArtifactUrl(PATH, { key: KEY, expiresAt: NOW + HOUR });
    const expected = { path: PATH, expiresAt: NOW + HOUR };
    expect(await verifyArtifactUrl(url, { key: KEY, now: NOW })).toEqual(expected);
    expect(await verifyArtifactUrl(`https://govkit.example${url}`, { key: KEY, now: NOW })).toEqual(
      expected,
    );
    expect(verifyArtifactUrlSync(url, { key: new TextEncoder().encode(KEY), now: NOW })).toEqual(
      expected,
    );
  });

  it('rejects an expired URL with a typed 410 only after checking the signature', async () => {
    const url = signArtifactUrlSync(PATH, { key: KEY, expiresAt: NOW });
    const error = await rejectionOf(verifyArtifactUrl(url, { key: KEY, now: NOW }));
    expect(error).toBeInstanceOf(SignedUrlExpiredRefusal);
    expect(error).toMatchObject({ status: 410, code: 'signed_url_expired', expiresAt: NOW });
    expect(refusal(() => verifyArtifactUrlSync(url, { key: KEY, now: NOW + 1 }))).toBeInstanceOf(
      SignedUrlExpiredRefusal,
    );
    // An expired URL with a forged signature is "tampered", not "expired": nothing is revealed.
    const forged = url.replace(
      /signature=./,
      (m) => `${m.slice(0, -1)}${m.endsWith('A') ? 'B' : 'A'}`,
    );
    expect(await rejectionOf(verifyArtifactUrl(forged, { key: KEY, now: NOW }))).toBeInstanceOf(
      SignedUrlTamperedRefusal,
    );
  });

  it('rejects every tampering with a typed 403', async () => {
    const url = signArtifactUrlSync(PATH, { key: KEY, expiresAt: NOW + HOUR });
    const tampered = [
      url.replace('nexp-1', 'nexp-2'),
      url.replace(`expires=${(NOW + HOUR) / 1000}`, `expires=${(NOW + 2 * HOUR) / 1000}`),
      url.replace(/signature=[^&]+/, 'signature=AAAA'),
      url.replace(/&signature=[^&]+/, ''),
      url.replace(/expires=\d+&/, ''),
      url.replace(/expires=\d+/, 'expires=soon'),
      url.replace(/signature=[^&]+/, 'signature=%%%'),
      PATH,
    ];
    for (const candidate of tampered) {
      const error = await rejectionOf(verifyArtifactUrl(candidate, { key: KEY, now: NOW }));
      expect(error, candidate).toBeInstanceOf(SignedUrlTamperedRefusal);
      expect(error).toMatchObject({ status: 403, code: 'signed_url_invalid' });
      expect(
        refusal(() => verifyArtifactUrlSync(candidate, { key: KEY, now: NOW })),
      ).toBeInstanceOf(SignedUrlTamperedRefusal);
    }
    expect(
      await rejectionOf(verifyArtifactUrl(url, { key: 'another-key', now: NOW })),
    ).toBeInstanceOf(SignedUrlTamperedRefusal);
  });

  it('refuses to sign a path with a query, fragment or newline, or a relative one', () => {
    for (const path of ['api/x', '/x?y=1', '/x#y', '/x\ny']) {
      expect(() => signArtifactUrlSync(path, { key: KEY, expiresAt: NOW })).toThrow(TypeError);
    }
  });

  it('rejects any single flipped signature character (property)', () => {
    const url = signArtifactUrlSync(PATH, { key: KEY, expiresAt: NOW + HOUR });
    const signature = url.split('signature=')[1] as string;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    fc.assert(
      fc.property(
        fc.nat({ max: signature.length - 1 }),
        fc.constantFrom(...alphabet),
        (index, char) => {
          fc.pre(signature[index] !== char);
          const forged = `${url.split('signature=')[0]}signature=${signature.slice(0, index)}${char}${signature.slice(index + 1)}`;
          expect(() => verifyArtifactUrlSync(forged, { key: KEY, now: NOW })).toThrow(
            SignedUrlTamperedRefusal,
          );
        },
      ),
      { numRuns: Number(process.env.GOVKIT_FC_RUNS) || 200 },
    );
  });
});

describe('constantTimeEqual', () => {
  it('compares contents and lengths', () => {
    const bytes = (...values: number[]) => Uint8Array.from(values);
    expect(constantTimeEqual(bytes(1, 2, 3), bytes(1, 2, 3))).toBe(true);
    expect(constantTimeEqual(bytes(1, 2, 3), bytes(1, 2, 4))).toBe(false);
    expect(constantTimeEqual(bytes(1, 2), bytes(1, 2, 0))).toBe(false);
    expect(constantTimeEqual(bytes(), bytes())).toBe(true);
  });
});
