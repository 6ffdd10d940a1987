import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * JSON with object keys sorted at every depth, formatted like Python's
 * `json.dumps(value, sort_keys=True)` (", " and ": " separators, non-ASCII escaped), so hashes
 * computed here match hashes a Python server computed over the same payload.
 */
export function sortedJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  // Integral numbers print alike in both languages; a float Python would print as `1.0` never
  // reaches the hash (payload numbers are ints or JSON numbers on both sides).
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return asciiJsonString(value);
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${asciiJsonString(k)}: ${sortedJson(v)}`).join(', ')}}`;
  }
  return 'null';
}

function asciiJsonString(value: string): string {
  return JSON.stringify(value).replace(
    /[\u0080-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Deep equality of two JSON values (key order ignored). */
export function jsonEquals(a: unknown, b: unknown): boolean {
  return sortedJson(a) === sortedJson(b);
}

/** Lowercase hex SHA-256 of {@link sortedJson}. */
export function sha256SortedJson(value: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(sortedJson(value))));
}

/** The fields an override's `execution_hash` covers (notes and lineage are excluded). */
export interface OverrideHashInput {
  recommendation_id: string;
  actor_id: string;
  action: string;
  status: string;
  execution_id: string | null;
  baseline_id: string | null;
  target_reviewer_id: string | null;
  metadata: Record<string, unknown>;
}

/**
 * An override's `execution_hash`: SHA-256 of the sorted JSON of the fields that identify one
 * write. A row already holding the hash of an incoming write makes the write an idempotent repeat.
 */
export function computeOverrideExecutionHash(input: OverrideHashInput): string {
  return sha256SortedJson({
    recommendation_id: input.recommendation_id,
    actor_id: input.actor_id,
    action: input.action,
    status: input.status,
    execution_id: input.execution_id,
    baseline_id: input.baseline_id,
    target_reviewer_id: input.target_reviewer_id,
    metadata: input.metadata,
  });
}

/** One changed top-level key; `null` stands for an absent side. */
// A type alias (not an interface) so it stays assignable to the open reversal-diff schema type.
export type JsonKeyDiff = {
  key: string;
  before: unknown;
  after: unknown;
};

/**
 * Every top-level key whose value differs between two objects, in sorted key order (the
 * reversal event's `diffs`).
 */
export function diffTopLevel(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): JsonKeyDiff[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const diffs: JsonKeyDiff[] = [];
  for (const key of keys) {
    const left = before[key] ?? null;
    const right = after[key] ?? null;
    if (!jsonEquals(left, right)) {
      diffs.push({ key, before: structuredClone(left), after: structuredClone(right) });
    }
  }
  return diffs;
}
