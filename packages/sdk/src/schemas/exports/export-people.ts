import { z } from 'zod';
import { openObject } from '../shared/open-object';
import { IdSchema, MetadataSchema, TimestampSchema } from '../shared/primitives';

/**
 * A user as narrative exports embed them (`UserOut`): the requester, the approver, stage
 * assignees and delegates, and the actor of every approval action.
 */
export const ExportUserOutSchema = openObject({
  id: IdSchema,
  email: z.string(),
  full_name: z.string().nullish(),
  phone_number: z.string().nullish(),
  orcid_id: z.string().nullish(),
  is_admin: z.boolean().default(false),
});
export type ExportUserOut = z.output<typeof ExportUserOutSchema>;

/**
 * A stored file (`FileOut`). The wire key of the free-form map is **`meta`**, not
 * `metadata`. Packaged narrative artifacts carry
 * `meta = {source: "execution_narrative_export", export_id, version, attachments, checksum,
 * manifest_digest}`.
 */
export const ExportFileOutSchema = openObject({
  id: IdSchema,
  filename: z.string(),
  file_type: z.string(),
  file_size: z.number().int().nonnegative(),
  item_id: IdSchema.nullish(),
  meta: MetadataSchema,
  storage_path: z.string(),
  uploaded_by: IdSchema,
  created_at: TimestampSchema,
});
export type ExportFileOut = z.output<typeof ExportFileOutSchema>;

/** `meta` of a packaged narrative artifact file: how the zip was built and how to verify it. */
export const NarrativeArtifactFileMetaSchema = openObject({
  source: z.string(),
  export_id: IdSchema,
  version: z.number().int(),
  attachments: z.array(z.unknown()).default([]),
  checksum: z.string(),
  manifest_digest: z.string(),
});
export type NarrativeArtifactFileMeta = z.output<typeof NarrativeArtifactFileMetaSchema>;
