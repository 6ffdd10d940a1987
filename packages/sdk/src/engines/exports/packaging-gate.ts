import type { NarrativeExport, PackagingQueueState } from '../../schemas/exports/narrative-export';
import { NARRATIVE_EVENT } from '../governance/event-types';
import type { NarrativeExportDeps, PendingNarrativeEvent } from './export-context';

/**
 * The packaging gate: a blocked latest guardrail simulation holds packaging; an
 * approved export with no stage in progress is queued; anything else awaits approval, naming the
 * first stage that is not approved yet.
 */
export function evaluateNarrativePackagingGate(
  deps: Pick<NarrativeExportDeps, 'guardrails'>,
  record: NarrativeExport,
): PackagingQueueState {
  const latest = deps.guardrails?.list(record.execution_id)[0];
  if (latest && latest.state === 'blocked') {
    return {
      event: NARRATIVE_EVENT.guardrailBlocked,
      state: 'guardrail_blocked',
      context: {
        guardrail_state: latest.state,
        projected_delay_minutes: latest.projected_delay_minutes,
        reasons: latest.summary.reasons,
      },
    };
  }
  const active = record.approval_stages.some((stage) => stage.status === 'in_progress');
  if (record.approval_status === 'approved' && !active) {
    return { event: NARRATIVE_EVENT.queued, state: 'queued', context: { version: record.version } };
  }
  const pending = record.approval_stages.find((stage) => stage.status !== 'approved');
  return {
    event: NARRATIVE_EVENT.awaitingApproval,
    state: 'awaiting_approval',
    context: {
      pending_stage_id: pending?.id ?? null,
      pending_stage_index: pending?.sequence_index ?? null,
      pending_stage_status: pending?.status ?? null,
      pending_stage_due_at: pending?.due_at ?? null,
    },
  };
}

/** The gate verdict stored on an export, if any. */
export function storedPackagingQueueState(
  record: NarrativeExport,
): PackagingQueueState | undefined {
  const state = record.metadata.packaging_queue_state;
  return state && typeof state === 'object' ? (state as PackagingQueueState) : undefined;
}

/** Outcome of {@link applyNarrativePackagingGate}. */
export interface PackagingGateOutcome {
  /** The export to store. */
  stored: NarrativeExport;
  /** The export to answer with (differs from `stored` only on dry runs). */
  response: NarrativeExport;
  /** True when a packaging job must be enqueued. */
  enqueue: boolean;
}

/**
 * Evaluate the gate on a draft and decide what to record. A gate event is written only when the
 * state changes; `queued` enqueues a job unless one is pending or an artifact exists. A dry run
 * stores nothing about the gate and enqueues nothing: the verdict appears only in the response,
 * marked `context.dry_run = true`.
 */
export function applyNarrativePackagingGate(
  deps: NarrativeExportDeps,
  draft: NarrativeExport,
  options: { dryRun: boolean; actorId: string | null },
  events: PendingNarrativeEvent[],
): PackagingGateOutcome {
  const verdict = evaluateNarrativePackagingGate(deps, draft);
  if (options.dryRun) {
    const preview = { ...verdict, context: { ...verdict.context, dry_run: true } };
    return {
      stored: draft,
      response: { ...draft, metadata: { ...draft.metadata, packaging_queue_state: preview } },
      enqueue: false,
    };
  }
  const previous = storedPackagingQueueState(draft);
  const stored = { ...draft, metadata: { ...draft.metadata, packaging_queue_state: verdict } };
  const changed = previous?.state !== verdict.state;
  if (changed) {
    events.push({
      event_type: verdict.event,
      payload: {
        export_id: draft.id,
        version: draft.version,
        state: verdict.state,
        ...verdict.context,
      },
      actor_id: options.actorId,
    });
  }
  const hasJob = deps.store.listJobs().some((job) => job.export_id === draft.id);
  const enqueue =
    verdict.state === 'queued' && changed && !hasJob && draft.artifact_status !== 'ready';
  return { stored, response: stored, enqueue };
}
