import {
  createClient,
  GoneError,
  PermissionDeniedError,
  SignedUrlExpiredError,
  SignedUrlInvalidError,
} from '@govkit/sdk';
import { verifyArtifactUrl } from '@govkit/sdk/engines';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMockServer, startMockServer } from '../http/start-mock-server';
import { findSeededExport } from '../seed/exports';
import { mockArtifactSigningKey } from '../store/exports-state';
import { rejectionOf } from '../testing/use-mock-api-harness';

const DAY_MS = 24 * 3_600_000;

// Seed 001's storage helpers end to end: packaging signs `artifact_signed_url`; the download
// route accepts it without any auth header until it expires, and refuses any change to it.
describe('signed artifact URLs over HTTP', () => {
  let server: RunningMockServer;
  beforeAll(async () => {
    server = await startMockServer();
  }, 60_000);
  afterAll(() => server.close());

  const signedUrlOf = () => {
    const ready = findSeededExport(server.store, 'ready');
    if (!ready.artifact_signed_url) throw new Error('the ready export has no signed URL');
    return { ready, url: ready.artifact_signed_url };
  };

  it('packages exports with a URL signed for their download path until retention ends', async () => {
    const { ready, url } = signedUrlOf();
    const verified = await verifyArtifactUrl(url, {
      key: mockArtifactSigningKey(server.store.seed),
      now: server.store.clock.now(),
    });
    expect(verified.path).toBe(ready.artifact_download_path);
    expect(verified.expiresAt).toBe(
      Math.floor(Date.parse(ready.retention_expires_at ?? '') / 1000) * 1000,
    );
  });

  it('serves the verified zip to a request without an auth header', async () => {
    const { ready, url } = signedUrlOf();
    const response = await fetch(`${server.url}${url}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(bytes).toEqual(server.store.exports.artifacts.get(ready.artifact_file?.id ?? ''));
  });

  it('answers 403 signed_url_invalid to a changed signature, expiry or export', async () => {
    const { url } = signedUrlOf();
    const other = findSeededExport(server.store, 'mid_ladder');
    const versionBefore = server.store.version;
    for (const tampered of [
      url.replace(/signature=[^&]+/, 'signature=AAAA'),
      url.replace(/expires=(\d+)/, (_m, s: string) => `expires=${Number(s) + 60}`),
      url.replace(String(findSeededExport(server.store, 'ready').id), String(other.id)),
      url.replace(/&signature=[^&]+/, ''),
    ]) {
      const response = await fetch(`${server.url}${tampered}`);
      expect(response.status, tampered).toBe(403);
      expect(await response.json()).toMatchObject({
        detail: 'Signed URL signature is invalid',
        code: 'signed_url_invalid',
      });
    }
    expect(server.store.version).toBe(versionBefore);
  });

  // The sdk client reads both refusals as the typed errors of the domain error contract.
  const signedQuery = (url: string) => {
    const query = new URL(url, 'http://govkit.invalid').searchParams;
    return { expires: Number(query.get('expires')), signature: query.get('signature') ?? '' };
  };
  const download = (query: { expires: number; signature: string }) => {
    const { ready } = signedUrlOf();
    const client = createClient({ baseURL: server.url, maxRetries: 0 });
    return client.exports.artifact(String(ready.execution_id), String(ready.id), query);
  };

  it('raises SignedUrlInvalidError (a PermissionDeniedError) for a tampered URL', async () => {
    const query = signedQuery(signedUrlOf().url);
    const error = await rejectionOf(download({ ...query, expires: query.expires + 1 }));
    expect(error).toBeInstanceOf(SignedUrlInvalidError);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error).toMatchObject({ status: 403, code: 'signed_url_invalid' });
  });

  it('answers 410 signed_url_expired once the URL has expired', async () => {
    const { url } = signedUrlOf();
    server.store.clock.advance(400 * DAY_MS);
    const response = await fetch(`${server.url}${url}`);
    expect(response.status).toBe(410);
    expect(await response.json()).toMatchObject({
      detail: 'Signed URL expired',
      code: 'signed_url_expired',
    });
    const error = await rejectionOf(download(signedQuery(url)));
    expect(error).toBeInstanceOf(SignedUrlExpiredError);
    expect(error).toBeInstanceOf(GoneError);
  });
});
