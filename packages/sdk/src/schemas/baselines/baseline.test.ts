import { describe, expect, it } from 'vitest';
import { safeParseContract } from '../shared/parse-mode';
import { BaselineCollectionSchema, BaselineSchema } from './baseline';
import {
  BaselineReviewSchema,
  BaselineRollbackSchema,
  BaselineSubmissionSchema,
} from './baseline-requests';
import { baselinesEndpoints } from './endpoints';

const baseline = {
  id: 'b-1',
  execution_id: 'e-1',
  template_id: 'p-1',
  team_id: null,
  name: 'Baseline',
  status: 'published',
  labels: [{ key: 'site', value: 'north' }],
  reviewer_ids: ['u-2'],
  version_number: 1,
  is_current: true,
  submitted_by_id: 'u-1',
  submitted_at: '2025-01-01T00:00:00Z',
  created_at: '2025-01-01T00:00:00Z',
  updated_at: '2025-01-01T00:00:00Z',
  events: [
    {
      id: 'ev-1',
      baseline_id: 'b-1',
      action: 'published',
      detail: { version_number: 1, template_id: 'p-1' },
      performed_by_id: 'u-2',
      created_at: '2025-01-01T00:00:00Z',
    },
  ],
};

describe('baseline schemas', () => {
  it('parses a baseline collection', () => {
    const parsed = BaselineCollectionSchema.parse({ items: [baseline] });
    expect(parsed.items[0]?.events[0]?.action).toBe('published');
  });
  it('reports new statuses leniently and rejects them strictly', () => {
    const newer = { ...baseline, status: 'superseded' };
    expect(safeParseContract(BaselineSchema, newer).success).toBe(true);
    expect(safeParseContract(BaselineSchema, newer, { mode: 'strict' }).success).toBe(false);
  });
  it('validates request bodies', () => {
    expect(BaselineSubmissionSchema.parse({ execution_id: 'e-1', name: 'B' })).toEqual({
      execution_id: 'e-1',
      name: 'B',
      reviewer_ids: [],
      labels: [],
    });
    expect(BaselineReviewSchema.safeParse({ decision: 'approved' }).success).toBe(false);
    expect(BaselineRollbackSchema.safeParse({ reason: '' }).success).toBe(false);
  });
});

describe('baselinesEndpoints', () => {
  it('routes submissions and decisions', () => {
    expect(baselinesEndpoints.submit).toMatchObject({
      id: 'baselines.submit',
      method: 'POST',
      path: '/api/governance/baselines/submissions',
      successStatus: 201,
    });
    expect(baselinesEndpoints.review.path).toBe('/api/governance/baselines/{baseline_id}/review');
    expect(baselinesEndpoints.list.path).toBe('/api/governance/baselines');
    expect(baselinesEndpoints.rollback.errorStatuses).toEqual(
      expect.arrayContaining([400, 403, 404]),
    );
  });
});
