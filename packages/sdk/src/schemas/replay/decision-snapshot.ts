import { z } from 'zod';
import { openEnum } from '../shared/open-enum';
import { openObject } from '../shared/open-object';
import { JsonObjectSchema, TimestampSchema } from '../shared/primitives';
import { SnapshotDecisionTypeSchema } from './decision-type';

const NonEmptyString = z.string().min(1);
const upper = (value: string) => value.toUpperCase();
const lower = (value: string) => value.toLowerCase();

/** Which ingestion path delivered the event a decision answers: `eventbus` or `polling`. */
export const SnapshotEventSourceSchema = openEnum(['eventbus', 'polling'], { normalize: lower });
export type SnapshotEventSource = z.output<typeof SnapshotEventSourceSchema>;

/** The frozen snapshot's reference to the event that triggered the decision. */
export const SnapshotEventRefSchema = openObject({
  event_id: NonEmptyString,
  event_type: NonEmptyString,
  source: SnapshotEventSourceSchema,
  ts: TimestampSchema,
});
export type SnapshotEventRef = z.output<typeof SnapshotEventRefSchema>;

/** Finding kinds of the frozen contract (lower-case spellings are upper-cased). */
export const SnapshotFindingKindSchema = openEnum(['REDLINE', 'CONFLICT', 'RISK', 'RUNTIME'], {
  normalize: upper,
});
export type SnapshotFindingKind = z.output<typeof SnapshotFindingKindSchema>;

/** Finding severities of the frozen contract (lower-case spellings are upper-cased). */
export const SnapshotFindingSeveritySchema = openEnum(['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'], {
  normalize: upper,
});
export type SnapshotFindingSeverity = z.output<typeof SnapshotFindingSeveritySchema>;

/** One finding of a frozen snapshot. `evidence` may be empty and defaults to `{}`. */
export const SnapshotFindingSchema = openObject({
  kind: SnapshotFindingKindSchema,
  severity: SnapshotFindingSeveritySchema,
  code: NonEmptyString,
  message: NonEmptyString,
  evidence: JsonObjectSchema.default({}),
});
export type SnapshotFinding = z.output<typeof SnapshotFindingSchema>;

/**
 * The snapshot's `decision` block. The frozen contract explicitly allows other keys here, so they
 * are kept without being reported (a loose object, not an open one).
 */
export const SnapshotDecisionSchema = z.looseObject({
  decision_type: SnapshotDecisionTypeSchema,
  reason: z.string().nullish(),
});
export type SnapshotDecision = z.output<typeof SnapshotDecisionSchema>;

/** Status of an action the supervisor took: `OK` or `FAILED`. */
export const SnapshotActionStatusSchema = openEnum(['OK', 'FAILED'], { normalize: upper });
export type SnapshotActionStatus = z.output<typeof SnapshotActionStatusSchema>;

/** One action of a frozen snapshot; the contract allows extra keys (`…`), kept unreported. */
export const SnapshotActionSchema = z.looseObject({
  action_type: NonEmptyString,
  status: SnapshotActionStatusSchema.optional(),
});
export type SnapshotAction = z.output<typeof SnapshotActionSchema>;

/** Timing metrics of a decision (`decision_time_ms`, `policy_eval_time_ms`, others kept). */
export const SnapshotMetricsSchema = z.looseObject({
  decision_time_ms: z.number().optional(),
  policy_eval_time_ms: z.number().optional(),
});
export type SnapshotMetrics = z.output<typeof SnapshotMetricsSchema>;

/**
 * The frozen v1.0 DecisionSnapshot contract (`audit_schema.py` / decision_snapshot_contract.md):
 * the complete, immutable record of why the supervisor decided what it decided.
 *
 * `inputs` is free-form (`task_status`, `context`, `previous_decisions` are suggestions only);
 * `findings`, `actions` and `metrics` default to empty when a producer omits them.
 */
export const DecisionSnapshotSchema = openObject({
  decision_id: NonEmptyString,
  policy: NonEmptyString,
  event: SnapshotEventRefSchema,
  inputs: JsonObjectSchema.default({}),
  findings: z.array(SnapshotFindingSchema).default([]),
  decision: SnapshotDecisionSchema,
  actions: z.array(SnapshotActionSchema).default([]),
  metrics: SnapshotMetricsSchema.default({}),
});
export type DecisionSnapshot = z.output<typeof DecisionSnapshotSchema>;
