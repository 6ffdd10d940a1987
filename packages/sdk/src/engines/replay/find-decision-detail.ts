import type { DecisionDetail } from '../../schemas/replay/decision-detail';
import { EngineError } from '../shared/engine-error';
import { auditDetailSnapshot } from './audit-decision';
import type { ReplayStore } from './replay-store';

/**
 * The snapshot of one decision: the first audit carrying the decision id (the `decision_id`
 * column, or the snapshot's own `decision_id` for supervisor audits the original system left
 * unlabelled), returning `payload.decision_snapshot`, or the whole payload when that key is absent.
 *
 * @throws EngineError 404 `Decision not found: {decision_id}`.
 */
export function findDecisionDetail(store: ReplayStore, decisionId: string): DecisionDetail {
  const audit = store.findDecision(decisionId);
  if (!audit) throw EngineError.notFound(`Decision not found: ${decisionId}`);
  return { decision_id: decisionId, decision_snapshot: auditDetailSnapshot(audit) };
}
