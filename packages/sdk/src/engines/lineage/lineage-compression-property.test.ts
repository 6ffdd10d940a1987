import fc from 'fast-check';
import { describe, it } from 'vitest';
import { LINEAGE_MAX_BUNDLE_BYTES, type LineageBundle } from '../../schemas/lineage/lineage-bundle';
import { EngineError } from '../shared/engine-error';
import { compressLineageBundle, decompressLineageBundle } from './lineage-compression';

// Inputs are megabytes each, so the default run count is modest; CI may raise GOVKIT_FC_RUNS.
const NUM_RUNS = Number(process.env.GOVKIT_FC_RUNS) || 30;

// fast-check chooses the shape (sizes, counts, seed); a seeded generator fills in the bytes, which
// is far faster than asking fast-check for multi-megabyte strings.
const shapeArb = fc.record({
  seed: fc.nat(),
  logShape: fc.constantFrom('list' as const, 'dict' as const),
  // Around 200 entries matters most: just over it, level 1 keeps 200 entries, which may still be
  // too big and force the deeper levels.
  logCount: fc.oneof(
    { weight: 2, arbitrary: fc.integer({ min: 0, max: 200 }) },
    { weight: 3, arbitrary: fc.integer({ min: 201, max: 300 }) },
    { weight: 2, arbitrary: fc.integer({ min: 301, max: 2_500 }) },
  ),
  entryChars: fc.oneof(
    fc.integer({ min: 1, max: 200 }),
    fc.integer({ min: 200, max: 20_000 }),
    fc.integer({ min: 14_000, max: 20_000 }),
  ),
  rawKeys: fc.integer({ min: 0, max: 1_500 }),
  rawChars: fc.integer({ min: 0, max: 4_000 }),
  idChars: fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 1, max: 64 }) },
    { weight: 2, arbitrary: fc.integer({ min: 2_800_000, max: 3_000_000 }) },
  ),
  compressible: fc.oneof(
    { weight: 1, arbitrary: fc.constant(true) },
    { weight: 3, arbitrary: fc.constant(false) },
  ),
});

type Shape = typeof shapeArb extends fc.Arbitrary<infer T> ? T : never;

// Keep each input at a few megabytes so a run stays well under a second.
const BUDGET_CHARS = 5_000_000;

// Incompressible text cut from a 256 KiB random pool: repeats are further apart than gzip's 32 KiB
// window, so they cannot be matched, and slicing is much faster than drawing every byte.
const POOL_CHARS = 262_144;

function randomPool(random: () => number): string {
  const bytes = new Uint8Array(POOL_CHARS);
  for (let i = 0; i < POOL_CHARS; i += 1) bytes[i] = 33 + Math.floor(random() * 90);
  return new TextDecoder().decode(bytes);
}

function text(random: () => number, pool: string, length: number, compressible: boolean): string {
  if (compressible) return 'abcdefghijklm'.repeat(Math.ceil(length / 13)).slice(0, length);
  let out = '';
  let at = Math.floor(random() * POOL_CHARS);
  while (out.length < length) {
    out += pool.slice(at, at + length - out.length);
    at = 0;
  }
  return out;
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function build(shape: Shape): LineageBundle {
  const random = mulberry32(shape.seed);
  const pool = randomPool(random);
  const entryChars = Math.min(
    shape.entryChars,
    Math.floor(BUDGET_CHARS / Math.max(1, shape.logCount)),
  );
  const events = Array.from({ length: shape.logCount }, (_, i) => ({
    timestamp: `2026-02-03T10:00:${String(i % 60).padStart(2, '0')}.000Z`,
    type: i % 17 === 0 ? 'error' : 'info',
    message: text(random, pool, entryChars, shape.compressible),
  }));
  const rawChars = Math.min(shape.rawChars, Math.floor(BUDGET_CHARS / Math.max(1, shape.rawKeys)));
  const raw_inputs = Object.fromEntries(
    Array.from({ length: shape.rawKeys }, (_, i) => [
      `key_${i}`,
      text(random, pool, rawChars, shape.compressible),
    ]),
  );
  return {
    lead_id: text(random, pool, shape.idChars, false),
    pipeline_run_id: 'run-1',
    template_version_id: 'v1',
    pipeline_start_time: '2026-02-03T10:00:00.000Z',
    pipeline_end_time: '2026-02-03T10:05:00.000Z',
    pipeline_logs:
      shape.logShape === 'list' ? events : { events, summary: { total_events: events.length } },
    raw_inputs,
  };
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

describe('compressLineageBundle (property)', () => {
  it('always ends: ≤ 2 MB with ids and times kept, or the typed 413', () => {
    fc.assert(
      fc.property(shapeArb, (shape) => {
        const bundle = build(shape);
        try {
          const result = compressLineageBundle(bundle);
          check(result.bytes.length <= LINEAGE_MAX_BUNDLE_BYTES, 'stored bundle over 2 MB');
          check(result.compression_ratio >= 0 && result.compression_ratio <= 100, 'ratio range');
          const stored = decompressLineageBundle(result.bytes);
          for (const key of [
            'lead_id',
            'pipeline_run_id',
            'template_version_id',
            'pipeline_start_time',
            'pipeline_end_time',
          ] as const) {
            check(stored[key] === bundle[key], `${key} not kept`);
          }
        } catch (error) {
          check(error instanceof EngineError, `untyped failure: ${String(error)}`);
          const typed = error as EngineError;
          check(typed.status === 413 && typed.code === 'lineage_too_large', 'wrong error');
          // Only gigantic ids can defeat level 4 (ids and times are never truncated).
          check(shape.idChars > 1_000_000, 'size error although the ids are small');
        }
      }),
      { numRuns: NUM_RUNS },
    );
  }, 300_000);
});
