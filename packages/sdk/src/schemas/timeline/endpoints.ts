import { defineEndpoint } from '../shared/endpoint';
import {
  TimelinePageSchema,
  TimelineParamsSchema,
  TimelineStreamParamsSchema,
} from './timeline-page';
import { TimelineStreamFrameSchema } from './timeline-stream-frame';

const TAG = 'Governance timeline';

/** The decision timeline and its live lock/cooldown stream. */
export const timelineEndpoints = {
  list: defineEndpoint({
    id: 'timeline.list',
    method: 'GET',
    path: '/api/experiment-console/governance/timeline',
    summary: 'Decision timeline',
    description:
      'Override recommendations and actions (with lineage and reversals), baseline events, ' +
      'coaching notes and analytics snapshots, newest first, cursor-paginated.',
    tag: TAG,
    query: TimelineParamsSchema,
    response: TimelinePageSchema,
    errorStatuses: [400, 401, 403, 404, 422],
    pagination: { cursorParam: 'cursor', itemsKey: 'entries', nextCursorKey: 'next_cursor' },
  }),
  stream: defineEndpoint({
    id: 'timeline.stream',
    method: 'GET',
    path: '/api/experiment-console/governance/timeline/stream',
    summary: 'Live override locks and cooldowns',
    description:
      'Server-Sent Events: a `snapshot` frame first, then `lock_event` and `cooldown_tick` ' +
      'frames. Needs the Authorization header, so browsers must use a fetch-based reader.',
    tag: TAG,
    query: TimelineStreamParamsSchema,
    response: TimelineStreamFrameSchema,
    responseKind: 'sse',
    errorStatuses: [400, 401, 403, 404, 422],
  }),
} as const;
