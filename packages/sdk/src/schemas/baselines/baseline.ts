import { z } from 'zod';
import { openEnum } from '../shared/open-enum';
import { openObject } from '../shared/open-object';
import { IdSchema, MetadataSchema, TimestampSchema } from '../shared/primitives';

/** Lifecycle of a governance baseline. */
export const BASELINE_STATUSES = [
  'submitted',
  'approved',
  'rejected',
  'published',
  'rolled_back',
] as const;

/**
 * Status of a baseline: submitted → approved | rejected (rejected may be reviewed again);
 * approved → published; published → rolled_back.
 */
export const BaselineStatusSchema = openEnum(BASELINE_STATUSES);
export type BaselineStatus = z.output<typeof BaselineStatusSchema>;

/** A `{key, value}` tag on a baseline submission. */
export const BaselineLabelSchema = openObject({ key: z.string(), value: z.string() });
export type BaselineLabel = z.output<typeof BaselineLabelSchema>;

/**
 * One lifecycle event of a baseline (`GovernanceBaselineEventOut`). Actions: `submitted`,
 * `review.approve`, `review.reject`, `published`, `rolled_back`, `restored`, and the override
 * effects `override_reassign[_reversed]`, `override_cooldown[_reversed]`.
 */
export const BaselineEventSchema = openObject({
  id: IdSchema,
  baseline_id: IdSchema,
  action: z.string(),
  notes: z.string().nullish(),
  detail: MetadataSchema,
  performed_by_id: IdSchema,
  created_at: TimestampSchema,
});
export type BaselineEvent = z.output<typeof BaselineEventSchema>;

/**
 * A governance baseline version (`GovernanceBaselineVersionOut`). `template_id` is the execution's
 * **protocol** template and `team_id` its team; `version_number` counts publications per protocol
 * template; one baseline per protocol template `is_current`. `events` are newest first.
 */
export const BaselineSchema = openObject({
  id: IdSchema,
  execution_id: IdSchema,
  template_id: IdSchema.nullish(),
  team_id: IdSchema.nullish(),
  name: z.string(),
  description: z.string().nullish(),
  status: BaselineStatusSchema,
  labels: z.array(BaselineLabelSchema).default([]),
  reviewer_ids: z.array(IdSchema).default([]),
  version_number: z.number().int().nullish(),
  is_current: z.boolean(),
  submitted_by_id: IdSchema,
  submitted_at: TimestampSchema,
  reviewed_by_id: IdSchema.nullish(),
  reviewed_at: TimestampSchema.nullish(),
  review_notes: z.string().nullish(),
  published_by_id: IdSchema.nullish(),
  published_at: TimestampSchema.nullish(),
  publish_notes: z.string().nullish(),
  rollback_of_id: IdSchema.nullish(),
  rolled_back_by_id: IdSchema.nullish(),
  rolled_back_at: TimestampSchema.nullish(),
  rollback_notes: z.string().nullish(),
  created_at: TimestampSchema,
  updated_at: TimestampSchema,
  events: z.array(BaselineEventSchema).default([]),
});
export type Baseline = z.output<typeof BaselineSchema>;

/** `GET /api/governance/baselines`: visible baselines, newest first. */
export const BaselineCollectionSchema = openObject({
  items: z.array(BaselineSchema).default([]),
});
export type BaselineCollection = z.output<typeof BaselineCollectionSchema>;
