import { z } from 'zod';
import { openObject, requestObject } from '../shared/open-object';
import { RequestCursorSchema, RequestIdSchema } from '../shared/request-bounds';
import { TimelineEntrySchema } from './timeline-entry';

/**
 * Query of `GET /api/experiment-console/governance/timeline`. `limit` 1–200 (default 50);
 * `cursor` is the opaque `next_cursor` of the previous page.
 */
export const TimelineParamsSchema = requestObject({
  execution_id: RequestIdSchema.optional(),
  limit: z.coerce.number<number>().int().min(1).max(200).default(50),
  cursor: RequestCursorSchema.optional(),
});
export type TimelineParams = z.output<typeof TimelineParamsSchema>;
export type TimelineParamsInput = z.input<typeof TimelineParamsSchema>;

/** Query of the live stream: the execution is required. */
export const TimelineStreamParamsSchema = requestObject({
  execution_id: RequestIdSchema,
});
export type TimelineStreamParams = z.output<typeof TimelineStreamParamsSchema>;
export type TimelineStreamParamsInput = z.input<typeof TimelineStreamParamsSchema>;

/**
 * One page of the decision timeline, newest first (`occurred_at` desc, then `entry_id` desc).
 * `next_cursor` is present while more entries exist; pages never repeat or skip an entry.
 */
export const TimelinePageSchema = openObject({
  entries: z.array(TimelineEntrySchema),
  next_cursor: z.string().nullish(),
});
export type TimelinePage = z.output<typeof TimelinePageSchema>;
