import { evidenceEndpoints as ep } from '@govkit/sdk/schemas';
import { type DomainRouteTable, defineRoute } from '../router/define-route';

/**
 * Evidence discovery for export attachment pickers: `GET /api/notebook/entries/evidence`
 * and `GET /api/data/evidence`, over the shared store's evidence catalog and event log.
 * Pages are newest first and limited to what the acting user may see (own notebook entries,
 * executions they can open; admins see everything). `next_cursor` is opaque and stable across
 * timestamp ties; a bare ISO timestamp (an older server's cursor) is accepted, anything else is 400
 * "Invalid cursor". An `execution_id` filter must name an execution the caller can open (404 / 403).
 */
export function createEvidenceRoutes(): DomainRouteTable<'evidence'> {
  return {
    notebook: defineRoute(ep.notebook, ({ query, store, actor }) =>
      store.evidence.discovery.notebook(actor.id, query),
    ),
    data: defineRoute(ep.data, ({ query, store, actor }) =>
      store.evidence.discovery.data(actor.id, query),
    ),
  };
}
