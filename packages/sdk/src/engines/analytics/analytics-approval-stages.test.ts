import { describe, expect, it } from 'vitest';
import type { GovernanceAnalyticsReport } from '../../schemas/analytics/analytics-report';
import { WORLD_USERS as U } from '../overrides/fixtures/override-world';
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
});
