import { z } from 'zod';
import { boundJson } from '../shared/bounded-json';
import { requestObject } from '../shared/open-object';
import { MAX_ID_LENGTH, MAX_TEXT_LENGTH, RequestIdSchema } from '../shared/request-bounds';
import { OverrideLineageRequestSchema, OverrideRequestMetadataSchema } from './override-lineage';

/** What an override does: move a review, pause a reviewer, or escalate up the ladder. */
export const OVERRIDE_ACTIONS = ['reassign', 'cooldown', 'escalate'] as const;

/** Where an override stands (see the guarded status machine in `engines/overrides`). */
export const OVERRIDE_STATUSES = ['accepted', 'declined', 'executed', 'reversed'] as const;

/** The 422 detail of a reassign without its baseline and target reviewer. */
export const OVERRIDE_REASSIGN_CONTEXT_DETAIL =
  'Reassign overrides require baseline_id and target_reviewer_id';

/** The action a client asks for (closed: a client must not invent one). */
export const OverrideActionKindSchema = z.enum(OVERRIDE_ACTIONS);
export type OverrideActionKind = z.output<typeof OverrideActionKindSchema>;

/** `{recommendation_id}` of every override write path (free text, e.g. `cadence_overload:u-1`). */
export const OverrideRecommendationPathParamsSchema = requestObject({
  recommendation_id: RequestIdSchema,
});
export type OverrideRecommendationPathParams = z.output<
  typeof OverrideRecommendationPathParamsSchema
>;

/** Query of `GET /api/governance/recommendations/override`. */
export const OverrideRecommendationsParamsSchema = requestObject({
  execution_id: RequestIdSchema.optional(),
  limit: z.coerce.number<number>().int().min(1).max(200).default(50),
});
export type OverrideRecommendationsParams = z.output<typeof OverrideRecommendationsParamsSchema>;
export type OverrideRecommendationsParamsInput = z.input<
  typeof OverrideRecommendationsParamsSchema
>;

/**
 * Body of `accept`, `decline` and `execute`. `lineage` is required; a reassign also needs
 * `baseline_id` and `target_reviewer_id`. Metadata keys the server reads: `reversible` (execute),
 * `cooldown_minutes` (cooldown detail) and `urgency` (escalate detail); null values are dropped.
 */
export const OverrideActionRequestSchema = requestObject({
  execution_id: RequestIdSchema,
  action: OverrideActionKindSchema,
  baseline_id: RequestIdSchema.nullish(),
  target_reviewer_id: RequestIdSchema.nullish(),
  notes: z.string().max(MAX_TEXT_LENGTH).nullish(),
  metadata: OverrideRequestMetadataSchema.default({}).meta({
    description:
      'Free-form; keys the server reads: `reversible` (execute: only a reversible execution can ' +
      'be reversed later), `cooldown_minutes` (cooldown detail), `urgency` (escalate detail).',
    properties: {
      reversible: {
        type: 'boolean',
        description: 'On execute: allow `reverse` later (default false).',
      },
    },
  }),
  lineage: OverrideLineageRequestSchema,
})
  .superRefine((request, ctx) => {
    if (request.action !== 'reassign') return;
    if (request.baseline_id && request.target_reviewer_id) return;
    ctx.addIssue({ code: 'custom', message: OVERRIDE_REASSIGN_CONTEXT_DETAIL, path: [] });
  })
  // The refinement, in the OpenAPI document's words.
  .meta({
    if: { properties: { action: { const: 'reassign' } }, required: ['action'] },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, not a thenable.
    then: {
      required: ['baseline_id', 'target_reviewer_id'],
      properties: {
        baseline_id: { type: 'string', minLength: 1, maxLength: MAX_ID_LENGTH },
        target_reviewer_id: { type: 'string', minLength: 1, maxLength: MAX_ID_LENGTH },
      },
    },
  });
export type OverrideActionRequest = z.output<typeof OverrideActionRequestSchema>;
export type OverrideActionRequestInput = z.input<typeof OverrideActionRequestSchema>;

/**
 * `metadata` of a reversal. `cooldown_minutes` (an integer ≥ 0; numeric strings are coerced as the
 * server's `int()` does) opens a cooldown window after the reversal. Every other key is kept and
 * stored as the reversal's metadata.
 */
export const OverrideReverseMetadataSchema = boundJson(
  z.looseObject({
    cooldown_minutes: z.coerce.number<number | string>().int().min(0).nullish(),
  }),
)
  .nullish()
  .transform(
    (value) =>
      Object.fromEntries(
        Object.entries(value ?? {}).filter(([, v]) => v !== null && v !== undefined),
      ) as { cooldown_minutes?: number } & Record<string, unknown>,
  );
export type OverrideReverseMetadata = z.output<typeof OverrideReverseMetadataSchema>;

/** Body of `reverse`. No lineage: the reversal inherits the executed override's. */
export const OverrideReverseRequestSchema = requestObject({
  execution_id: RequestIdSchema,
  baseline_id: RequestIdSchema.nullish(),
  notes: z.string().max(MAX_TEXT_LENGTH).nullish(),
  metadata: OverrideReverseMetadataSchema.default({}),
});
export type OverrideReverseRequest = z.output<typeof OverrideReverseRequestSchema>;
export type OverrideReverseRequestInput = z.input<typeof OverrideReverseRequestSchema>;
