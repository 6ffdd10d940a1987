import { z } from 'zod';
import { openEnum } from '../shared/open-enum';
import { openObject, requestObject } from '../shared/open-object';
import { IdSchema, TimestampSchema } from '../shared/primitives';

/** Requests one workspace may file per window before a 429. */
export const REMOTE_ASSIST_RATE_LIMIT = 5;
/** The rolling window of {@link REMOTE_ASSIST_RATE_LIMIT}, in seconds (one hour). */
export const REMOTE_ASSIST_RATE_WINDOW_SECONDS = 3600;
/** The 429 detail when a workspace files too many requests. */
export const REMOTE_ASSIST_RATE_LIMITED_MESSAGE =
  'Too many remote assist requests for this workspace. Please try again later.';

/** Where a request was filed from: the upload page's link or the remote-assist page. */
export const RemoteAssistSourceSchema = z.enum(['upload_page', 'remote_assist_page']);

/**
 * Body of `POST /api/workspaces/{workspace_id}/remote-assist`
 * (`createRemoteAssistRequest`): who to contact, what they were trying to export, and what went
 * wrong. Text is trimmed; the bounds keep a request readable and a form honest.
 */
export const RemoteAssistRequestBodySchema = requestObject({
  contact_name: z.string().trim().min(1).max(120),
  contact_email: z.email().max(254),
  export_target: z.string().trim().min(1).max(200),
  message: z.string().trim().min(10).max(2000),
  source: RemoteAssistSourceSchema.default('upload_page'),
});
export type RemoteAssistRequestBody = z.input<typeof RemoteAssistRequestBodySchema>;

/** Query of the remote-assist list: newest first, at most `limit`. */
export const RemoteAssistListParamsSchema = requestObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type RemoteAssistListParams = z.input<typeof RemoteAssistListParamsSchema>;

/** One filed remote-assist request. */
export const RemoteAssistRequestSchema = openObject({
  id: IdSchema,
  workspace_id: IdSchema,
  contact_name: z.string(),
  contact_email: z.string(),
  export_target: z.string(),
  message: z.string(),
  source: openEnum(['upload_page', 'remote_assist_page']),
  status: openEnum(['open', 'in_progress', 'resolved']),
  requested_by: z.string().nullable(),
  created_at: TimestampSchema,
});
export type RemoteAssistRequest = z.output<typeof RemoteAssistRequestSchema>;

/** A workspace's requests, newest first. */
export const RemoteAssistListSchema = openObject({
  workspace_id: IdSchema,
  items: z.array(RemoteAssistRequestSchema),
  total: z.number().int().nonnegative(),
});
export type RemoteAssistList = z.output<typeof RemoteAssistListSchema>;
