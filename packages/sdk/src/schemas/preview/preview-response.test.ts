import { describe, expect, it } from 'vitest';
import { safeParseContract } from '../shared/parse-mode';
import { previewEndpoints } from './endpoints';
import { ExperimentPreviewRequestSchema } from './preview-request';
import { ExperimentPreviewResponseSchema } from './preview-response';
import { PreviewSummaryPayloadSchema } from './preview-summary';

describe('preview schemas', () => {
  it('parses a response with stage insights', () => {
    const parsed = ExperimentPreviewResponseSchema.parse({
      execution_id: 'e-1',
      snapshot_id: 's-1',
      generated_at: 't',
      stage_insights: [{ index: 0, required_role: 'approver', status: 'blocked', blockers: ['x'] }],
      narrative_preview: '# Governance Preview',
    });
    expect(parsed.stage_insights[0]?.delta_new_blockers).toEqual([]);
    expect(parsed.resource_warnings).toEqual([]);
  });
  it('reports unknown stage statuses only in strict mode as errors', () => {
    const insight = { index: 0, required_role: 'r', status: 'unknown' };
    const body = {
      execution_id: 'e',
      snapshot_id: 's',
      generated_at: 't',
      narrative_preview: '',
      stage_insights: [insight],
    };
    expect(safeParseContract(ExperimentPreviewResponseSchema, body).success).toBe(true);
    expect(
      safeParseContract(ExperimentPreviewResponseSchema, body, { mode: 'strict' }).success,
    ).toBe(false);
  });
  it('validates requests (0-based stage index, required snapshot id)', () => {
    expect(ExperimentPreviewRequestSchema.safeParse({}).success).toBe(false);
    expect(
      ExperimentPreviewRequestSchema.safeParse({
        workflow_template_snapshot_id: 's',
        stage_overrides: [{ index: -1 }],
      }).success,
    ).toBe(false);
    expect(
      ExperimentPreviewRequestSchema.parse({ workflow_template_snapshot_id: 's' }).stage_overrides,
    ).toEqual([]);
  });
  it('parses the governance.preview.summary payload', () => {
    const payload = PreviewSummaryPayloadSchema.parse({
      generated_at: 't',
      snapshot_id: 's',
      baseline_snapshot_id: 's',
      stage_count: 1,
      blocked_stage_count: 0,
      blocked_stage_indexes: [],
      override_count: 0,
      new_blocker_count: 0,
      resolved_blocker_count: 0,
      resource_warning_count: 0,
      delta_projection_minutes: [0],
      stage_predictions: [
        { index: 0, status: 'ready', mapped_step_indexes: [0], delta_status: 'unchanged' },
      ],
    });
    expect(payload.stage_predictions[0]?.mapped_step_indexes).toEqual([0]);
  });
  it('posts to the real path', () => {
    expect(previewEndpoints.create).toMatchObject({
      id: 'preview.create',
      method: 'POST',
      path: '/api/experiments/{execution_id}/preview',
      successStatus: 200,
    });
  });
});
