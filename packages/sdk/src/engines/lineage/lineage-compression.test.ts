import { gunzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { LINEAGE_MAX_BUNDLE_BYTES } from '../../schemas/lineage/lineage-bundle';
import { EngineError } from '../shared/engine-error';
import {
  compressLineageBundle,
  decompressLineageBundle,
  lineageCompressionRatio,
  lineageGzip,
} from './lineage-compression';

const IDS = {
  lead_id: 'lead-1',
  pipeline_run_id: 'run-1',
  template_version_id: 'v1',
  pipeline_start_time: '2026-02-03T10:00:00.000Z',
  pipeline_end_time: '2026-02-03T10:00:05.000Z',
};

// Incompressible text from a fixed seed (no Math.random): gzip cannot shrink it much.
function noise(length: number, seed = 1): string {
  let state = seed >>> 0;
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i += 1) {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    bytes[i] = 33 + ((state >>> 24) % 90);
  }
  return new TextDecoder().decode(bytes);
}

describe('compressLineageBundle', () => {
  it('stores a small bundle whole: compact JSON, gzip level 6, deterministic bytes', () => {
    const bundle = {
      ...IDS,
      pipeline_logs: { summary: { ok: true } },
      raw_inputs: { a: 'x'.repeat(500) },
    };
    const a = compressLineageBundle(bundle);
    const b = compressLineageBundle(bundle);
    expect(a.bytes).toEqual(b.bytes);
    expect(a.truncation_level).toBe(0);
    expect(a.bundle).toBe(bundle);
    expect(strFromU8(gunzipSync(a.bytes))).toBe(JSON.stringify(bundle));
    expect(a.original_size_bytes).toBe(JSON.stringify(bundle).length);
    expect(a.compression_ratio).toBe(
      lineageCompressionRatio(a.original_size_bytes, a.bytes.length),
    );
    expect(a.compression_ratio).toBeGreaterThan(50);
    expect(a.compression_ratio).toBeLessThanOrEqual(100);
  });

  it('truncates when the compressed bundle is over 2 MB, and keeps ids and times', () => {
    const lines = Array.from({ length: 600 }, (_, i) => noise(5_000, i + 1));
    const result = compressLineageBundle({
      ...IDS,
      pipeline_logs: lines,
      raw_inputs: { blob: noise(10, 9) },
    });
    expect(result.bytes.length).toBeLessThanOrEqual(LINEAGE_MAX_BUNDLE_BYTES);
    expect(result.truncation_level).toBe(1);
    expect(decompressLineageBundle(result.bytes)).toMatchObject({
      ...IDS,
      pipeline_logs_truncated: true,
      pipeline_logs_total_count: 600,
    });
  });

  it('goes further when level 1 is not enough (201 huge lines cannot shrink under the source rules)', () => {
    const lines = Array.from({ length: 201 }, (_, i) => noise(20_000, i + 7));
    const result = compressLineageBundle({ ...IDS, pipeline_logs: lines }, { maxBytes: 1_048_576 });
    expect(result.truncation_level).toBeGreaterThan(1);
    expect(result.bytes.length).toBeLessThanOrEqual(1_048_576);
  });

  it('fails with a typed 413 when even ids and times are over the limit', () => {
    let error: unknown;
    try {
      compressLineageBundle({ ...IDS, lead_id: noise(50_000) }, { maxBytes: 10_000 });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EngineError);
    expect(error).toMatchObject({ status: 413, code: 'lineage_too_large' });
  });
});

describe('decompressLineageBundle', () => {
  it('round-trips and answers {} for empty or broken blobs', () => {
    expect(decompressLineageBundle(lineageGzip(new TextEncoder().encode('{"a":1}')))).toEqual({
      a: 1,
    });
    expect(decompressLineageBundle(null)).toEqual({});
    expect(decompressLineageBundle(new Uint8Array())).toEqual({});
    expect(decompressLineageBundle(new Uint8Array([1, 2, 3]))).toEqual({});
    expect(decompressLineageBundle(lineageGzip(new TextEncoder().encode('[1]')))).toEqual({});
  });
});

describe('lineageCompressionRatio', () => {
  it('is the percent saved, two decimals, clamped to 0–100', () => {
    expect(lineageCompressionRatio(1000, 250)).toBe(75);
    expect(lineageCompressionRatio(3, 1)).toBe(66.67);
    expect(lineageCompressionRatio(10, 30)).toBe(0);
    expect(lineageCompressionRatio(0, 0)).toBe(0);
  });
});
