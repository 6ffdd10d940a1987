import { requireAdmin } from '@govkit/sdk/engines';
import { migrationsEndpoints as ep } from '@govkit/sdk/schemas';
import { type DomainRouteTable, defineRoute } from '../router/define-route';

/**
 * The governance data migrations (admins only) behind `govkit migrate-exports` and
 * `govkit backfill-lineage`: both idempotent, both with `?dry_run=true`.
 */
export function createMigrationsRoutes(): DomainRouteTable<'migrations'> {
  return {
    exportSnapshots: defineRoute(ep.exportSnapshots, ({ query, store, actor }) =>
      store.exports.engine.backfillSnapshots(actor.id, { dryRun: query.dry_run }),
    ),
    overrideLineage: defineRoute(ep.overrideLineage, ({ query, store, actor }) => {
      requireAdmin(store.directory, actor.id);
      return store.overrides.engine.backfillLineage({ dryRun: query.dry_run });
    }),
  };
}
