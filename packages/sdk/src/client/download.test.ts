import { gzipSync, strToU8 } from 'fflate';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ClientCore } from './client-core';
import { ArtifactExpiredError, ArtifactIntegrityError } from './domain-errors';
import { gunzip, gunzipJson, parseContentDisposition, sha256Hex, verifyChecksum } from './download';
import { AbortError, DecompressionLimitError, GovkitError, InternalServerError } from './errors';
import { testEndpoints as ep } from './fixtures/test-endpoints';
import { sendJson, startTestServer, type TestServer } from './fixtures/test-server';

let server: TestServer;
let core: ClientCore;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  core = new ClientCore({
    baseURL: server.baseURL,
    timeout: 5_000,
    maxRetries: 0,
    validation: 'lenient',
  });
});

// sha256("abc"), the FIPS 180-2 test vector.
const ABC_SHA256 = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

describe('parseContentDisposition', () => {
  it.each([
    ['attachment; filename="lineage_1_raw_inputs.json.gz"', 'lineage_1_raw_inputs.json.gz'],
    ['attachment; filename=lineage_1_raw_inputs.json.gz', 'lineage_1_raw_inputs.json.gz'],
    ['attachment; filename="a \\"quoted\\" name.zip"', 'a "quoted" name.zip'],
    [
      'attachment; filename="fallback.zip"; filename*=UTF-8\'\'na%C3%AFve%20file.zip',
      'naïve file.zip',
    ],
    ['attachment;filename=x.zip;size=3', 'x.zip'],
    ['attachment', undefined],
    [null, undefined],
  ])('%s', (header, expected) => {
    expect(parseContentDisposition(header)).toBe(expected);
  });
});

describe('checksums', () => {
  it('hashes with Web Crypto and verifies any case and a sha256: prefix', async () => {
    const bytes = strToU8('abc');
    expect(await sha256Hex(bytes)).toBe(ABC_SHA256);
    await expect(verifyChecksum(bytes, `sha256:${ABC_SHA256.toUpperCase()}`)).resolves.toBe(
      ABC_SHA256,
    );
  });

  it('throws ArtifactIntegrityError (client origin) on mismatch', async () => {
    const error = await verifyChecksum(strToU8('abd'), ABC_SHA256).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArtifactIntegrityError);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as ArtifactIntegrityError).origin).toBe('client');
    expect((error as ArtifactIntegrityError).expectedChecksum).toBe(ABC_SHA256);
  });
});

describe('gunzip', () => {
  it('round-trips JSON from bytes and from a stream', async () => {
    const gz = gzipSync(strToU8(JSON.stringify({ raw_inputs: { a: 1 } })), { level: 6 });
    expect(await gunzipJson(gz)).toEqual({ raw_inputs: { a: 1 } });
    expect(await gunzipJson(new Blob([gz]).stream())).toEqual({ raw_inputs: { a: 1 } });
  });

  it('fails past the size cap while streaming', async () => {
    // 4 MiB of zeros compresses to a few KiB: a miniature zip bomb.
    const gz = gzipSync(new Uint8Array(4 * 1024 * 1024), { level: 6 });
    expect(gz.byteLength).toBeLessThan(64 * 1024);
    const error = await gunzip(gz, { maxBytes: 1024 * 1024 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DecompressionLimitError);
    expect((error as DecompressionLimitError).limitBytes).toBe(1024 * 1024);
    await expect(gunzip(gz, { maxBytes: 4 * 1024 * 1024 })).resolves.toHaveLength(4 * 1024 * 1024);
  });

  it('stops at once when aborted', async () => {
    const gz = gzipSync(new Uint8Array(1024), { level: 6 });
    await expect(gunzip(gz, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortError);
  });
});

describe('binary downloads', () => {
  it('returns bytes with the filename, verified against a checksum', async () => {
    server.handle((_req, res) => {
      res.writeHead(200, {
        'content-type': 'application/zip',
        'content-disposition': 'attachment; filename="execution_e1_narrative_v2.zip"',
      });
      res.end('abc');
    });
    const download = await core.download(ep.download, { pathParams: { item_id: 'e1' } });
    expect(server.requests[0]?.headers.accept).toBe('application/gzip');
    expect(download.filename).toBe('execution_e1_narrative_v2.zip');
    expect(download.contentType).toBe('application/zip');
    expect(new TextDecoder().decode(await download.bytes({ sha256: ABC_SHA256 }))).toBe('abc');
    await expect(download.bytes()).rejects.toBeInstanceOf(GovkitError);
  });

  it('streams a gzip body (unquoted filename) into the capped decompressor', async () => {
    const gz = gzipSync(strToU8('{"lineage_id":"l1"}'), { level: 6 });
    server.handle((_req, res) => {
      res.writeHead(200, {
        'content-type': 'application/gzip',
        'content-disposition': 'attachment; filename=lineage_l1_raw_inputs.json.gz',
        'content-length': String(gz.byteLength),
      });
      res.end(Buffer.from(gz));
    });
    const download = await core.download(ep.download, { pathParams: { item_id: 'l1' } });
    expect(download.filename).toBe('lineage_l1_raw_inputs.json.gz');
    expect(download.contentLength).toBe(gz.byteLength);
    expect(await gunzipJson(download.stream())).toEqual({ lineage_id: 'l1' });
  });

  it('detects a corrupted artifact on the client', async () => {
    server.handle((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/zip' });
      res.end('abX');
    });
    const download = await core.download(ep.download, { pathParams: { item_id: 'e1' } });
    await expect(download.bytes({ sha256: ABC_SHA256 })).rejects.toBeInstanceOf(
      ArtifactIntegrityError,
    );
  });

  it('maps download errors (410 expired) from a stream-mode response', async () => {
    server.handle((_req, res) =>
      sendJson(res, 410, { detail: 'Narrative export artifact expired' }),
    );
    const error = await core
      .download(ep.download, { pathParams: { item_id: 'e1' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArtifactExpiredError);
    expect((error as ArtifactExpiredError).detail).toBe('Narrative export artifact expired');
  });
});
