import type { NarrativeExport } from '../../schemas/exports/narrative-export';
import { NARRATIVE_EVENT } from '../governance/event-types';
import { isoAt } from '../shared/clock';
import { addApprovalAction, approvalStageEventPayload } from './approval-ladder';
import {
  appendNarrativeEvents,
  type NarrativeExportDeps,
  type PendingNarrativeEvent,
  type StageOverdueNotification,
  withDerivedLadder,
} from './export-context';

/** One stage the SLA monitor escalated. */
export interface OverdueApprovalStage {
  export_id: string;
  execution_id: string;
  stage_id: string;
  sequence_index: number;
  due_at: string;
  notified_user_ids: string[];
}

/**
 * The SLA monitor (meant to run periodically, e.g. every 15 minutes) as a call: every stage in
 * progress whose `due_at` has passed and that was not escalated during this activation gets
 * `overdue_notified_at`, `metadata.overdue`/`overdue_since`, an `escalated` action, the
 * `stage_overdue` and `stage_escalated` events, and a notification to its assignee and delegate.
 * Once per stage activation: calling it again changes nothing until a stage restarts.
 */
export function checkOverdueApprovalStages(deps: NarrativeExportDeps): OverdueApprovalStage[] {
  const now = deps.clock.now();
  const at = isoAt(deps.clock);
  const escalated: OverdueApprovalStage[] = [];
  const notifications: StageOverdueNotification[] = [];
  for (const record of deps.store.list()) {
    const draft: NarrativeExport = structuredClone(record);
    const events: PendingNarrativeEvent[] = [];
    for (const stage of draft.approval_stages) {
      if (stage.status !== 'in_progress' || !stage.due_at || stage.overdue_notified_at) continue;
      if (Date.parse(stage.due_at) > now) continue;
      const notified = [
        ...new Set([stage.assignee?.id, stage.delegated_to?.id].filter((id): id is string => !!id)),
      ];
      stage.overdue_notified_at = at;
      stage.metadata = { ...stage.metadata, overdue: true, overdue_since: stage.due_at };
      addApprovalAction(
        stage,
        { exportId: draft.id, now: at, actorId: null, newId: (prefix) => deps.ids.next(prefix) },
        {
          action_type: 'escalated',
          signature: null,
          notes: 'Approval stage overdue',
          // The monitor acts for the requester: an action row always names a user.
          actor: draft.requested_by,
          delegation_target: null,
          metadata: { reason: 'sla_overdue', notified_user_ids: notified },
        },
      );
      const payload = approvalStageEventPayload(stage);
      events.push({ event_type: NARRATIVE_EVENT.stageOverdue, payload, actor_id: null });
      events.push({
        event_type: NARRATIVE_EVENT.stageEscalated,
        payload: { ...payload, notified_user_ids: notified },
        actor_id: null,
      });
      escalated.push({
        export_id: draft.id,
        execution_id: draft.execution_id,
        stage_id: stage.id,
        sequence_index: stage.sequence_index,
        due_at: stage.due_at,
        notified_user_ids: notified,
      });
      notifications.push({
        user_ids: notified,
        export_id: draft.id,
        stage_id: stage.id,
        execution_id: draft.execution_id,
        title: 'Approval stage overdue',
        category: 'compliance',
        priority: 'urgent',
      });
    }
    if (events.length === 0) continue;
    deps.store.put(withDerivedLadder(draft, at));
    appendNarrativeEvents(deps, draft.execution_id, events);
  }
  // Notify only once the escalations are stored.
  for (const notification of notifications) deps.notify?.(notification);
  return escalated;
}
