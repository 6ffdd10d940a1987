import { describe, expect, it } from 'vitest';
import type { GovernanceAnalyticsReport } from '../../schemas/analytics/analytics-report';
import { WORLD_USERS as U } from '../overrides/fixtures/override-world';
import { computeApprovalStageMeta } from './analytics-approval-stages';
import { createAnalyticsWorld } from './fixtures/analytics-world';

const full = (
  world: ReturnType<typeof createAnalyticsWorld>,
  actor: string = U.admin,
  execution_id?: string,
) =>
  world.analytics.retrieve(
    actor,
    execution_id ? { execution_id } : {},
  ) as GovernanceAnalyticsReport;

describe('approval-stage meta', () => {
  it('reports per-export stage metrics and the overdue summary', () => {
    const world = createAnalyticsWorld();
    world.clock.set('2025-01-01T12:00:00.000Z');
    world.sources.putExport({
      id: 'x1',
      execution_id: 'exe-1',
      approval_stages: [
        {
          id: 's1',
          sequence_index: 1,
          required_role: 'qa',
          status: 'approved',
          started_at: '2025-01-01T00:00:00.000Z',
          completed_at: '2025-01-01T02:00:00.000Z',
          due_at: '2025-01-01T01:00:00.000Z',
        },
        {
          id: 's2',
          sequence_index: 2,
          required_role: 'pi',
          status: 'in_progress',
          started_at: '2025-01-01T02:00:00.000Z',
          due_at: '2025-01-01T11:30:00.000Z',
        },
        { id: 's3', sequence_index: 3, required_role: 'pi', status: 'pending' },
      ],
    });
    const meta = full(world).meta;
    expect(meta?.approval_stage_metrics.x1).toMatchObject({
      total: 3,
      overdue_count: 2,
      mean_resolution_minutes: 120,
      status_counts: { approved: 1, in_progress: 1, pending: 1 },
    });
    expect(meta?.approval_stage_metrics.x1?.stage_details.s1).toEqual({
      status: 'approved',
      breached: true,
      resolution_minutes: 120,
      due_at: '2025-01-01T01:00:00.000Z',
      completed_at: '2025-01-01T02:00:00.000Z',
    });
    expect(meta?.overdue_stage_summary).toMatchObject({
      total_overdue: 2,
      open_overdue: 1,
      resolved_overdue: 1,
      overdue_exports: ['x1'],
      role_counts: { qa: 1, pi: 1 },
      mean_open_minutes: 30,
      open_age_buckets: { lt60: 1, '60to180': 0, gt180: 0 },
      trend: [{ date: '2025-01-01', count: 2 }],
    });
  });

  it('buckets open overdue stages by age, counts monitor flags, and orders the daily trend', () => {
    const now = Date.parse('2025-01-03T12:00:00.000Z');
    const open = (id: string, due_at: string) => ({
      id,
      sequence_index: 1,
      required_role: 'qa',
      status: 'in_progress',
      due_at,
    });
    const meta = computeApprovalStageMeta(
      [
        {
          id: 'x2',
          execution_id: 'exe-1',
          approval_stages: [
            open('late-2h', '2025-01-03T10:00:00.000Z'),
            open('late-3h', '2025-01-03T09:00:00.000Z'),
            open('late-2d', '2025-01-01T12:00:00.000Z'),
            // Flagged by the SLA monitor with no due time: detected when flagged, age 0.
            {
              id: 'flagged',
              sequence_index: 2,
              required_role: 'pi',
              status: 'pending',
              overdue_notified_at: '2025-01-02T08:00:00.000Z',
            },
            // Not yet due and not flagged: not overdue.
            open('on-time', '2025-01-03T13:00:00.000Z'),
          ],
        },
        { id: 'x1', execution_id: 'exe-1', approval_stages: [] },
      ],
      now,
    );
    const summary = meta.overdue_stage_summary;
    if (!summary) throw new Error('expected an overdue summary');
    expect(summary.open_age_buckets).toEqual({ lt60: 1, '60to180': 2, gt180: 1 });
    expect(summary.overdue_exports).toEqual(['x2']);
    expect(summary.trend).toEqual([
      { date: '2025-01-01', count: 1 },
      { date: '2025-01-02', count: 1 },
      { date: '2025-01-03', count: 2 },
    ]);
    expect(summary.stage_samples.find((s) => s.stage_id === 'flagged')).toMatchObject({
      due_at: null,
      detected_at: '2025-01-02T08:00:00.000Z',
    });
    expect(meta.approval_stage_metrics.x2?.stage_details['on-time']).toMatchObject({
      breached: false,
      resolution_minutes: null,
      completed_at: null,
    });
    expect(meta.approval_stage_metrics.x1).toMatchObject({ total: 0, overdue_count: 0 });
    expect(meta.approval_stage_metrics.x1?.mean_resolution_minutes).toBeNull();
  });
});
