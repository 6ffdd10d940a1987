import { defineEndpoint } from '../shared/endpoint';
import {
  GovernanceAnalyticsParamsSchema,
  GovernanceAnalyticsResponseSchema,
} from './analytics-report';

/** Governance analytics: SLA accuracy, blocker trends, ladder load, cadence. */
export const analyticsEndpoints = {
  retrieve: defineEndpoint({
    id: 'analytics.retrieve',
    method: 'GET',
    path: '/api/governance/analytics',
    summary: 'Governance analytics',
    description:
      '`view=full` answers the full report, `view=reviewer` the reviewer cadence view. Cached ' +
      'for 30 s per user and team scope; override actions, coaching-note changes and ' +
      'approval-stage changes invalidate the cache.',
    tag: 'Analytics',
    query: GovernanceAnalyticsParamsSchema,
    response: GovernanceAnalyticsResponseSchema,
    errorStatuses: [401, 403, 404, 422],
  }),
} as const;
