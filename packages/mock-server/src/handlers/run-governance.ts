import { EngineError, RUN_LOCK_ERRORS, type RunLockActor } from '@govkit/sdk/engines';
import {
  DOMAIN_ERROR_CODES,
  DOMAIN_ERROR_DETAILS,
  runGovernanceEndpoints as ep,
} from '@govkit/sdk/schemas';
import { type DomainRouteTable, defineRoute, type RouteContext } from '../router/define-route';
import type { MockStore } from '../store/mock-store';

/**
 * The acting user as the lock checks see them. Writes only reach a handler with a known user (the
 * route layer answers 401 otherwise); an unknown reader is simply not an admin and holds nothing.
 */
function lockActor({ actor, store }: RouteContext): RunLockActor {
  return { id: actor.id, is_admin: store.directory.getUser(actor.id)?.is_admin ?? false };
}

/** The holder of a lock is who takes it: only an admin may name someone else as `owner`. */
function assertOwnOrAdmin(context: RouteContext, owner: string): void {
  const actor = lockActor(context);
  if (!actor.is_admin && owner !== actor.id) {
    throw EngineError.forbidden(RUN_LOCK_ERRORS.notOwner, { code: 'forbidden' });
  }
}

/**
 * Run governance over the run-pipeline and run-lock engines. Handlers stay thin: the
 * route layer has already parsed path, query and body with the endpoint's schemas, and engine
 * refusals (`EngineError`) become `{detail, code}` responses there.
 */
export function createRunGovernanceRoutes(): DomainRouteTable<'runGovernance'> {
  return {
    // `owner` defaults to the acting user: the server knows who is calling.
    start: defineRoute(ep.start, (context) => {
      const owner = context.body.owner ?? context.actor.id;
      assertOwnOrAdmin(context, owner);
      return pipelineOf(context.store).runPipeline(context.params.workspace_id, {
        ...context.body,
        owner,
      });
    }),
    retrieve: defineRoute(ep.retrieve, ({ params, store }) =>
      pipelineOf(store).getRun(params.run_id),
    ),
    lockState: defineRoute(ep.lockState, (context) =>
      locksOf(context.store).getLockState(context.params.workspace_id, lockActor(context)),
    ),
    lockAcquire: defineRoute(ep.lockAcquire, async (context) => {
      const { params, body, store } = context;
      assertOwnOrAdmin(context, body.owner);
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
    remoteAssistCreate: defineRoute(ep.remoteAssistCreate, ({ params, body, store, actor }) =>
      store.runGovernance.remoteAssist.create(actor.id, params.workspace_id, body),
    ),
    remoteAssistList: defineRoute(ep.remoteAssistList, ({ params, query, store }) =>
      store.runGovernance.remoteAssist.list(params.workspace_id, query),
    ),
    lockRelease: defineRoute(ep.lockRelease, async (context) => {
      await locksOf(context.store).releaseHeldLock(context.params.lock_id, lockActor(context));
      return undefined;
    }),
  };
}

// A durable store (--store pglite:… / postgres://…) replaces the in-memory engines; same contract.
const pipelineOf = (store: MockStore) => store.durable?.pipeline ?? store.runGovernance.pipeline;
const locksOf = (store: MockStore) => store.durable?.locks ?? store.runGovernance.locks;
