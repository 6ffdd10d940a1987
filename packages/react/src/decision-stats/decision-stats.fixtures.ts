import type { BlockedReasonsStats, DecisionLagStats, DecisionTypesStats } from '@govkit/sdk';
import { DecisionTypesStatsSchema } from '@govkit/sdk/schemas';

// The seed 002 document's examples, shared by tests, stories and the SSR registry.

export const BLOCKED_REASONS_STATS: BlockedReasonsStats = {
  window: '7d',
  top_n: 10,
  blocked_tasks: [
    {
      task_id: 'task-456',
      block_count: 15,
      last_blocked_at: '2026-12-03T09:15:00Z',
      reason_code: 'REDLINE_001',
    },
    {
      task_id: 'task-789',
      block_count: 8,
      last_blocked_at: '2026-12-02T17:40:00Z',
      reason_code: 'CONFLICT_API_LIMIT',
    },
    {
      task_id: 'task-101',
      block_count: 3,
      last_blocked_at: '2026-12-01T08:05:00Z',
      reason_code: null,
    },
  ],
};

// Parsed, because the schema's output type lists every known type while the server sends only
// the types with a count above zero.
export const DECISION_TYPES_STATS: DecisionTypesStats = DecisionTypesStatsSchema.parse({
  window: '24h',
  decision_types: { ALLOWED: 120, BLOCKED: 15, PAUSED: 5, RETRY_RECOMMENDED: 2 },
  total: 142,
});

export const DECISION_LAG_STATS: DecisionLagStats = {
  window: '24h',
  percentile: 99,
  p50: 0.15,
  p95: 0.85,
  value: 2.4,
  count: 142,
};
