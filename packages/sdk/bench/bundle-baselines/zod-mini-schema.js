// Baseline: the task summary of zod-classic-schema.js, written with `zod/mini` (functional API,
// tree-shakable checks).
import * as z from 'zod/mini';

const nullish = (schema) =>
  z.pipe(
    z.nullish(schema),
    z.transform((value) => value ?? null),
  );

export const TaskSummary = z.catchall(
  z.object({
    task_id: z.pipe(z.union([z.string(), z.number()]), z.transform(String)),
    status: z.string(),
    last_decision_type: nullish(z.enum(['ALLOW', 'BLOCK', 'PAUSE', 'RETRY', 'REQUIRE_REVIEW'])),
    last_decision_ts: nullish(z.string()),
    blocked_reason_code: nullish(z.string()),
    inbox_backlog: z.int().check(z.nonnegative()),
    decision_count: z.int().check(z.nonnegative()),
  }),
  z.unknown(),
);
