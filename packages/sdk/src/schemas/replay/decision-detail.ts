import type { z } from 'zod';
import { openObject } from '../shared/open-object';
import { IdSchema } from '../shared/primitives';
import { DecisionSnapshotPayloadSchema } from './decision-snapshot-payload';

/**
 * One decision (`GET /api/governance/decisions/{decision_id}`): the snapshot stored with the audit
 * whose `decision_id` matches. When an audit payload has no `decision_snapshot` key, the whole
 * payload is returned instead (legacy fallback), so `decision_snapshot` may be the frozen contract
 * or the legacy supervisor payload; it is null only when a writer stored an explicit null.
 */
export const DecisionDetailSchema = openObject({
  decision_id: IdSchema,
  decision_snapshot: DecisionSnapshotPayloadSchema.nullable(),
});
export type DecisionDetail = z.output<typeof DecisionDetailSchema>;
