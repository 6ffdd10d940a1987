import { z } from 'zod';
import { modeAware } from './mode-aware';

/**
 * A pass-through step that documents an already-parsed value as `shape`: piped after a transform,
 * it gives the OpenAPI document (output side) and the static type the transform's real result,
 * without validating the value a second time (which would also repeat lenient warnings).
 */
export function documentedAs<TSchema extends z.ZodType>(shape: TSchema): TSchema {
  return modeAware(shape, (payload) => payload);
}

/**
 * A field that servers send missing, `null` or set, parsed to `fallback` when missing or null
 * (`null` for optional values, `{}`/`[]` for collections). Documented as `schema | typeof fallback`.
 */
export function nullishAs<TSchema extends z.ZodType>(
  schema: TSchema,
  fallback: null,
): NullishAs<TSchema, z.output<TSchema> | null>;
export function nullishAs<TSchema extends z.ZodType>(
  schema: TSchema,
  fallback: NonNullable<z.output<TSchema>>,
): NullishAs<TSchema, z.output<TSchema>>;
export function nullishAs<TSchema extends z.ZodType>(
  schema: TSchema,
  fallback: z.output<TSchema> | null,
): NullishAs<TSchema, z.output<TSchema> | null> {
  const shape = fallback === null ? schema.nullable() : schema;
  // The casts restate what zod cannot infer through the generic: the pipe's output is the shape's.
  return schema
    .nullish()
    .transform((value) => value ?? fallback)
    .pipe(documentedAs(shape) as unknown as z.ZodType<unknown, never>) as unknown as NullishAs<
    TSchema,
    z.output<TSchema> | null
  >;
}

/** The schema type of {@link nullishAs}: optional on input, `TOutput` on output. */
export type NullishAs<TSchema extends z.ZodType, TOutput> = z.ZodPipe<
  z.ZodPipe<
    z.ZodOptional<z.ZodNullable<TSchema>>,
    z.ZodTransform<TOutput, z.output<TSchema> | null | undefined>
  >,
  z.ZodType<TOutput>
>;

/**
 * An identifier. Ids are strings in govkit, but servers send some as numbers (an
 * `audit_id` may be an integer, an `event_id` too), so both parse and normalise to string.
 */
export const IdSchema = z
  .union([z.string().min(1), z.number().int()])
  .transform((value) => String(value))
  // The output side is documented as `type: string` instead of an opaque transform.
  .pipe(documentedAs(z.string()))
  .meta({ description: 'Identifier; numeric ids are accepted and normalised to strings.' });
export type Id = z.output<typeof IdSchema>;

/**
 * A timestamp as a server sends it. ISO-8601, but some servers send SQLite's
 * `YYYY-MM-DD HH:MM:SS`, so responses accept any non-empty string and engines parse both formats.
 */
export const TimestampSchema = z
  .string()
  .min(1)
  .meta({ description: 'ISO-8601 timestamp (SQLite `YYYY-MM-DD HH:MM:SS` also accepted).' });
export type Timestamp = z.output<typeof TimestampSchema>;

/** A strict ISO-8601 date-time for request parameters (offset or `Z` required). */
export const IsoDateTimeSchema = z.iso.datetime({ offset: true });

/** Free-form JSON object (`metadata`, `payload`, `detail`, …). */
export const JsonObjectSchema = z.record(z.string(), z.unknown());
export type JsonObject = z.output<typeof JsonObjectSchema>;

/** `metadata` as servers send it: missing or null become `{}`. */
export const MetadataSchema = nullishAs(JsonObjectSchema, {});
export type Metadata = z.output<typeof MetadataSchema>;

/**
 * Renames a legacy `meta` key to `metadata` before parsing. Some servers serialise override
 * outcomes and lineage contexts with `meta` (a serialiser alias), everything else with `metadata`.
 */
export function withMetaAlias<TSchema extends z.ZodType>(schema: TSchema) {
  return z.preprocess((input) => {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
    const record = input as Record<string, unknown>;
    if (!('meta' in record)) return input;
    const { meta, ...rest } = record;
    return { ...rest, metadata: rest.metadata ?? meta };
  }, schema);
}
