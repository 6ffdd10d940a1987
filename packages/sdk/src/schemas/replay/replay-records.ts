import { z } from 'zod';
import { requestObject } from '../shared/open-object';
import { JsonObjectSchema, MetadataSchema, nullishAs, TimestampSchema } from '../shared/primitives';
import { DecisionSnapshotSchema } from './decision-snapshot';

/**
 * The rows a Decision Replay store holds, mirroring the original system's SQLite tables
 * (`tasks`, `task_audits`, `task_events`, `supervisor_inbox`), and the inputs of the engine's
 * write commands. Records are what engines keep; inputs are what callers send (defaults applied by
 * parsing).
 */

const NonEmpty = z.string().min(1);

/** A task (`tasks` table). `status` is free-form, as in the original system. */
export const ReplayTaskRecordSchema = z.object({
  task_id: NonEmpty,
  status: NonEmpty,
  title: z.string().nullable(),
  created_at: TimestampSchema,
  updated_at: TimestampSchema,
  metadata: MetadataSchema,
});
export type ReplayTaskRecord = z.output<typeof ReplayTaskRecordSchema>;

/** Create or update a task. Times default to the engine clock; `status` defaults to `created`. */
export const ReplayTaskInputSchema = requestObject({
  task_id: NonEmpty,
  status: NonEmpty.default('created'),
  title: z.string().nullish(),
  created_at: TimestampSchema.optional(),
  metadata: MetadataSchema.optional(),
});
export type ReplayTaskInput = z.input<typeof ReplayTaskInputSchema>;

/** Audit row levels of the original system. */
export const ReplayAuditLevelSchema = z.enum(['info', 'warn', 'error']);

/**
 * An audit row (`task_audits`). Supervisor decisions are the rows whose `event_type` starts with
 * `SUPERVISOR_`. `decision_id`, `source_event_ts` and `supervisor_processed_at` are the redundant
 * columns the original supervisor never filled; govkit fills them when it records a decision.
 */
export const ReplayAuditRecordSchema = z.object({
  audit_id: z.number().int().positive(),
  task_id: NonEmpty,
  level: ReplayAuditLevelSchema,
  event_type: NonEmpty,
  payload: JsonObjectSchema.nullable(),
  created_at: TimestampSchema,
  decision_id: z.string().nullable(),
  source_event_ts: TimestampSchema.nullable(),
  supervisor_processed_at: TimestampSchema.nullable(),
});
export type ReplayAuditRecord = z.output<typeof ReplayAuditRecordSchema>;

/** An audit row before the store assigns its autoincrement `audit_id`. */
export const NewReplayAuditRecordSchema = ReplayAuditRecordSchema.omit({ audit_id: true });
export type NewReplayAuditRecord = z.output<typeof NewReplayAuditRecordSchema>;

/** Append any audit row (raw form, e.g. replaying the original system's data). */
export const ReplayAuditInputSchema = requestObject({
  task_id: NonEmpty,
  event_type: NonEmpty,
  level: ReplayAuditLevelSchema.default('info'),
  payload: nullishAs(JsonObjectSchema, null),
  created_at: TimestampSchema.optional(),
  decision_id: nullishAs(NonEmpty, null),
  source_event_ts: nullishAs(TimestampSchema, null),
  supervisor_processed_at: nullishAs(TimestampSchema, null),
});
export type ReplayAuditInput = z.input<typeof ReplayAuditInputSchema>;

/** Decision types the engine can record (written as `SUPERVISOR_<past tense>` audits). */
export const RecordableDecisionTypeSchema = z.enum([
  'ALLOW',
  'PAUSE',
  'BLOCK',
  'RETRY',
  'REQUIRE_REVIEW',
]);

/**
 * Record one supervisor decision as a frozen v1.0 snapshot. The snapshot's `decision_id` defaults
 * to a generated id; `decision.decision_type` picks the audit type; `source_event_ts` defaults to
 * the snapshot's `event.ts` and the processing time to `created_at` (the engine clock), so the
 * decision-lag stats work for every decision govkit records.
 */
export const ReplayDecisionInputSchema = requestObject({
  task_id: NonEmpty,
  snapshot: DecisionSnapshotSchema.extend({
    decision_id: NonEmpty.optional(),
    decision: z.looseObject({
      decision_type: RecordableDecisionTypeSchema,
      reason: z.string().nullish(),
    }),
  }),
  created_at: TimestampSchema.optional(),
  source_event_ts: TimestampSchema.optional(),
});
export type ReplayDecisionInput = z.input<typeof ReplayDecisionInputSchema>;

/** An original task event (`task_events`). */
export const ReplayEventRecordSchema = z.object({
  event_id: z.number().int().positive(),
  task_id: NonEmpty,
  event_type: NonEmpty,
  payload: JsonObjectSchema,
  created_at: TimestampSchema,
});
export type ReplayEventRecord = z.output<typeof ReplayEventRecordSchema>;

/** A task event before the store assigns its autoincrement `event_id`. */
export const NewReplayEventRecordSchema = ReplayEventRecordSchema.omit({ event_id: true });
export type NewReplayEventRecord = z.output<typeof NewReplayEventRecordSchema>;

/** Append a task event; `payload` defaults to `{}`, `created_at` to the engine clock. */
export const ReplayEventInputSchema = requestObject({
  task_id: NonEmpty,
  event_type: NonEmpty,
  payload: nullishAs(JsonObjectSchema, {}),
  created_at: TimestampSchema.optional(),
});
export type ReplayEventInput = z.input<typeof ReplayEventInputSchema>;

/** Status of a supervisor inbox row; only `pending` rows count as backlog. */
export const SupervisorInboxStatusSchema = z.enum(['pending', 'processing', 'completed', 'failed']);

/** A supervisor inbox row (`supervisor_inbox`), keyed by `event_id`. */
export const SupervisorInboxRecordSchema = z.object({
  event_id: NonEmpty,
  task_id: NonEmpty,
  event_type: NonEmpty,
  source: z.enum(['eventbus', 'polling']),
  status: SupervisorInboxStatusSchema,
  received_at: TimestampSchema,
});
export type SupervisorInboxRecord = z.output<typeof SupervisorInboxRecordSchema>;

/** Put (insert or replace) an inbox row; `status` defaults to `pending`, `source` to `eventbus`. */
export const SupervisorInboxInputSchema = requestObject({
  event_id: NonEmpty,
  task_id: NonEmpty,
  event_type: NonEmpty,
  source: z.enum(['eventbus', 'polling']).default('eventbus'),
  status: SupervisorInboxStatusSchema.default('pending'),
  received_at: TimestampSchema.optional(),
});
export type SupervisorInboxInput = z.input<typeof SupervisorInboxInputSchema>;
