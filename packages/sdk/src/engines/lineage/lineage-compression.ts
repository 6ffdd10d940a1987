import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import { LINEAGE_MAX_BUNDLE_BYTES, type LineageBundle } from '../../schemas/lineage/lineage-bundle';
import { EngineError } from '../shared/engine-error';
import { truncateLineageBundle } from './lineage-truncation';

/** The 413 detail when a bundle cannot be brought under the limit. */
export const LINEAGE_TOO_LARGE_DETAIL =
  'Lineage data is too large to store, even after truncation (limit: 2 MB compressed)';

/** A bundle ready to store. */
export interface CompressedLineageBundle {
  /** gzip (level 6) of the compact JSON of `bundle`. */
  bytes: Uint8Array;
  /** The bundle that was compressed: the input, or its truncated form. */
  bundle: LineageBundle;
  /** UTF-8 bytes of the JSON before compression. */
  original_size_bytes: number;
  /** Percent saved, 0–100, two decimals (0 when gzip made it bigger). */
  compression_ratio: number;
  /** 0 when stored whole, else the truncation level that made it fit (1–4). */
  truncation_level: number;
}

/** Options of {@link compressLineageBundle}. */
export interface CompressLineageOptions {
  /** Compressed size limit in bytes; default 2 × 1,048,576. */
  maxBytes?: number;
}

// DEFLATE cannot compress better than about 1032:1, so JSON longer than this many times the limit
// can never fit and is not worth compressing.
const DEFLATE_MAX_RATIO = 1032;

/**
 * Serialise (compact JSON) and gzip a bundle at level 6. If the result is over the limit, retry
 * with truncation levels 1 to 4 (each computed from the full bundle, the first that fits wins); at
 * most five attempts, so it always terminates. `compression_ratio` is computed on what is finally
 * stored.
 *
 * @throws EngineError 413 (`lineage_too_large`) when even level 4 (ids, times, a short summary
 *   and the raw-input key count) is over the limit, e.g. for gigantic ids. The error carries no
 *   data from the bundle.
 */
export function compressLineageBundle(
  bundle: LineageBundle,
  options: CompressLineageOptions = {},
): CompressedLineageBundle {
  const maxBytes = options.maxBytes ?? LINEAGE_MAX_BUNDLE_BYTES;
  const whole = attempt(bundle, 0, maxBytes);
  if (whole) return whole;
  // Level 4 is the smallest form (ids, times, short summary, key count). If it does not fit,
  // nothing will: fail now rather than compress three bigger forms first.
  const smallest = attempt(truncateLineageBundle(bundle, 4), 4, maxBytes);
  if (!smallest) {
    throw new EngineError(413, LINEAGE_TOO_LARGE_DETAIL, {
      code: 'lineage_too_large',
      data: { max_bytes: maxBytes },
    });
  }
  for (const level of [1, 2, 3] as const) {
    const fitted = attempt(truncateLineageBundle(bundle, level), level, maxBytes);
    if (fitted) return fitted;
  }
  return smallest;
}

function attempt(
  candidate: LineageBundle,
  level: number,
  maxBytes: number,
): CompressedLineageBundle | null {
  const raw = encodeJson(candidate);
  if (raw === null || raw.length > maxBytes * DEFLATE_MAX_RATIO) return null;
  const bytes = lineageGzip(raw);
  if (bytes.length > maxBytes) return null;
  return {
    bytes,
    bundle: candidate,
    original_size_bytes: raw.length,
    compression_ratio: lineageCompressionRatio(raw.length, bytes.length),
    truncation_level: level,
  };
}

/** gzip at level 6 with a zero mtime, so the same bundle always gives the same bytes. */
export function lineageGzip(data: Uint8Array): Uint8Array {
  return gzipSync(data, { level: 6, mtime: 0 });
}

/**
 * The bundle inside a stored blob, or `{}` for an empty or unreadable blob (as in the source
 * system: a broken blob must not break the logs viewer).
 */
export function decompressLineageBundle(
  bytes: Uint8Array | null | undefined,
): Record<string, unknown> {
  if (!bytes || bytes.length === 0) return {};
  try {
    const parsed: unknown = JSON.parse(strFromU8(gunzipSync(bytes)));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/** Percent saved, rounded to two decimals, clamped to 0–100. */
export function lineageCompressionRatio(originalBytes: number, compressedBytes: number): number {
  if (originalBytes <= 0) return 0;
  const saved = ((originalBytes - compressedBytes) / originalBytes) * 100;
  return Math.min(100, Math.max(0, Math.round(saved * 100) / 100));
}

// JSON.stringify throws RangeError past the engine's string limit (hundreds of MB); such a level
// simply does not fit and the next, smaller one is tried.
function encodeJson(value: unknown): Uint8Array | null {
  try {
    return strToU8(JSON.stringify(value));
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}
