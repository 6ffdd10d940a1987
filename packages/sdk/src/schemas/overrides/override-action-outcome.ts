import { z } from 'zod';
import { openEnum } from '../shared/open-enum';
import { openObject } from '../shared/open-object';
import { IdSchema, MetadataSchema, TimestampSchema, withMetaAlias } from '../shared/primitives';
import { OVERRIDE_ACTIONS, OVERRIDE_STATUSES } from './override-action-request';
import { OverrideLineageContextSchema } from './override-lineage';
import { OverrideReversalEventSchema } from './override-reversal-event';

/** An override action as a server names it (open: a newer server may add actions). */
export const OverrideActionSchema = openEnum(OVERRIDE_ACTIONS);
export type OverrideAction = z.output<typeof OverrideActionSchema>;

/** An override status as a server sends it (open). */
export const OverrideStatusSchema = openEnum(OVERRIDE_STATUSES);
export type OverrideStatus = z.output<typeof OverrideStatusSchema>;

/**
 * The result of every override write (`GovernanceOverrideActionOutcome`). Some servers send
 * its metadata under the alias `meta`; both spellings parse to `metadata`.
 *
 * - `lineage`: context form of the captured scenario/notebook provenance.
 * - `reversal_event`, `cooldown_expires_at`, `cooldown_window_minutes`: set once reversed (the
 *   cooldown fields are copied from the reversal event).
 * - `reversal_lock_*`: the reversal lock while one is held (usually null: released before the
 *   response is sent).
 */
export const OverrideActionOutcomeSchema = withMetaAlias(
  openObject({
    id: IdSchema,
    recommendation_id: z.string(),
    actor_id: IdSchema,
    action: OverrideActionSchema,
    status: OverrideStatusSchema,
    execution_id: IdSchema.nullish(),
    baseline_id: IdSchema.nullish(),
    target_reviewer_id: IdSchema.nullish(),
    reversible: z.boolean().default(false),
    notes: z.string().nullish(),
    metadata: MetadataSchema,
    created_at: TimestampSchema,
    updated_at: TimestampSchema,
    lineage: OverrideLineageContextSchema.nullish(),
    reversal_event: OverrideReversalEventSchema.nullish(),
    cooldown_expires_at: TimestampSchema.nullish(),
    cooldown_window_minutes: z.number().int().min(0).nullish(),
    reversal_lock_token: z.string().nullish(),
    reversal_lock_tier_key: z.string().nullish(),
    reversal_lock_tier: z.string().nullish(),
    reversal_lock_tier_level: z.number().nullish(),
    reversal_lock_scope: z.string().nullish(),
    reversal_lock_actor_id: IdSchema.nullish(),
  }),
);
export type OverrideActionOutcome = z.output<typeof OverrideActionOutcomeSchema>;
