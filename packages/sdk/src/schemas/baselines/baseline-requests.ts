import { z } from 'zod';
import { requestObject } from '../shared/open-object';
import {
  MAX_LIST_ITEMS,
  MAX_NAME_LENGTH,
  MAX_TEXT_LENGTH,
  RequestIdSchema,
} from '../shared/request-bounds';

/** A label as submitted. */
export const BaselineLabelInputSchema = requestObject({
  key: RequestIdSchema,
  value: z.string().max(MAX_TEXT_LENGTH),
});
export type BaselineLabelInput = z.input<typeof BaselineLabelInputSchema>;

/** Body of `POST /api/governance/baselines/submissions` (needs execution access). */
export const BaselineSubmissionSchema = requestObject({
  execution_id: RequestIdSchema,
  name: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  description: z.string().max(MAX_TEXT_LENGTH).nullish(),
  reviewer_ids: z.array(RequestIdSchema).max(MAX_LIST_ITEMS).default([]),
  labels: z.array(BaselineLabelInputSchema).max(MAX_LIST_ITEMS).default([]),
});
export type BaselineSubmission = z.input<typeof BaselineSubmissionSchema>;

/** Body of `POST /{baseline_id}/review`: there are no separate approve/reject routes. */
export const BaselineReviewSchema = requestObject({
  decision: z.enum(['approve', 'reject']),
  notes: z.string().max(MAX_TEXT_LENGTH).nullish(),
});
export type BaselineReview = z.input<typeof BaselineReviewSchema>;

/** Body of `POST /{baseline_id}/publish`. */
export const BaselinePublishSchema = requestObject({
  notes: z.string().max(MAX_TEXT_LENGTH).nullish(),
});
export type BaselinePublish = z.input<typeof BaselinePublishSchema>;

/**
 * Body of `POST /{baseline_id}/rollback` (admin). `target_version_id` reinstates an earlier
 * published version of the same protocol template.
 */
export const BaselineRollbackSchema = requestObject({
  reason: z.string().trim().min(1).max(MAX_TEXT_LENGTH),
  target_version_id: RequestIdSchema.nullish(),
});
export type BaselineRollback = z.input<typeof BaselineRollbackSchema>;

/** Query of `GET /api/governance/baselines`. */
export const BaselineListParamsSchema = requestObject({
  execution_id: RequestIdSchema.optional(),
  template_id: RequestIdSchema.optional(),
});
export type BaselineListParams = z.input<typeof BaselineListParamsSchema>;

/** Path of one baseline. */
export const BaselinePathParamsSchema = requestObject({ baseline_id: RequestIdSchema });
