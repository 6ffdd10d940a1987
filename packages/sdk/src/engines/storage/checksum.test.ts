import { describe, expect, it } from 'vitest';
import { refusal } from '../shared/fixtures/refusal';
import { compareChecksum, normalizeChecksum, storageChecksum, validateChecksum } from './checksum';

const BYTES = new TextEncoder().encode('govkit');
// sha256("govkit")
const DIGEST = storageChecksum(BYTES);

describe('checksum validation', () => {
  it('hashes to lowercase hex and accepts every spelling of the expected digest', () => {
    expect(DIGEST).toMatch(/^[0-9a-f]{64}$/);
    expect(normalizeChecksum(` SHA256:${DIGEST.toUpperCase()} `)).toBe(DIGEST);
    expect(normalizeChecksum(`sha-256:${DIGEST}`)).toBe(DIGEST);
    expect(validateChecksum(BYTES, `sha256:${DIGEST}`)).toBe(DIGEST);
  });

  it('reports drift with both digests, and throws the contract error from validateChecksum', () => {
    const drifted = Uint8Array.from(BYTES);
    drifted[0] = (drifted[0] ?? 0) ^ 1;
    expect(compareChecksum(drifted, DIGEST)).toMatchObject({ ok: false, expected: DIGEST });
    expect(refusal(() => validateChecksum(drifted, DIGEST))).toMatchObject({
      status: 500,
      code: 'artifact_integrity',
      detail: 'Artifact checksum validation failed',
      data: { expected_checksum: DIGEST, observed_checksum: storageChecksum(drifted) },
    });
  });
});
