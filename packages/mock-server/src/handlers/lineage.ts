import type { LineageAccessContext } from '@govkit/sdk';
import { EngineError } from '@govkit/sdk/engines';
import { lineageEndpoints as ep } from '@govkit/sdk/schemas';
import { type DomainRouteTable, defineRoute, type RouteContext } from '../router/define-route';
import { binaryBody } from '../router/route-results';
import type { MockStore } from '../store/mock-store';

/** The 403 `detail` of a lineage delete by anyone but an admin. */
export const LINEAGE_DELETE_FORBIDDEN = 'Only an admin can delete lineage';

/**
 * Report lineage over the lineage engine, prefix `/api/lineage`. Views, logs,
 * downloads and searches are audited with the acting user, the client's ip and its user agent
 * ({@link lineageAccessContext}); stats and the audit trail itself are not. Deleting is for admins
 * only and goes to the engine's deletion log, which outlives the deleted lineage's own trail.
 */
export function createLineageRoutes(): DomainRouteTable<'lineage'> {
  return {
    search: defineRoute(ep.search, (context) =>
      lineageOf(context.store).search(context.query, lineageAccessContext(context)),
    ),
    retrieve: defineRoute(ep.retrieve, (context) =>
      lineageOf(context.store).getByReportId(
        context.params.report_id,
        lineageAccessContext(context),
      ),
    ),
    logs: defineRoute(ep.logs, (context) =>
      lineageOf(context.store).getLogs(
        context.params.lineage_id,
        context.query,
        lineageAccessContext(context),
      ),
    ),
    download: defineRoute(ep.download, async (context) => {
      const download = await lineageOf(context.store).download(
        context.params.lineage_id,
        lineageAccessContext(context),
      );
      return binaryBody(download.bytes, {
        contentType: download.content_type,
        filename: download.filename,
        headers: { 'content-length': String(download.content_length) },
      });
    }),
    stats: defineRoute(ep.stats, ({ store }) => lineageOf(store).getStats()),
    delete: defineRoute(ep.delete, (context) => {
      // Lineage is an audit record: deleting it is an admin's decision, and is itself recorded.
      if (!context.store.directory.getUser(context.actor.id)?.is_admin) {
        throw EngineError.forbidden(LINEAGE_DELETE_FORBIDDEN, { code: 'forbidden' });
      }
      return lineageOf(context.store).deleteLineage(
        context.params.lineage_id,
        lineageAccessContext(context),
      );
    }),
    audit: defineRoute(ep.audit, ({ params, query, store }) =>
      lineageOf(store).listAudit(params.lineage_id, query),
    ),
  };
}

// A durable store (--store pglite:… / postgres://…) replaces the in-memory engine; same contract.
const lineageOf = (store: MockStore) => store.durable?.lineage ?? store.lineage.engine;

/**
 * Who is reading, for the access trail: the acting user (see `resolveActor`), the client ip and
 * the `User-Agent` header.
 *
 * The ip comes from `X-Forwarded-For` (first hop) or `X-Real-IP`, as behind a proxy: a fetch
 * `Request` carries no socket address, in MSW or in the standalone server. Without either header
 * the ip is unknown (null), as the real system stored it when it had no client host.
 */
export function lineageAccessContext({ actor, request }: RouteContext): LineageAccessContext {
  const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  const realIp = request.headers.get('x-real-ip')?.trim();
  return {
    user_id: actor.id,
    ip_address: forwarded || realIp || null,
    user_agent: request.headers.get('user-agent'),
  };
}
