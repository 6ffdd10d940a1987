import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type {
  InputFingerprint,
  InputFingerprintInput,
} from '../../schemas/run-governance/run-manifest';

/**
 * Fingerprint of a run's inputs: the first 12 hex characters of SHA-256 over canonical JSON of
 * aggregate metadata only (never raw rows):
 * `{"files":[sorted names],"counts":{sorted keys},"range":{"start","end"} | null}`.
 *
 * Unlike the seed, the caller's `file_names` array is not sorted in place, and `row_counts` keys are
 * sorted, so the same inputs give the same fingerprint in any order.
 *
 * @example
 * createInputFingerprint({ file_names: ['b.csv', 'a.csv'], row_counts: { quotes: 3, invoices: 9 } })
 */
export function createInputFingerprint(input: InputFingerprintInput): InputFingerprint {
  return bytesToHex(sha256(utf8ToBytes(canonicalFingerprintJson(input)))).slice(0, 12);
}

/** The exact string {@link createInputFingerprint} hashes (exposed for debugging and tests). */
export function canonicalFingerprintJson(input: InputFingerprintInput): string {
  const files = [...(input.file_names ?? [])].sort();
  const counts = input.row_counts ?? {};
  const countsJson = Object.keys(counts)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${JSON.stringify(counts[key] ?? null)}`)
    .join(',');
  // Built by hand, not JSON.stringify(object): JS orders integer-like keys ("1", "2") before all
  // others whatever the insertion order, which would make "sorted" depend on the key's shape.
  const range = input.date_range
    ? `{"start":${JSON.stringify(input.date_range.start)},"end":${JSON.stringify(input.date_range.end)}}`
    : 'null';
  return `{"files":${JSON.stringify(files)},"counts":{${countsJson}},"range":${range}}`;
}
