import { z } from 'zod';
import { BoundedJsonObjectSchema } from '../shared/bounded-json';
import { DOMAIN_ERROR_DETAILS } from '../shared/domain-error-contract';
import { openObject } from '../shared/open-object';
import { IdSchema, MetadataSchema, TimestampSchema, withMetaAlias } from '../shared/primitives';
import { MAX_ID_LENGTH, RequestIdSchema } from '../shared/request-bounds';

/**
 * Who did something, as governance payloads summarise a user (`actor`,
 * `captured_by`, a lock holder, a coaching-note author). Every field may be missing: outcomes
 * usually send `captured_by.name` as null, and a deleted user leaves only the id.
 */
export const GovernanceActorSummarySchema = openObject({
  id: IdSchema.nullish(),
  name: z.string().nullish(),
  email: z.string().nullish(),
});
export type GovernanceActorSummary = z.output<typeof GovernanceActorSummarySchema>;

/** The scenario an override came from, frozen when the override was written. */
export const OverrideScenarioSnapshotSchema = openObject({
  id: IdSchema,
  name: z.string().nullish(),
  folder_id: IdSchema.nullish(),
  folder_name: z.string().nullish(),
  owner_id: IdSchema.nullish(),
});
export type OverrideScenarioSnapshot = z.output<typeof OverrideScenarioSnapshotSchema>;

/** The notebook entry an override came from, frozen when the override was written. */
export const OverrideNotebookSnapshotSchema = openObject({
  id: IdSchema,
  title: z.string().nullish(),
  execution_id: IdSchema.nullish(),
});
export type OverrideNotebookSnapshot = z.output<typeof OverrideNotebookSnapshotSchema>;

/**
 * Lineage in its context form (`outcome.lineage`, `timeline_entry.lineage`). Some servers send
 * its metadata under the alias `meta`; both spellings parse to `metadata`.
 */
export const OverrideLineageContextSchema = withMetaAlias(
  openObject({
    scenario: OverrideScenarioSnapshotSchema.nullish(),
    notebook_entry: OverrideNotebookSnapshotSchema.nullish(),
    captured_at: TimestampSchema.nullish(),
    captured_by: GovernanceActorSummarySchema.nullish(),
    metadata: MetadataSchema,
  }),
);
export type OverrideLineageContext = z.output<typeof OverrideLineageContextSchema>;

/**
 * Lineage in its detail form, as stored inside an action's `detail_snapshot` (and so inside the
 * `governance.override.action` event under `detail.detail.lineage`). Analytics reads its
 * scenario/notebook buckets from here.
 */
export const OverrideLineageDetailSchema = openObject({
  captured_at: TimestampSchema.nullish(),
  captured_by_id: IdSchema.nullish(),
  metadata: MetadataSchema,
  scenario: OverrideScenarioSnapshotSchema.nullish(),
  notebook_entry: OverrideNotebookSnapshotSchema.nullish(),
});
export type OverrideLineageDetail = z.output<typeof OverrideLineageDetailSchema>;

/** Drops `null` values from a request metadata object (the server ignores them anyway). */
export const OverrideRequestMetadataSchema = BoundedJsonObjectSchema.nullish().transform((value) =>
  Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== null && v !== undefined)),
);
export type OverrideRequestMetadata = z.output<typeof OverrideRequestMetadataSchema>;

/**
 * The `lineage` of an override write. Required by the contract (a missing or null lineage fails
 * with {@link DOMAIN_ERROR_DETAILS.lineageRequired}) and it must name a scenario or a notebook entry.
 * `notebook_entry_version_id` is kept by the server as `metadata.notebook_entry_version_id`.
 *
 * Built with `z.strictObject` (what `requestObject` builds) because the missing-lineage message
 * has to be attached to the object schema itself.
 */
export const OverrideLineageRequestSchema = z
  .strictObject(
    {
      scenario_id: RequestIdSchema.nullish(),
      notebook_entry_id: RequestIdSchema.nullish(),
      notebook_entry_version_id: RequestIdSchema.nullish(),
      metadata: OverrideRequestMetadataSchema.default({}),
    },
    {
      error: (issue) => (issue.input == null ? DOMAIN_ERROR_DETAILS.lineageRequired : undefined),
    },
  )
  .refine((lineage) => Boolean(lineage.scenario_id || lineage.notebook_entry_id), {
    message: DOMAIN_ERROR_DETAILS.lineageProvenance,
  })
  // The refinement, in the OpenAPI document's words: at least one of the two ids, as a string.
  .meta({
    anyOf: [
      {
        required: ['scenario_id'],
        properties: { scenario_id: { type: 'string', minLength: 1, maxLength: MAX_ID_LENGTH } },
      },
      {
        required: ['notebook_entry_id'],
        properties: {
          notebook_entry_id: { type: 'string', minLength: 1, maxLength: MAX_ID_LENGTH },
        },
      },
    ],
  });
export type OverrideLineageRequest = z.output<typeof OverrideLineageRequestSchema>;
export type OverrideLineageRequestInput = z.input<typeof OverrideLineageRequestSchema>;
