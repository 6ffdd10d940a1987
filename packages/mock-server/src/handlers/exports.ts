import { narrativeArtifactPath } from '@govkit/sdk/engines';
import { exportsEndpoints as ep } from '@govkit/sdk/schemas';
import { type DomainRouteTable, defineRoute } from '../router/define-route';
import { binaryBody } from '../router/route-results';

/**
 * Narrative exports (console routes under
 * `/api/experiment-console/sessions/{execution_id}/exports/narrative`) over the shared store's
 * export engine. The acting user is `ctx.actor.id`: the engine enforces execution access
 * and the approval ladder's stage holders (assignee, delegate or `required_role`; admins sign for
 * anyone), and refuses without writing.
 *
 * Packaging runs as soon as the last stage is approved, so the final `approve` answers with
 * `artifact_status: "ready"` (or `retrying` when packaging fails, see `failPackaging`). The
 * artifact download re-checks the SHA-256: 409 not ready, 410 expired, 500
 * `artifact_integrity` after `store.exports.artifacts.corrupt(fileId)`; those refusals carry the
 * contract's side effects (the export is marked expired or failed).
 */
export function createExportsRoutes(): DomainRouteTable<'exports'> {
  return {
    create: defineRoute(ep.create, ({ params, query, body, store, actor }) =>
      store.exports.engine.create(actor.id, params.execution_id, body, {
        dryRun: query.dry_run,
      }),
    ),
    list: defineRoute(ep.list, ({ params, store, actor }) =>
      store.exports.engine.list(actor.id, params.execution_id),
    ),
    approve: defineRoute(ep.approve, ({ params, query, body, store, actor }) =>
      store.exports.engine.approve(actor.id, params.execution_id, params.export_id, body, {
        dryRun: query.dry_run,
      }),
    ),
    stagesDelegate: defineRoute(ep.stagesDelegate, ({ params, body, store, actor }) =>
      store.exports.engine.delegate(
        actor.id,
        params.execution_id,
        params.export_id,
        params.stage_id,
        body,
      ),
    ),
    stagesReset: defineRoute(ep.stagesReset, ({ params, body, store, actor }) =>
      store.exports.engine.reset(
        actor.id,
        params.execution_id,
        params.export_id,
        params.stage_id,
        body,
      ),
    ),
    // A signed URL (`?expires=&signature=`, the export's `artifact_signed_url`) stands in for
    // the user: valid → the artifact, whoever asks; tampered → 403; expired → 410. Without one,
    // the acting user's access is checked as usual.
    artifact: defineRoute(ep.artifact, ({ params, query, store, actor }) => {
      const download =
        query.signature !== undefined || query.expires !== undefined
          ? store.exports.engine.signedArtifact(
              params.execution_id,
              params.export_id,
              `${narrativeArtifactPath(params.execution_id, params.export_id)}?${new URLSearchParams(
                {
                  expires: String(query.expires ?? ''),
                  signature: query.signature ?? '',
                },
              )}`,
            )
          : store.exports.engine.artifact(actor.id, params.execution_id, params.export_id);
      return binaryBody(download.bytes, {
        contentType: download.content_type,
        filename: download.filename,
      });
    }),
    jobs: defineRoute(ep.jobs, ({ store, actor }) => store.exports.engine.jobs(actor.id)),
  };
}
