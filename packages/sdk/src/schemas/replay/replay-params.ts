import { z } from 'zod';
import { requestObject } from '../shared/open-object';
import { RequestCursorSchema, RequestIdSchema } from '../shared/request-bounds';

/** A stats window a client may ask for (closed: a typo fails before the request is sent). */
export const ReplayWindowSchema = z.enum(['24h', '7d', '30d']);
export type ReplayWindow = z.output<typeof ReplayWindowSchema>;

/** Hours covered by each window: `24h` = 24, `7d` = 168, `30d` = 720. */
export const REPLAY_WINDOW_HOURS: Readonly<Record<ReplayWindow, number>> = {
  '24h': 24,
  '7d': 168,
  '30d': 720,
};

/** Path parameters of the task endpoints (`/tasks/{task_id}/…`). */
export const ReplayTaskPathParamsSchema = requestObject({ task_id: RequestIdSchema });
export type ReplayTaskPathParams = z.output<typeof ReplayTaskPathParamsSchema>;

/** Path parameters of `/decisions/{decision_id}`. */
export const ReplayDecisionPathParamsSchema = requestObject({ decision_id: RequestIdSchema });
export type ReplayDecisionPathParams = z.output<typeof ReplayDecisionPathParamsSchema>;

/**
 * Query of the decision trace: `limit` 1–500 (default 200; the full range is honoured, unlike the
 * original system's silent cap at 200) and the opaque `cursor` from the previous page's
 * `next_cursor`. Query values arrive as strings, so `limit` is coerced.
 */
export const DecisionTraceParamsSchema = requestObject({
  limit: z.coerce.number<number>().int().min(1).max(500).default(200),
  cursor: RequestCursorSchema.optional(),
});
export type DecisionTraceParams = z.output<typeof DecisionTraceParamsSchema>;
export type DecisionTraceParamsInput = z.input<typeof DecisionTraceParamsSchema>;

/** Query of the blocked-reasons stats: `window` (default `7d`), `top_n` 1–100 (default 20). */
export const BlockedReasonsParamsSchema = requestObject({
  window: ReplayWindowSchema.default('7d'),
  top_n: z.coerce.number<number | string>().int().min(1).max(100).default(20),
});
export type BlockedReasonsParams = z.output<typeof BlockedReasonsParamsSchema>;
export type BlockedReasonsParamsInput = z.input<typeof BlockedReasonsParamsSchema>;

/** Query of the decision-types stats: `window` (default `24h`). */
export const DecisionTypesParamsSchema = requestObject({
  window: ReplayWindowSchema.default('24h'),
});
export type DecisionTypesParams = z.output<typeof DecisionTypesParamsSchema>;
export type DecisionTypesParamsInput = z.input<typeof DecisionTypesParamsSchema>;

/** Query of the decision-lag stats: `window` (default `24h`), `pctl` 50–99 (default 95). */
export const DecisionLagParamsSchema = requestObject({
  window: ReplayWindowSchema.default('24h'),
  pctl: z.coerce.number<number | string>().int().min(50).max(99).default(95),
});
export type DecisionLagParams = z.output<typeof DecisionLagParamsSchema>;
export type DecisionLagParamsInput = z.input<typeof DecisionLagParamsSchema>;
