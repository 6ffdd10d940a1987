import { z } from 'zod';
import { requestObject } from '../shared/open-object';

/** A label as submitted. */
export const BaselineLabelInputSchema = requestObject({
  key: z.string().min(1),
  value: z.string(),
});
export type BaselineLabelInput = z.input<typeof BaselineLabelInputSchema>;

/** Body of `POST /api/governance/baselines/submissions` (needs execution access). */
export const BaselineSubmissionSchema = requestObject({
  execution_id: z.string().min(1),
  name: z.string().trim().min(1),
  description: z.string().nullish(),
  reviewer_ids: z.array(z.string().min(1)).default([]),
  labels: z.array(BaselineLabelInputSchema).default([]),
});
export type BaselineSubmission = z.input<typeof BaselineSubmissionSchema>;

/** Body of `POST /{baseline_id}/review`: there are no separate approve/reject routes. */
export const BaselineReviewSchema = requestObject({
  decision: z.enum(['approve', 'reject']),
  notes: z.string().nullish(),
});
export type BaselineReview = z.input<typeof BaselineReviewSchema>;

/** Body of `POST /{baseline_id}/publish`. */
export const BaselinePublishSchema = requestObject({
  notes: z.string().nullish(),
});
export type BaselinePublish = z.input<typeof BaselinePublishSchema>;

/**
 * Body of `POST /{baseline_id}/rollback` (admin). `target_version_id` reinstates an earlier
 * published version of the same protocol template.
 */
export const BaselineRollbackSchema = requestObject({
  reason: z.string().trim().min(1),
  target_version_id: z.string().min(1).nullish(),
});
export type BaselineRollback = z.input<typeof BaselineRollbackSchema>;

/** Query of `GET /api/governance/baselines`. */
export const BaselineListParamsSchema = requestObject({
  execution_id: z.string().min(1).optional(),
  template_id: z.string().min(1).optional(),
});
export type BaselineListParams = z.input<typeof BaselineListParamsSchema>;

/** Path of one baseline. */
export const BaselinePathParamsSchema = requestObject({ baseline_id: z.string().min(1) });
