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
 * Bound a free-form part of a request to {@link MAX_JSON_DEPTH} levels and {@link MAX_JSON_BYTES}:
 * a 422 issue (`too_big`) instead of a value that could take megabytes, or nest deep enough that
 * copying or serialising it overflows the stack. The description carries the bound into the
 * OpenAPI document, where a JSON Schema keyword for it does not exist.
 */
export function boundJson<T extends z.ZodType>(schema: T): T {
  return schema
    .check((ctx) => {
      const { depth, bytes } = measureJson(ctx.value);
      if (depth <= MAX_JSON_DEPTH && bytes <= MAX_JSON_BYTES) return;
      const tooDeep = depth > MAX_JSON_DEPTH;
      ctx.issues.push({
        code: 'too_big',
        origin: 'object',
        maximum: tooDeep ? MAX_JSON_DEPTH : MAX_JSON_BYTES,
        input: ctx.value,
        message: tooDeep
          ? `JSON nested deeper than ${MAX_JSON_DEPTH} levels`
          : `JSON object larger than ${MAX_JSON_BYTES} bytes`,
      });
    })
    .meta({
      description: `Free-form JSON object: at most ${MAX_JSON_DEPTH} levels deep and ${MAX_JSON_BYTES} bytes.`,
    });
}

/**
 * A free-form JSON object in a request (`metadata`, `context`, …): any keys, any JSON values,
 * within {@link boundJson}'s limits. The bound sits in the contract, so the client refuses such a
 * body before sending it, the OpenAPI document states it and the server answers 422.
 */
export const BoundedJsonObjectSchema = boundJson(z.record(z.string().max(200), z.unknown()));
