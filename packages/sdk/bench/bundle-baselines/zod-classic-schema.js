// Baseline: one govkit response shape (the task summary) in zod's classic API, which the schemas
// use; compare with zod-mini-schema.js, the same shape in `zod/mini`.
import { z } from 'zod';

const nullish = (schema) => schema.nullish().transform((value) => value ?? null);

export const TaskSummary = z
  .object({
    task_id: z.union([z.string(), z.number()]).transform(String),
    status: z.string(),
    last_decision_type: nullish(z.enum(['ALLOW', 'BLOCK', 'PAUSE', 'RETRY', 'REQUIRE_REVIEW'])),
    last_decision_ts: nullish(z.string()),
    blocked_reason_code: nullish(z.string()),
    inbox_backlog: z.number().int().nonnegative(),
    decision_count: z.number().int().nonnegative(),
  })
  .catchall(z.unknown());
