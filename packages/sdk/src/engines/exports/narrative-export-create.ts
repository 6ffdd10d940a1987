import { type ExportRequest, ExportRequestSchema } from '../../schemas/exports/export-request';
import type { NarrativeExport } from '../../schemas/exports/narrative-export';
import { hasExecutionAccess, requireUser } from '../governance/directory';
import { NARRATIVE_EVENT } from '../governance/event-types';
import { isoAt } from '../shared/clock';
import { EngineError } from '../shared/engine-error';
import { parseEngineInput } from '../shared/engine-input';
import { recordTemplateAudit } from '../templates/template-admin';
import { buildApprovalStages, startApprovalStage } from './approval-ladder';
import { resolveExportAttachments } from './attachment-resolver';
import {
  appendNarrativeEvents,
  EXPORT_ACCESS_DENIED,
  type NarrativeExportDeps,
  type PendingNarrativeEvent,
  toExportUserOut,
  withDerivedLadder,
} from './export-context';
import { planExportLadder } from './export-template-binding';
import { renderExecutionNarrative } from './narrative-renderer';
import { applyNarrativePackagingGate } from './packaging-gate';
import { enqueueNarrativePackagingJob, runNarrativePackagingJobs } from './packaging-worker';

/**
 * `POST /api/experiment-console/sessions/{execution_id}/exports/narrative` (200): render the
 * dossier, freeze the evidence, open the approval ladder (stage 1 in progress) and record
 * `stage_started`, `created` and the packaging gate verdict. Version n+1 of the execution.
 */
export function createNarrativeExport(
  deps: NarrativeExportDeps,
  actorId: string,
  executionId: string,
  input: ExportRequest = {},
  options: { dryRun?: boolean } = {},
): NarrativeExport {
  const user = requireUser(deps.directory, actorId);
  const body = parseEngineInput(ExportRequestSchema, input);
  const execution = deps.directory.getExecution(executionId);
  if (!execution) throw EngineError.notFound('Execution not found');
  if (!hasExecutionAccess(deps.directory, user, executionId)) {
    throw EngineError.forbidden(EXPORT_ACCESS_DENIED);
  }
  const plan = planExportLadder(deps, body);
  const now = isoAt(deps.clock);
  const exportId = deps.ids.next('export');
  const attachments = resolveExportAttachments(deps, executionId, body.attachments, {
    now,
    newId: () => deps.ids.next('attachment'),
  });
  const siblings = deps.store.list().filter((r) => r.execution_id === executionId);
  const version = siblings.reduce((max, r) => Math.max(max, r.version), 0) + 1;
  const events = deps.events.list({ execution_id: executionId });
  const ctx = { exportId, now, actorId: user.id, newId: (prefix: string) => deps.ids.next(prefix) };
  const stages = buildApprovalStages(plan.stages, ctx);
  const pending: PendingNarrativeEvent[] = [];
  startApprovalStage(stages[0] as (typeof stages)[number], ctx, pending);
  pending.push({
    event_type: NARRATIVE_EVENT.created,
    payload: {
      export_id: exportId,
      version,
      event_count: events.length,
      attachment_count: attachments.length,
      workflow_template_snapshot_id: plan.snapshot?.id ?? null,
    },
    actor_id: user.id,
  });
  const guardrails = deps.guardrails?.list(executionId) ?? [];
  const draft = withDerivedLadder(
    {
      id: exportId,
      execution_id: executionId,
      version,
      format: 'markdown',
      generated_at: now,
      event_count: events.length,
      content: renderExecutionNarrative({
        execution,
        events,
        generatedAt: now,
        attachments,
        notes: body.notes,
        version,
      }),
      approval_status: 'pending',
      approval_signature: null,
      approved_at: null,
      approval_completed_at: null,
      approval_stage_count: stages.length,
      workflow_template_id: plan.template?.id ?? null,
      workflow_template_snapshot_id: plan.snapshot?.id ?? null,
      workflow_template_key: plan.template?.template_key ?? null,
      workflow_template_version: plan.template?.version ?? null,
      workflow_template_snapshot: plan.snapshot
        ? structuredClone(plan.snapshot.snapshot_payload)
        : {},
      current_stage: null,
      current_stage_started_at: null,
      requested_by: toExportUserOut(user),
      approved_by: null,
      notes: body.notes ?? null,
      approval_stages: stages,
      attachments,
      metadata: body.metadata,
      guardrail_simulation: guardrails[0] ?? null,
      guardrail_simulations: guardrails,
      artifact_status: 'queued',
      artifact_checksum: null,
      artifact_error: null,
      artifact_file: null,
      artifact_download_path: null,
      artifact_signed_url: null,
      artifact_manifest_digest: null,
      packaging_attempts: 0,
      packaged_at: null,
      retired_at: null,
      retention_expires_at: null,
      created_at: now,
      updated_at: now,
    },
    now,
  );
  const gate = applyNarrativePackagingGate(
    deps,
    draft,
    { dryRun: options.dryRun === true, actorId: user.id },
    pending,
  );
  deps.store.put(gate.stored);
  appendNarrativeEvents(deps, executionId, pending);
  if (plan.template && plan.snapshot) {
    recordTemplateAudit(
      { store: deps.templates, clock: deps.clock, ids: deps.ids },
      {
        template_id: plan.template.id,
        snapshot_id: plan.snapshot.id,
        actor_id: user.id,
        action: 'export.snapshot.bound',
        detail: { export_id: exportId, execution_id: executionId },
      },
    );
  }
  if (gate.enqueue) {
    enqueueNarrativePackagingJob(deps, exportId);
    if (deps.immediatePackaging) runNarrativePackagingJobs(deps);
  }
  return gate.response;
}
