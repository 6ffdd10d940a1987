import { z } from 'zod';

/** Deepest nesting a free-form request object may have (the object itself is level 1). */
export const MAX_JSON_DEPTH = 16;

/** Most bytes a free-form request object may take once serialised (64 KiB). */
export const MAX_JSON_BYTES = 64 * 1024;

/** What {@link measureJson} found: nesting depth and an upper bound of the serialised size. */
export interface JsonMeasure {
  depth: number;
  bytes: number;
}

/**
 * Depth and approximate JSON size of a parsed value, walked with an explicit stack so a hostile
 * 100,000-level document is measured (and refused) instead of overflowing the call stack. The
 * walk stops as soon as either limit is passed, so its cost is bounded by the limits too.
 */
export function measureJson(
  value: unknown,
  limits: { depth: number; bytes: number } = { depth: MAX_JSON_DEPTH, bytes: MAX_JSON_BYTES },
): JsonMeasure {
  const stack: Array<[unknown, number]> = [[value, 1]];
  let depth = 0;
  let bytes = 0;
  while (stack.length > 0) {
    const [current, level] = stack.pop() as [unknown, number];
    if (current !== null && typeof current === 'object') {
      depth = Math.max(depth, level);
      const entries = Array.isArray(current)
        ? current.map((item) => ['', item] as const)
        : Object.entries(current);
      bytes += 2 + entries.length;
      for (const [key, item] of entries) {
        bytes += key === '' ? 0 : key.length + 3;
        stack.push([item, level + 1]);
      }
    } else {
      bytes += typeof current === 'string' ? current.length + 2 : String(current).length;
    }
    if (depth > limits.depth || bytes > limits.bytes) break;
  }
  return { depth, bytes };
}

/**
 * A free-form JSON object in a request (`metadata`, `context`, …): any keys, any JSON values,
 * but at most {@link MAX_JSON_DEPTH} levels deep and {@link MAX_JSON_BYTES} large. Unbounded
 * free-form fields let one request store megabytes, and nest deep enough that copying or
 * serialising them overflows the stack; the bound sits in the contract, so the client refuses
 * such a body before sending it and the OpenAPI document states it.
 */
export const BoundedJsonObjectSchema = z
  .record(z.string().max(200), z.unknown())
  .check((ctx) => {
    const { depth, bytes } = measureJson(ctx.value);
    if (depth > MAX_JSON_DEPTH) {
      ctx.issues.push({
        code: 'too_big',
        origin: 'object',
        maximum: MAX_JSON_DEPTH,
        input: ctx.value,
        message: `JSON nested deeper than ${MAX_JSON_DEPTH} levels`,
      });
    } else if (bytes > MAX_JSON_BYTES) {
      ctx.issues.push({
        code: 'too_big',
        origin: 'object',
        maximum: MAX_JSON_BYTES,
        input: ctx.value,
        message: `JSON object larger than ${MAX_JSON_BYTES} bytes`,
      });
    }
  })
  .meta({
    description: `Free-form JSON object: at most ${MAX_JSON_DEPTH} levels deep and ${MAX_JSON_BYTES} bytes.`,
  });
