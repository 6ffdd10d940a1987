import { defineEndpoint } from '../shared/endpoint';
import { DataEvidencePageSchema, NotebookEvidencePageSchema } from './evidence-item';
import { DataEvidenceParamsSchema, NotebookEvidenceParamsSchema } from './evidence-params';

const TAG = 'Evidence discovery';
const PAGINATION = { cursorParam: 'cursor', itemsKey: 'items', nextCursorKey: 'next_cursor' };

/**
 * Evidence discovery for narrative-export attachment pickers. Both pages answer 400
 * "Invalid cursor" / "Invalid execution id filter"; govkit also enforces execution access (403).
 */
export const evidenceEndpoints = {
  notebook: defineEndpoint({
    id: 'evidence.notebook',
    method: 'GET',
    path: '/api/notebook/entries/evidence',
    summary: 'Discover notebook entries to attach as evidence',
    tag: TAG,
    query: NotebookEvidenceParamsSchema,
    response: NotebookEvidencePageSchema,
    errorStatuses: [400, 401, 403, 404, 422],
    pagination: PAGINATION,
  }),
  data: defineEndpoint({
    id: 'evidence.data',
    method: 'GET',
    path: '/api/data/evidence',
    summary: 'Discover analytics snapshots, QC metrics or remediation reports',
    tag: TAG,
    query: DataEvidenceParamsSchema,
    response: DataEvidencePageSchema,
    errorStatuses: [400, 401, 403, 404, 422],
    pagination: PAGINATION,
  }),
} as const;
