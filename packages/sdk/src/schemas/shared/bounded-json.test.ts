import { describe, expect, it } from 'vitest';
import {
  BoundedJsonObjectSchema,
  MAX_JSON_BYTES,
  MAX_JSON_DEPTH,
  measureJson,
} from './bounded-json';

function nested(depth: number): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let current = root;
  for (let i = 1; i < depth; i += 1) {
    const next: Record<string, unknown> = {};
    current.a = next;
    current = next;
  }
  return root;
}

describe('BoundedJsonObjectSchema', () => {
  it('accepts ordinary metadata up to the depth limit', () => {
    expect(BoundedJsonObjectSchema.safeParse({ a: [1, 'x', { b: null }] }).success).toBe(true);
    expect(BoundedJsonObjectSchema.safeParse(nested(MAX_JSON_DEPTH)).success).toBe(true);
  });

  it('refuses one level too deep, and 100,000 levels without overflowing the stack', () => {
    for (const depth of [MAX_JSON_DEPTH + 1, 100_000]) {
      const result = BoundedJsonObjectSchema.safeParse(nested(depth));
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({
        code: 'too_big',
        message: `JSON nested deeper than ${MAX_JSON_DEPTH} levels`,
      });
    }
  });

  it('refuses more than MAX_JSON_BYTES, counted as JSON would serialise it', () => {
    const fits = { s: 'x'.repeat(MAX_JSON_BYTES - 100) };
    expect(measureJson(fits).bytes).toBeGreaterThanOrEqual(JSON.stringify(fits).length);
    expect(BoundedJsonObjectSchema.safeParse(fits).success).toBe(true);
    const big = { s: 'x'.repeat(MAX_JSON_BYTES) };
    expect(BoundedJsonObjectSchema.safeParse(big).error?.issues[0]?.message).toBe(
      `JSON object larger than ${MAX_JSON_BYTES} bytes`,
    );
    const wide = { list: Array.from({ length: MAX_JSON_BYTES / 2 }, () => 1) };
    expect(BoundedJsonObjectSchema.safeParse(wide).success).toBe(false);
  });
});
