import { EngineError } from '@govkit/sdk/engines';
import {
  DOMAIN_ERROR_CODES,
  DOMAIN_ERROR_DETAILS,
  runGovernanceEndpoints as ep,
} from '@govkit/sdk/schemas';
import { defineRoute, type RouteDefinition } from '../router/define-route';
import type { MockStore } from '../store/mock-store';

/**
 * Run governance over the run-pipeline and run-lock engines. Handlers stay thin: the
 * route layer has already parsed path, query and body with the endpoint's schemas, and engine
 * refusals (`EngineError`) become `{detail, code}` responses there.
 */
export function createRunGovernanceRoutes(): RouteDefinition[] {
  return [
    defineRoute(ep.start, ({ params, body, store }) =>
      pipelineOf(store).runPipeline(params.workspace_id, body),
    ),
    defineRoute(ep.retrieve, ({ params, store }) => pipelineOf(store).getRun(params.run_id)),
    defineRoute(ep.lockState, ({ params, store }) =>
      locksOf(store).getLockState(params.workspace_id),
    ),
    defineRoute(ep.lockAcquire, async ({ params, body, store }) => {
      const grant = await locksOf(store).acquireRunLock(
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
    defineRoute(ep.lockRelease, async ({ params, store }) => {
      // Unknown or stale ids are a no-op by contract: still 204.
      await locksOf(store).releaseRunLock(params.lock_id);
      return undefined;
    }),
  ];
}

// A durable store (--store pglite:… / postgres://…) replaces the in-memory engines; same contract.
const pipelineOf = (store: MockStore) => store.durable?.pipeline ?? store.runGovernance.pipeline;
const locksOf = (store: MockStore) => store.durable?.locks ?? store.runGovernance.locks;
