import { EngineError } from '@govkit/sdk/engines';
import {
  DOMAIN_ERROR_CODES,
  DOMAIN_ERROR_DETAILS,
  runGovernanceEndpoints as ep,
} from '@govkit/sdk/schemas';
import { defineRoute, type RouteDefinition } from '../router/define-route';

/**
 * Run governance over the run-pipeline and run-lock engines. Handlers stay thin: the
 * route layer has already parsed path, query and body with the endpoint's schemas, and engine
 * refusals (`EngineError`) become `{detail, code}` responses there.
 */
export function createRunGovernanceRoutes(): RouteDefinition[] {
  return [
    defineRoute(ep.start, ({ params, body, store }) =>
      store.runGovernance.pipeline.runPipeline(params.workspace_id, body),
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
        throw EngineError.conflict(grant.message ?? DOMAIN_ERROR_DETAILS.runLockHeld, {
          code: DOMAIN_ERROR_CODES.runLockHeld,
        });
      }
      return grant;
    }),
    defineRoute(ep.remoteAssistCreate, ({ params, body, store, actor }) =>
      store.runGovernance.remoteAssist.create(params.workspace_id, body, actor.id),
    ),
    defineRoute(ep.remoteAssistList, ({ params, query, store }) =>
      store.runGovernance.remoteAssist.list(params.workspace_id, query),
    ),
    defineRoute(ep.lockRelease, ({ params, store }) => {
      // Unknown or stale ids are a no-op by contract: still 204.
      store.runGovernance.locks.releaseRunLock(params.lock_id);
      return undefined;
    }),
  ];
}
