import { replayEndpoints as ep } from '../../schemas/replay/endpoints';
import type { ClientCore } from '../client-core';
import type { EndpointParams } from '../request-input';
import type { RequestOptions } from '../request-options';
import { ApiResource } from './api-resource';

/** `client.replay.tasks`: per-task governance summary and decision trace. */
export class ReplayTasksResource extends ApiResource {
  /** `GET /api/governance/tasks/{task_id}/summary`. */
  summary(taskId: string, options?: RequestOptions) {
    return this.core.call(ep.tasksSummary, { task_id: taskId }, undefined, options);
  }

  /**
   * `GET /api/governance/tasks/{task_id}/decision-trace`: `await` for one page, `for await` for
   * every trace item (stops safely on a server that ignores the cursor).
   */
  decisionTrace(
    taskId: string,
    params?: EndpointParams<typeof ep.tasksDecisionTrace>,
    options?: RequestOptions,
  ) {
    const input = { pathParams: { task_id: taskId }, query: params };
    return this.core.paginate(ep.tasksDecisionTrace, 'trace_items', input, options);
  }
}

/** `client.replay.decisions`: one decision's snapshot. */
export class ReplayDecisionsResource extends ApiResource {
  /** `GET /api/governance/decisions/{decision_id}`. */
  retrieve(decisionId: string, options?: RequestOptions) {
    return this.core.call(ep.decisionsRetrieve, { decision_id: decisionId }, undefined, options);
  }
}

/** `client.replay.stats`: blocked reasons, decision types and decision lag. */
export class ReplayStatsResource extends ApiResource {
  /** `GET /api/governance/stats/blocked-reasons`. */
  blockedReasons(params?: EndpointParams<typeof ep.statsBlockedReasons>, options?: RequestOptions) {
    return this.core.call(ep.statsBlockedReasons, undefined, params, options);
  }

  /** `GET /api/governance/stats/decision-types`. */
  decisionTypes(params?: EndpointParams<typeof ep.statsDecisionTypes>, options?: RequestOptions) {
    return this.core.call(ep.statsDecisionTypes, undefined, params, options);
  }

  /** `GET /api/governance/stats/decision-lag`. */
  decisionLag(params?: EndpointParams<typeof ep.statsDecisionLag>, options?: RequestOptions) {
    return this.core.call(ep.statsDecisionLag, undefined, params, options);
  }
}

/** `client.replay`: the Decision Replay API (prefix `/api/governance`). */
export class ReplayResource extends ApiResource {
  readonly tasks: ReplayTasksResource;
  readonly decisions: ReplayDecisionsResource;
  readonly stats: ReplayStatsResource;

  constructor(core: ClientCore) {
    super(core);
    this.tasks = new ReplayTasksResource(core);
    this.decisions = new ReplayDecisionsResource(core);
    this.stats = new ReplayStatsResource(core);
  }
}
