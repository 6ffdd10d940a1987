import { z } from 'zod';
import { openObject } from '../shared/open-object';
import { IdSchema, nullishAs, TimestampSchema } from '../shared/primitives';
import { ReplayDecisionTypeSchema } from './decision-type';

/**
 * A task's governance status at a glance (`GET /api/governance/tasks/{task_id}/summary`).
 *
 * - `status` is the task's raw status, free-form (`BLOCKED`, `PAUSED`, or the real system's
 *   lower-case `created`, `blocked`, …): it is kept exactly as sent.
 * - `last_decision_type` is normalised to the seed document's imperative form: `ALLOWED` → `ALLOW`,
 *   `BLOCKED` → `BLOCK`, `PAUSED` → `PAUSE`, `RETRY_RECOMMENDED` → `RETRY`, `DECISION` →
 *   `REQUIRE_REVIEW`, lower case upper-cased; `ERROR` stays `ERROR` (see `normalizeDecisionType`).
 * - `blocked_reason_code` is set only while the task is blocked.
 */
export const TaskGovernanceSummarySchema = openObject({
  task_id: IdSchema,
  status: z.string(),
  last_decision_type: nullishAs(ReplayDecisionTypeSchema, null),
  last_decision_ts: nullishAs(TimestampSchema, null),
  blocked_reason_code: nullishAs(z.string(), null),
  /** Pending events in the supervisor inbox for this task. */
  inbox_backlog: z.number().int().nonnegative(),
  /** All-time number of supervisor decisions (`SUPERVISOR_*` audits, errors included). */
  decision_count: z.number().int().nonnegative(),
});
export type TaskGovernanceSummary = z.output<typeof TaskGovernanceSummarySchema>;
