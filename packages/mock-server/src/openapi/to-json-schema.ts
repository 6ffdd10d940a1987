import { DISCRIMINATOR_META, UNKNOWN_FIELD_META } from '@govkit/sdk/schemas';
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
 *
 * Two govkit markers are turned into plain JSON Schema: an open object's catchall becomes
 * `additionalProperties: false` (the contract lists every field; the SDK's lenient parse still
 * keeps extras at runtime), and a union marked with a discriminator becomes one `oneOf` of its
 * variants with an OpenAPI `discriminator` (the open fallback variant excludes the known values).
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
  const hoist = (name: string, schema: unknown) => {
    const key = `${prefix}.${name}`.replace(/[^\w.-]/g, '_');
    components[key] = schema as JsonSchema;
    return { $ref: `#/components/schemas/${key}` };
  };
  if (!$defs || typeof $defs !== 'object') return contractKeywords(rest, hoist) as JsonSchema;
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
    components[names.get(name) as string] = contractKeywords(rewrite(def), hoist) as JsonSchema;
  }
  return contractKeywords(rewrite(rest), hoist) as JsonSchema;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Moves a schema into `components.schemas` under a name and returns its `$ref`. */
type Hoist = (name: string, schema: unknown) => { $ref: string };

/** Rewrites the govkit markers (see {@link toJsonSchema}) into standard keywords, recursively. */
function contractKeywords(value: unknown, hoist: Hoist): unknown {
  if (Array.isArray(value)) return value.map((item) => contractKeywords(item, hoist));
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key === DISCRIMINATOR_META) continue;
    out[key] =
      key === 'additionalProperties' && isPlainObject(inner) && inner[UNKNOWN_FIELD_META] === true
        ? false
        : contractKeywords(inner, hoist);
  }
  const propertyName = value[DISCRIMINATOR_META];
  return typeof propertyName === 'string' ? discriminated(out, propertyName, hoist) : out;
}

/**
 * `anyOf: [{oneOf: known variants}, fallback]` → `oneOf: [...known, fallback]` + discriminator.
 * Variants become named components (`<operation>.<value>`, the fallback `<operation>.other`),
 * because a discriminator can only select `$ref`ed schemas.
 */
function discriminated(schema: Record<string, unknown>, propertyName: string, hoist: Hoist) {
  const { anyOf, oneOf, ...rest } = schema;
  const variants = ((anyOf ?? oneOf) as unknown[] | undefined) ?? [];
  const flat = variants.flatMap((variant) =>
    isPlainObject(variant) && Array.isArray(variant.oneOf) && Object.keys(variant).length === 1
      ? variant.oneOf
      : [variant],
  );
  const mapping: Record<string, string> = {};
  const refs = flat.map((variant) => {
    const property =
      isPlainObject(variant) && isPlainObject(variant.properties)
        ? variant.properties[propertyName]
        : undefined;
    const value = isPlainObject(property) ? property.const : undefined;
    const ref = hoist(`${propertyName}.${typeof value === 'string' ? value : 'other'}`, variant);
    if (typeof value === 'string') mapping[value] = ref.$ref;
    return ref;
  });
  return { ...rest, oneOf: refs, discriminator: { propertyName, mapping } };
}
