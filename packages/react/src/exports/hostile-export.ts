import type { ExperimentPreviewResponse, NarrativeExport } from '@govkit/sdk';
import { MID_LADDER_EXPORT, QPCR_PREVIEW, READY_EXPORT } from './narrative-export.fixtures';

/**
 * A narrative export with `payload` in every field the export widgets show as text, markdown or
 * URL: people, stage names and roles, signatures and notes, evidence labels, the dossier.
 */
export function hostileExport(payload: string): NarrativeExport {
  const person = { id: payload, email: payload, full_name: payload, is_admin: false };
  const base = MID_LADDER_EXPORT;
  return {
    ...base,
    content: payload,
    notes: payload,
    workflow_template_key: payload,
    requested_by: person,
    approved_by: person,
    artifact_error: payload,
    artifact_checksum: payload,
    attachments: READY_EXPORT.attachments.map((a) => ({ ...a, label: payload })),
    metadata: { packaging_queue_state: { event: payload, state: payload, context: {} } },
    approval_stages: base.approval_stages.map((stage) => ({
      ...stage,
      name: payload,
      required_role: payload,
      assignee: person,
      delegated_to: person,
      actions: [
        ...stage.actions,
        {
          id: `${stage.id}-x`,
          stage_id: stage.id,
          action_type: payload,
          signature: payload,
          notes: payload,
          actor: person,
          delegation_target: person,
          metadata: {},
          created_at: stage.started_at ?? base.generated_at,
        },
      ],
    })),
  };
}

/** A preview with `payload` in every text field and the narrative. */
export function hostilePreview(payload: string): ExperimentPreviewResponse {
  return {
    ...QPCR_PREVIEW,
    template_name: payload,
    narrative_preview: payload,
    resource_warnings: [payload],
    stage_insights: QPCR_PREVIEW.stage_insights.map((insight) => ({
      ...insight,
      name: payload,
      required_role: payload,
      status: payload,
      blockers: [payload],
      delta_new_blockers: [payload],
      delta_resolved_blockers: [`${payload}-resolved`],
    })),
  };
}
