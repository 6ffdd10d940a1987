import { z } from 'zod';

/** A JSON Schema (draft 2020-12) object as OpenAPI 3.1 embeds it. */
export type JsonSchema = Record<string, unknown>;

/** Which side of a transform a schema describes: what a client sends, or what a server sends. */
export type SchemaIo = 'input' | 'output';

/**
 * Convert a zod schema to a JSON Schema for an OpenAPI 3.1 document. Zod's `$defs` (named or
 * recursive sub-schemas) are moved into `components.schemas` under `<prefix>.<name>` and their
 * `$ref`s rewritten, because `#/$defs/…` would resolve against the OpenAPI document's root.
 * Unrepresentable parts (transforms' outputs, custom checks) become `{}` (any), never an error.
 */
export function toJsonSchema(
  schema: z.ZodType,
  io: SchemaIo,
  components: Record<string, JsonSchema>,
  prefix: string,
): JsonSchema {
  let converted: JsonSchema;
  try {
    converted = z.toJSONSchema(schema, {
      io,
      unrepresentable: 'any',
      target: 'draft-2020-12',
    }) as JsonSchema;
  } catch (error) {
    return { description: `Schema not representable: ${String(error)}` };
  }
  const { $schema: _dialect, $defs, ...rest } = converted;
  if (!$defs || typeof $defs !== 'object') return rest;
  const names = new Map<string, string>();
  for (const name of Object.keys($defs))
    names.set(name, `${prefix}.${name}`.replace(/[^\w.-]/g, '_'));
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (value === null || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string' && inner.startsWith('#/$defs/')) {
        const name = names.get(inner.slice('#/$defs/'.length));
        out[key] = name ? `#/components/schemas/${name}` : inner;
      } else {
        out[key] = rewrite(inner);
      }
    }
    return out;
  };
  for (const [name, def] of Object.entries($defs as Record<string, unknown>)) {
    components[names.get(name) as string] = rewrite(def) as JsonSchema;
  }
  return rewrite(rest) as JsonSchema;
}
