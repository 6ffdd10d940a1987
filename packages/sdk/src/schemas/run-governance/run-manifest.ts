import { z } from 'zod';
import { openEnum } from '../shared/open-enum';
import { openObject, requestObject } from '../shared/open-object';
import { IdSchema, TimestampSchema } from '../shared/primitives';
import { FencingTokenSchema } from './run-lock';

/** The six Decision v2 steps, in the order a run executes them. */
export const MANIFEST_STEP_NAMES = [
  'parse_normalize_pack',
  'build_business_profile',
  'build_snapshot_v2',
  'predictive_context',
  'infer_decision_v2',
  'validate_conclusion_v2',
] as const;

/** The five step statuses. */
export const MANIFEST_STEP_STATUSES = [
  'pending',
  'running',
  'succeeded',
  'skipped',
  'failed',
] as const;

/** A step name as engines accept it: one of the six, nothing else (unknown names are an error). */
export const ManifestKnownStepNameSchema = z.enum(MANIFEST_STEP_NAMES);
export type ManifestKnownStepName = z.output<typeof ManifestKnownStepNameSchema>;

/** A step name as a server sends it (open: a newer server may add steps). */
export const ManifestStepNameSchema = openEnum(MANIFEST_STEP_NAMES);
export type ManifestStepName = z.output<typeof ManifestStepNameSchema>;

/** `pending` → `running` → `succeeded` | `failed`; `pending` → `skipped`. */
export const ManifestStepStatusSchema = openEnum(MANIFEST_STEP_STATUSES);
export type ManifestStepStatus = z.output<typeof ManifestStepStatusSchema>;

/**
 * One step's receipt. `fencing_token` is the lock token the step ran under (govkit addition), so a
 * manifest shows which lock grant produced each step.
 */
export const ManifestStepSchema = openObject({
  step_name: ManifestStepNameSchema,
  status: ManifestStepStatusSchema,
  started_at: TimestampSchema.optional(),
  finished_at: TimestampSchema.optional(),
  input_fingerprint: z.string().optional(),
  output_refs: z.array(z.string()).optional(),
  notes: z.string().optional(),
  error_message: z.string().optional(),
  fencing_token: FencingTokenSchema.optional(),
});
export type ManifestStep = z.output<typeof ManifestStepSchema>;

/**
 * The run receipt: which steps ran, in which order, and how they ended. `mode` is free text
 * (`mock` by default, as in the seed). `fencing_token` is the lock grant's token (govkit addition).
 */
export const RunManifestSchema = openObject({
  run_id: IdSchema,
  workspace_id: IdSchema,
  mode: z.string(),
  lock_id: IdSchema.optional(),
  fencing_token: FencingTokenSchema.optional(),
  created_at: TimestampSchema,
  finalized_at: TimestampSchema.optional(),
  steps: z.array(ManifestStepSchema),
});
export type RunManifest = z.output<typeof RunManifestSchema>;

/** An inclusive date range of the uploaded data (ISO dates). */
export const InputDateRangeSchema = requestObject({
  start: z.string().min(1).max(64),
  end: z.string().min(1).max(64),
});
export type InputDateRange = z.output<typeof InputDateRangeSchema>;

/**
 * What `createInputFingerprint` hashes: aggregate metadata only, never raw rows (privacy, size).
 */
export const InputFingerprintInputSchema = requestObject({
  file_names: z.array(z.string()).optional(),
  row_counts: z.record(z.string(), z.number()).optional(),
  date_range: InputDateRangeSchema.optional(),
});
export type InputFingerprintInput = z.output<typeof InputFingerprintInputSchema>;

/** First 12 hex characters of a SHA-256. */
export const InputFingerprintSchema = z.string().regex(/^[0-9a-f]{12}$/);
export type InputFingerprint = z.output<typeof InputFingerprintSchema>;
