import type { z } from 'zod';

interface SchemaDef {
  type?: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: readonly z.ZodType[];
  shape?: Record<string, z.ZodType>;
}

const defOf = (schema: z.ZodType | undefined): SchemaDef =>
  ((schema as { _zod?: { def?: SchemaDef } } | undefined)?._zod?.def ?? {}) as SchemaDef;

// Wrappers that do not change what a query value looks like on the wire.
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch']);

/** The object shape of a (possibly wrapped or piped) object schema, if it has one. */
export function objectShape(schema: z.ZodType | undefined): Record<string, z.ZodType> | undefined {
  let current = schema;
  for (let depth = 0; current && depth < 16; depth += 1) {
    const def = defOf(current);
    if (def.shape) return def.shape;
    current =
      def.type === 'pipe' ? def.in : WRAPPERS.has(def.type ?? '') ? def.innerType : undefined;
  }
  return undefined;
}

/** Whether a field schema expects an array (through optional/default/pipe/union wrappers). */
export function expectsArray(schema: z.ZodType | undefined, depth = 0): boolean {
  if (!schema || depth > 16) return false;
  const def = defOf(schema);
  if (def.type === 'array') return true;
  if (def.type === 'pipe') return expectsArray(def.in, depth + 1);
  if (def.type === 'union') return (def.options ?? []).some((o) => expectsArray(o, depth + 1));
  return WRAPPERS.has(def.type ?? '') && expectsArray(def.innerType, depth + 1);
}

/**
 * A query string as the object a query schema parses: a key given once is a string, a repeated
 * key an array (`?status=a&status=b`), and a key whose schema is an array is always an array, so
 * `?status=a` still parses as `["a"]`. Values stay strings: schemas coerce (`z.coerce.number()`).
 */
export function searchParamsToObject(
  search: URLSearchParams,
  schema?: z.ZodType,
): Record<string, string | string[]> {
  const shape = objectShape(schema) ?? {};
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    out[key] = values.length > 1 || expectsArray(shape[key]) ? values : (values[0] as string);
  }
  return out;
}
