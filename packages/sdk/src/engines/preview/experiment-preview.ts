import {
  type ExperimentPreviewRequest,
  ExperimentPreviewRequestSchema,
} from '../../schemas/preview/preview-request';
import type { ExperimentPreviewResponse } from '../../schemas/preview/preview-response';
import {
  PREVIEW_SUMMARY_EVENT_TYPE,
  type PreviewSummaryPayload,
} from '../../schemas/preview/preview-summary';
import type { WorkflowStageBlueprint } from '../../schemas/templates/workflow-template';
import { type GovernanceDirectory, hasExecutionAccess, requireUser } from '../governance/directory';
import type { EventLog } from '../governance/event-log';
import { type Clock, isoAt } from '../shared/clock';
import { EngineError } from '../shared/engine-error';
import { parseEngineInput } from '../shared/engine-input';
import type { IdGenerator } from '../shared/id-generator';
import { recordTemplateAudit } from '../templates/template-admin';
import type { TemplateStore } from '../templates/template-store';
import {
  type AppliedPreviewStageOverride,
  comparePreviewStage,
  simulatePreviewLadder,
} from './ladder-simulation';
import { renderPreviewNarrative } from './preview-narrative';

/** Checks resource overrides (inventory items, bookings, equipment); absent ids become warnings. */
export interface PreviewResourceCatalog {
  exists(kind: 'inventory_item' | 'booking' | 'equipment', id: string): boolean;
}

/** Options of {@link createExperimentPreviewEngine}. */
export interface ExperimentPreviewEngineOptions {
  directory: GovernanceDirectory;
  events: EventLog;
  clock: Clock;
  ids: IdGenerator;
  /** The template engine's store: snapshots are read from it and audit rows appended to it. */
  templates: TemplateStore;
  resources?: PreviewResourceCatalog;
}

const RESOURCE_KINDS = [
  ['inventory_item_ids', 'inventory_item', 'Inventory item'],
  ['booking_ids', 'booking', 'Booking'],
  ['equipment_ids', 'equipment', 'Equipment'],
] as const;

/**
 * The experiment governance preview, working end to end. It simulates the snapshot's ladder against
 * the execution's steps, compares it with the template's published baseline snapshot, renders the
 * Markdown preview, appends a `template.preview.generated` audit row and emits the
 * `governance.preview.summary` event that governance analytics reads.
 *
 * @example
 * const preview = createExperimentPreviewEngine({ directory, events, clock, ids, templates: store });
 * const result = preview.preview(runnerId, 'exec-1', { workflow_template_snapshot_id: snapId });
 */
export function createExperimentPreviewEngine(options: ExperimentPreviewEngineOptions) {
  const { directory, events, clock, templates } = options;
  return {
    /** `POST /api/experiments/{execution_id}/preview`. */
    preview(
      actorId: string,
      executionId: string,
      input: ExperimentPreviewRequest,
    ): ExperimentPreviewResponse {
      const user = requireUser(directory, actorId);
      const body = parseEngineInput(ExperimentPreviewRequestSchema, input);
      const execution = directory.getExecution(executionId);
      if (!execution) throw EngineError.notFound('Execution not found');
      if (!execution.protocol_template_id) {
        throw EngineError.badRequest('Execution missing linked protocol template for preview');
      }
      if (!hasExecutionAccess(directory, user, executionId)) {
        throw EngineError.forbidden('Not authorized for execution workspace');
      }
      const snapshot = templates.getSnapshot(body.workflow_template_snapshot_id);
      if (!snapshot) throw EngineError.notFound('Workflow template snapshot not found');
      if (snapshot.status !== 'published') {
        throw EngineError.badRequest('Preview requires a published workflow template snapshot');
      }
      const template = templates.getTemplate(snapshot.template_id);
      const baselineSnapshot =
        (template?.published_snapshot_id
          ? templates.getSnapshot(template.published_snapshot_id)
          : undefined) ?? snapshot;
      const blueprint: WorkflowStageBlueprint[] = snapshot.snapshot_payload.stage_blueprint;
      const warnings: string[] = [];
      const overrides = new Map<number, AppliedPreviewStageOverride>();
      for (const override of body.stage_overrides) {
        if (override.index >= blueprint.length) {
          warnings.push(
            `Stage override for index ${override.index} ignored; blueprint has ${blueprint.length} stages`,
          );
          continue;
        }
        for (const id of [override.assignee_id, override.delegate_id]) {
          if (id && !directory.getUser(id))
            warnings.push(`User override ${id} not found; preview uses placeholder`);
        }
        overrides.set(override.index, override);
      }
      for (const [key, kind, label] of RESOURCE_KINDS) {
        for (const id of body.resource_overrides?.[key] ?? []) {
          if (options.resources && !options.resources.exists(kind, id)) {
            warnings.push(`${label} ${id} not found; preview ignores it`);
          }
        }
      }
      const generatedAt = isoAt(clock);
      const steps = [...execution.steps].sort((a, b) => a.index - b.index);
      const simulated = simulatePreviewLadder({
        blueprint,
        defaultSlaHours: snapshot.snapshot_payload.default_stage_sla_hours ?? null,
        overrides,
        steps,
        generatedAt,
      });
      const baseline = simulatePreviewLadder({
        blueprint: baselineSnapshot.snapshot_payload.stage_blueprint,
        defaultSlaHours: baselineSnapshot.snapshot_payload.default_stage_sla_hours ?? null,
        overrides: new Map(),
        steps,
        generatedAt,
      });
      const insights = simulated.map((stage) => comparePreviewStage(stage, baseline[stage.index]));
      const templateName = snapshot.snapshot_payload.name ?? template?.name ?? null;
      const templateVersion = snapshot.version;
      const blockedIndexes = insights.filter((i) => i.status === 'blocked').map((i) => i.index);
      const summary: PreviewSummaryPayload = {
        generated_at: generatedAt,
        snapshot_id: snapshot.id,
        baseline_snapshot_id: baselineSnapshot.id,
        stage_count: insights.length,
        blocked_stage_count: blockedIndexes.length,
        blocked_stage_indexes: blockedIndexes,
        override_count: overrides.size,
        new_blocker_count: insights.reduce((n, i) => n + i.delta_new_blockers.length, 0),
        resolved_blocker_count: insights.reduce((n, i) => n + i.delta_resolved_blockers.length, 0),
        resource_warning_count: warnings.length,
        delta_projection_minutes: insights
          .map((i) => i.delta_projected_due_minutes)
          .filter((m): m is number => typeof m === 'number'),
        stage_predictions: insights.map((i) => ({
          index: i.index,
          status: i.status,
          projected_due_at: i.projected_due_at ?? null,
          baseline_projected_due_at: i.baseline_projected_due_at ?? null,
          mapped_step_indexes: i.mapped_step_indexes,
          delta_status: i.delta_status ?? null,
          delta_projected_due_minutes: i.delta_projected_due_minutes ?? null,
        })),
      };
      recordTemplateAudit(
        { store: templates, clock, ids: options.ids },
        {
          template_id: snapshot.template_id,
          snapshot_id: snapshot.id,
          actor_id: user.id,
          action: 'template.preview.generated',
          detail: {
            execution_id: executionId,
            stage_count: insights.length,
            blocked_stage_count: blockedIndexes.length,
            override_indexes: [...overrides.keys()].sort((a, b) => a - b),
            warnings,
          },
        },
      );
      events.append({
        execution_id: executionId,
        event_type: PREVIEW_SUMMARY_EVENT_TYPE,
        payload: summary,
        actor_id: user.id,
      });
      return {
        execution_id: executionId,
        snapshot_id: snapshot.id,
        baseline_snapshot_id: baselineSnapshot.id,
        generated_at: generatedAt,
        template_name: templateName,
        template_version: templateVersion,
        stage_insights: insights,
        narrative_preview: renderPreviewNarrative({
          executionId,
          snapshotId: snapshot.id,
          baselineSnapshotId: baselineSnapshot.id,
          templateName,
          templateVersion,
          generatedAt,
          insights,
          warnings,
        }),
        resource_warnings: warnings,
      };
    },
  };
}

/** The engine returned by {@link createExperimentPreviewEngine}. */
export type ExperimentPreviewEngine = ReturnType<typeof createExperimentPreviewEngine>;
