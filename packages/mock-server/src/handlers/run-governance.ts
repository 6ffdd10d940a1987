import { EngineError, RUN_LOCK_ERRORS, type RunLockActor } from '@govkit/sdk/engines';
import { runGovernanceEndpoints as ep, RUN_LOCK_HELD_MESSAGE } from '@govkit/sdk/schemas';
import { defineRoute, type RouteContext, type RouteDefinition } from '../router/define-route';

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
 * Run governance (seed 003) over the run-pipeline and run-lock engines. Handlers stay thin: the
 * route layer has already parsed path, query and body with the endpoint's schemas, and engine
 * refusals (`EngineError`) become `{detail, code}` responses there.
 */
export function createRunGovernanceRoutes(): RouteDefinition[] {
  return [
    defineRoute(ep.start, (context) => {
      assertOwnOrAdmin(context, context.body.owner);
      return context.store.runGovernance.pipeline.runPipeline(
        context.params.workspace_id,
        context.body,
      );
    }),
    defineRoute(ep.retrieve, ({ params, store }) =>
      store.runGovernance.pipeline.getRun(params.run_id),
    ),
    defineRoute(ep.lockState, (context) =>
      context.store.runGovernance.locks.getLockState(
        context.params.workspace_id,
        lockActor(context),
      ),
    ),
    defineRoute(ep.lockAcquire, (context) => {
      const { params, body, store } = context;
      assertOwnOrAdmin(context, body.owner);
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
    defineRoute(ep.lockRelease, (context) => {
      context.store.runGovernance.locks.releaseHeldLock(context.params.lock_id, lockActor(context));
      return undefined;
    }),
  ];
}
