import { EngineError } from '@govkit/sdk/engines';
import { runGovernanceEndpoints as ep, RUN_LOCK_HELD_MESSAGE } from '@govkit/sdk/schemas';
import { defineRoute, type RouteDefinition } from '../router/define-route';

/**
 * Run governance (seed 003) over the run-pipeline and run-lock engines. Handlers stay thin: the
 * route layer has already parsed path, query and body with the endpoint's schemas, and engine
 * refusals (`EngineError`) become `{detail, code}` responses there.
 */
export function createRunGovernanceRoutes(): RouteDefinition[] {
  return [
    // `owner` defaults to the acting user: the server knows who is calling.
    defineRoute(ep.start, ({ params, body, store, actor }) =>
      store.runGovernance.pipeline.runPipeline(params.workspace_id, {
        ...body,
        owner: body.owner ?? actor.id,
      }),
    ),
    defineRoute(ep.retrieve, ({ params, store }) =>
      store.runGovernance.pipeline.getRun(params.run_id),
    ),
    defineRoute(ep.lockState, ({ params, store }) =>
      store.runGovernance.locks.getLockState(params.workspace_id),
    ),
    defineRoute(ep.lockAcquire, ({ params, body, store }) => {
      const grant = store.runGovernance.locks.acquireRunLock(
        params.workspace_id,
        body.owner,
        body.ttl_seconds,
      );
      // The engine refuses by returning `acquired: false`; over HTTP a refusal is a 409 with the
      // calm message as `detail` (contract-decisions.md, run governance).
      if (!grant.acquired) {
        throw EngineError.conflict(grant.message ?? RUN_LOCK_HELD_MESSAGE, {
          code: 'run_lock_held',
        });
      }
      return grant;
    }),
    defineRoute(ep.lockRelease, ({ params, store }) => {
      // Unknown or stale ids are a no-op by contract: still 204.
      store.runGovernance.locks.releaseRunLock(params.lock_id);
      return undefined;
    }),
  ];
}
