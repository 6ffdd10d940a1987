import { type DecisionDetail, NotFoundError } from '@govkit/sdk';
import {
  isFrozenDecisionSnapshot,
  isLegacySupervisorDecision,
  snapshotDecisionType,
} from '@govkit/sdk/schemas';
import { formatMessage } from '../i18n/message-catalog';
import { useMessages } from '../i18n/use-messages';
import {
  type DecisionSnapshotMessages,
  decisionSnapshotMessages,
} from './decision-snapshot-messages';

export interface UseDecisionSnapshotOptions {
  decisionId: string;
  /** The decision once loaded; without it (and without an error) the view is loading. */
  detail?: DecisionDetail | undefined;
  error?: unknown;
  messages?: Partial<DecisionSnapshotMessages> | undefined;
}

/** What the view shows; also its `data-state`. */
export type DecisionSnapshotState =
  | 'loading'
  | 'error'
  | 'not-found'
  | 'empty'
  | 'unknown'
  | 'ready';

/** One finding, from either snapshot shape. */
export interface SnapshotFindingView {
  kind: string;
  severity: string;
  code: string | null;
  message: string;
  /** An object (frozen shape) or a list of strings (legacy shape); shown as JSON text. */
  evidence: unknown;
}

/** One action, from either snapshot shape. */
export interface SnapshotActionView {
  type: string;
  status: string | null;
  /** Extra keys (target, params, …), shown as JSON text when present. */
  details: Record<string, unknown>;
}

/** A snapshot in one shape, whatever shape it was stored in. */
export interface SnapshotView {
  policy: string | null;
  event: { id: string; type: string; source: string; ts: string } | null;
  decisionType: string | null;
  reason: string | null;
  inputs: Record<string, unknown> | null;
  findings: SnapshotFindingView[];
  actions: SnapshotActionView[];
  metrics: Record<string, unknown>;
  /** The `metrics.decision_time_ms` in milliseconds, if recorded. */
  decisionTimeMs: number | null;
}

function toView(snapshot: unknown): SnapshotView | null {
  if (isFrozenDecisionSnapshot(snapshot as never)) {
    const frozen = snapshot as Extract<DecisionDetail['decision_snapshot'], { policy: string }>;
    const metrics = frozen.metrics as Record<string, unknown>;
    return {
      policy: frozen.policy,
      event: {
        id: frozen.event.event_id,
        type: frozen.event.event_type,
        source: frozen.event.source,
        ts: frozen.event.ts,
      },
      decisionType: snapshotDecisionType(frozen),
      reason: frozen.decision.reason ?? null,
      inputs: frozen.inputs,
      findings: frozen.findings.map((finding) => ({
        kind: finding.kind,
        severity: finding.severity,
        code: finding.code,
        message: finding.message,
        evidence: finding.evidence,
      })),
      actions: frozen.actions.map(({ action_type, status, ...details }) => ({
        type: action_type,
        status: status ?? null,
        details,
      })),
      metrics,
      decisionTimeMs:
        typeof metrics.decision_time_ms === 'number' ? metrics.decision_time_ms : null,
    };
  }
  if (isLegacySupervisorDecision(snapshot as never)) {
    const legacy = snapshot as Extract<
      DecisionDetail['decision_snapshot'],
      { decision_type: string }
    >;
    return {
      policy: null,
      event: null,
      decisionType: snapshotDecisionType(legacy),
      reason: legacy.reason ?? null,
      inputs: null,
      findings: legacy.findings.map((finding) => ({
        kind: finding.category.toUpperCase(),
        severity: finding.severity.toUpperCase(),
        code: finding.finding_id ?? null,
        message: finding.description,
        evidence: finding.evidence,
      })),
      actions: legacy.actions.map(({ action_type, action_id: _id, ...details }) => ({
        type: action_type,
        status: null,
        details: Object.fromEntries(
          Object.entries(details).filter(([, value]) => value !== null && value !== undefined),
        ),
      })),
      metrics: {},
      decisionTimeMs: null,
    };
  }
  return null;
}

/**
 * The headless decision snapshot view: state, title and the snapshot in one shape (the frozen
 * v1.0 contract and the legacy supervisor payload both map to {@link SnapshotView}).
 */
export function useDecisionSnapshot({
  decisionId,
  detail,
  error,
  messages: overrides,
}: UseDecisionSnapshotOptions) {
  const messages = useMessages('decisionSnapshot', decisionSnapshotMessages, overrides);
  const title = formatMessage(messages.title, { decisionId });
  const snapshot = detail?.decision_snapshot ?? null;
  const view = snapshot ? toView(snapshot) : null;
  const state: DecisionSnapshotState =
    error !== undefined && error !== null
      ? error instanceof NotFoundError
        ? 'not-found'
        : 'error'
      : !detail
        ? 'loading'
        : !snapshot
          ? 'empty'
          : view
            ? 'ready'
            : 'unknown';
  return { state, title, messages, view, raw: snapshot };
}
