import { z } from 'zod';
import { modeAware } from '../shared/mode-aware';
import { type JsonObject, JsonObjectSchema } from '../shared/primitives';
import { type DecisionSnapshot, DecisionSnapshotSchema } from './decision-snapshot';
import { normalizeDecisionType } from './decision-type';
import {
  type LegacySupervisorDecision,
  LegacySupervisorDecisionSchema,
} from './legacy-supervisor-decision';

/**
 * What a `decision_snapshot` field may hold: the frozen v1.0 {@link DecisionSnapshot}, the legacy
 * payload the running supervisor writes ({@link LegacySupervisorDecision}), or, from a newer or
 * foreign writer, an object of neither shape (kept as-is in lenient mode, rejected in strict mode).
 */
export type DecisionSnapshotPayload = DecisionSnapshot | LegacySupervisorDecision | JsonObject;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

type Shape = 'frozen' | 'legacy' | 'other';

// Why dispatch instead of z.union: a union hides the chosen branch's issues inside an
// `invalid_union` error, so a frozen snapshot with one new enum value would lose its warning path
// and strict errors would list every branch. Picking the branch from the payload's shape keeps
// each issue at its real path (`decision_snapshot.findings.0.kind`).
function shapeOf(value: Record<string, unknown>): Shape {
  if ('policy' in value || 'event' in value || isRecord(value.decision)) return 'frozen';
  if (typeof value.decision_type === 'string') return 'legacy';
  return 'other';
}

/**
 * Parses a `decision_snapshot` as the frozen contract or as the legacy supervisor payload,
 * whichever shape it has. Originals are kept: a legacy payload stays lower-case; use
 * {@link snapshotDecisionType} for the normalised decision type.
 */
export const DecisionSnapshotPayloadSchema: z.ZodType<DecisionSnapshotPayload, unknown> = modeAware(
  // The union is what the OpenAPI document shows (`anyOf` of both contracts and an open object);
  // the parse step below replaces the union's parse with the shape dispatch.
  z.union([DecisionSnapshotSchema, LegacySupervisorDecisionSchema, JsonObjectSchema]),
  (payload, strict, context) => {
    const value = payload.value;
    if (!isRecord(value)) {
      payload.issues.push({
        code: 'invalid_type',
        expected: 'object',
        input: value,
        message: 'Expected a decision snapshot object',
      });
      return payload;
    }
    const shape = shapeOf(value);
    if (shape === 'other') {
      if (strict) {
        payload.issues.push({
          code: 'custom',
          input: value,
          message:
            'Decision snapshot is neither the frozen v1.0 contract nor the legacy supervisor payload',
          params: { govkit: 'govkit.unknown_field' },
        });
      }
      return payload;
    }
    const schema = shape === 'frozen' ? DecisionSnapshotSchema : LegacySupervisorDecisionSchema;
    // Same parse context (and so the same mode); issues keep their own paths and the parent
    // prefixes `decision_snapshot` as for any field.
    const result = schema._zod.run({ value, issues: [] }, context) as z.core.ParsePayload;
    payload.value = result.value;
    payload.issues.push(...result.issues);
    return payload;
  },
).meta({
  description:
    'Frozen v1.0 DecisionSnapshot, or the legacy lower-case supervisor decision payload, or (from a newer writer) another object.',
});

/** True when a parsed snapshot payload is the frozen v1.0 contract. */
export function isFrozenDecisionSnapshot(
  payload: DecisionSnapshotPayload | null | undefined,
): payload is DecisionSnapshot {
  return isRecord(payload) && shapeOf(payload) === 'frozen';
}

/** True when a parsed snapshot payload is the legacy supervisor decision. */
export function isLegacySupervisorDecision(
  payload: DecisionSnapshotPayload | null | undefined,
): payload is LegacySupervisorDecision {
  return isRecord(payload) && shapeOf(payload) === 'legacy';
}

/**
 * The decision type of any snapshot payload, normalised to the imperative form (`ALLOW`, `BLOCK`,
 * `PAUSE`, `RETRY`, `REQUIRE_REVIEW`, …), or null when the payload carries none. Works on raw
 * (unparsed) payloads too, which is what engines hold.
 */
export function snapshotDecisionType(payload: unknown): string | null {
  if (!isRecord(payload)) return null;
  const nested = isRecord(payload.decision) ? payload.decision.decision_type : undefined;
  const raw = typeof nested === 'string' ? nested : payload.decision_type;
  return typeof raw === 'string' && raw.length > 0 ? normalizeDecisionType(raw) : null;
}

/**
 * The reason code of a snapshot payload: `findings[0].code` when it is a non-empty string, else
 * null. Legacy findings have no code, so legacy payloads give null (as in the real system).
 */
export function snapshotReasonCode(payload: unknown): string | null {
  if (!isRecord(payload) || !Array.isArray(payload.findings)) return null;
  const first: unknown = payload.findings[0];
  if (!isRecord(first)) return null;
  return typeof first.code === 'string' && first.code.length > 0 ? first.code : null;
}
