import { z } from 'zod';
import { openEnum } from '../shared/open-enum';
import { openObject } from '../shared/open-object';
import { JsonObjectSchema, nullishAs, TimestampSchema } from '../shared/primitives';

const lower = (value: string) => value.toLowerCase();

/**
 * The legacy payload's decision type. Kept lower-case as the running supervisor writes it (upper
 * spellings are lower-cased); use `normalizeDecisionType` for the seed document's `ALLOW` form.
 */
export const LegacyDecisionTypeSchema = openEnum(
  ['allow', 'pause', 'block', 'retry', 'require_review'],
  { normalize: lower },
);
export type LegacyDecisionType = z.output<typeof LegacyDecisionTypeSchema>;

/** Legacy finding categories (lower-case; `constraint` has no frozen-contract counterpart). */
export const LegacyFindingCategorySchema = openEnum(['risk', 'conflict', 'redline', 'constraint'], {
  normalize: lower,
});
export type LegacyFindingCategory = z.output<typeof LegacyFindingCategorySchema>;

/** Legacy finding severities (lower-case). */
export const LegacyFindingSeveritySchema = openEnum(['low', 'medium', 'high', 'critical'], {
  normalize: lower,
});
export type LegacyFindingSeverity = z.output<typeof LegacyFindingSeveritySchema>;

/** Legacy action types (lower-case). */
export const LegacyActionTypeSchema = openEnum(
  [
    'pause_gate',
    'runtime_enforce',
    'redline_violation',
    'mark_blocked',
    'mark_verifying',
    'write_audit',
    'noop',
  ],
  { normalize: lower },
);
export type LegacyActionType = z.output<typeof LegacyActionTypeSchema>;

/** One finding as the running supervisor writes it; `evidence` is a list of strings. */
export const LegacyFindingSchema = openObject({
  finding_id: z.string().optional(),
  category: LegacyFindingCategorySchema,
  severity: LegacyFindingSeveritySchema,
  description: z.string(),
  evidence: nullishAs(z.array(z.string()), []),
  source: z.string().nullish(),
});
export type LegacyFinding = z.output<typeof LegacyFindingSchema>;

/** One action as the running supervisor writes it. */
export const LegacyActionSchema = openObject({
  action_id: z.string().optional(),
  action_type: LegacyActionTypeSchema,
  target: z.string().nullish(),
  params: nullishAs(JsonObjectSchema, {}),
});
export type LegacyAction = z.output<typeof LegacyActionSchema>;

/**
 * The payload the real supervisor (`AuditAdapter.write_decision`) stores for a decision. It is not
 * a frozen DecisionSnapshot: no `policy`, no `event`, the type sits at the top level in lower case
 * and findings carry `category`/`description` instead of `kind`/`code`/`message`.
 *
 * govkit parses it as sent (originals kept) so old audits still render; the frozen form is what
 * govkit itself writes.
 */
export const LegacySupervisorDecisionSchema = openObject({
  decision_id: z.string().min(1),
  decision_type: LegacyDecisionTypeSchema,
  reason: z.string().nullish(),
  findings: z.array(LegacyFindingSchema).default([]),
  actions: z.array(LegacyActionSchema).default([]),
  timestamp: TimestampSchema.optional(),
});
export type LegacySupervisorDecision = z.output<typeof LegacySupervisorDecisionSchema>;
