import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import {
  DOMAIN_ERROR_CODES,
  DOMAIN_ERROR_DETAILS,
} from '../../schemas/shared/domain-error-contract';
import { EngineError } from '../shared/engine-error';
import { constantTimeEqual } from './signed-url';

/** Lowercase hex SHA-256 of stored bytes. */
export function storageChecksum(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

/** A checksum in any accepted spelling (`SHA256:ABC…`, `sha-256:abc…`, `abc…`) as lowercase hex. */
export function normalizeChecksum(checksum: string): string {
  return checksum
    .trim()
    .toLowerCase()
    .replace(/^sha-?256:/, '');
}

/** What {@link compareChecksum} found. */
export interface ChecksumComparison {
  ok: boolean;
  expected: string;
  observed: string;
}

/** Compare stored bytes against their recorded checksum (constant time), without throwing. */
export function compareChecksum(bytes: Uint8Array, expected: string): ChecksumComparison {
  const observed = storageChecksum(bytes);
  const want = normalizeChecksum(expected);
  const encoder = new TextEncoder();
  return {
    ok: constantTimeEqual(encoder.encode(observed), encoder.encode(want)),
    expected: want,
    observed,
  };
}

/**
 * Throw the contract's 500 "Artifact checksum validation failed" (code `artifact_integrity`,
 * with both digests) when stored bytes have drifted from their checksum.
 */
export function validateChecksum(bytes: Uint8Array, expected: string): string {
  const result = compareChecksum(bytes, expected);
  if (!result.ok) {
    throw new EngineError(500, DOMAIN_ERROR_DETAILS.artifactIntegrity, {
      code: DOMAIN_ERROR_CODES.artifactIntegrity,
      data: { expected_checksum: result.expected, observed_checksum: result.observed },
    });
  }
  return result.observed;
}
