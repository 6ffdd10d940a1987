import { lineageEndpoints as ep, type LineageAccessContext } from '@govkit/sdk/schemas';
import { defineRoute, type RouteContext, type RouteDefinition } from '../router/define-route';
import { binaryBody } from '../router/route-results';

/**
 * Report lineage over the lineage engine, prefix `/api/lineage`. Views, logs,
 * downloads and searches are audited with the acting user, the client's ip and its user agent
 * ({@link lineageAccessContext}); stats, delete and the audit trail itself are not.
 */
export function createLineageRoutes(): RouteDefinition[] {
  return [
    defineRoute(ep.search, (context) =>
      context.store.lineage.engine.search(context.query, lineageAccessContext(context)),
    ),
    defineRoute(ep.retrieve, (context) =>
      context.store.lineage.engine.getByReportId(
        context.params.report_id,
        lineageAccessContext(context),
      ),
    ),
    defineRoute(ep.logs, (context) =>
      context.store.lineage.engine.getLogs(
        context.params.lineage_id,
        context.query,
        lineageAccessContext(context),
      ),
    ),
    defineRoute(ep.download, (context) => {
      const download = context.store.lineage.engine.download(
        context.params.lineage_id,
        lineageAccessContext(context),
      );
      return binaryBody(download.bytes, {
        contentType: download.content_type,
        filename: download.filename,
        headers: { 'content-length': String(download.content_length) },
      });
    }),
    defineRoute(ep.stats, ({ store }) => store.lineage.engine.getStats()),
    defineRoute(ep.delete, ({ params, store }) =>
      store.lineage.engine.deleteLineage(params.lineage_id),
    ),
    defineRoute(ep.audit, ({ params, query, store }) =>
      store.lineage.engine.listAudit(params.lineage_id, query),
    ),
  ];
}

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
