import { z } from 'zod';

/**
 * An identifier. Ids are strings in govkit, but real systems send some as numbers (seed 002's
 * `audit_id` is an integer, its doc shows `event_id` as one), so both parse and normalise to string.
 */
export const IdSchema = z
  .union([z.string().min(1), z.number().int()])
  .transform((value) => String(value))
  .meta({ description: 'Identifier; numeric ids are accepted and normalised to strings.' });
export type Id = z.output<typeof IdSchema>;

/**
 * A timestamp as a server sends it. ISO-8601, but seed 002 also stores SQLite's
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
export const MetadataSchema = JsonObjectSchema.nullish().transform((value) => value ?? {});
export type Metadata = z.output<typeof MetadataSchema>;

/**
 * Renames a legacy `meta` key to `metadata` before parsing. BioLabs serialises override outcomes
 * and lineage contexts with `meta` (a Pydantic alias), everything else with `metadata`.
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
