import {
  REMOTE_ASSIST_RATE_LIMIT,
  REMOTE_ASSIST_RATE_LIMITED_MESSAGE,
  REMOTE_ASSIST_RATE_WINDOW_SECONDS,
  type RemoteAssistList,
  type RemoteAssistListParams,
  RemoteAssistListParamsSchema,
  type RemoteAssistRequest,
  type RemoteAssistRequestBody,
  RemoteAssistRequestBodySchema,
} from '../../schemas/run-governance/remote-assist';
import type { Clock } from '../shared/clock';
import { EngineError } from '../shared/engine-error';
import type { IdGenerator } from '../shared/id-generator';

/** Where remote-assist requests are kept. */
export interface RemoteAssistStore {
  put(request: RemoteAssistRequest): void;
  /** A workspace's requests, in any order. */
  listByWorkspace(workspaceId: string): RemoteAssistRequest[];
  /** Every request, in any order (snapshots). */
  list(): RemoteAssistRequest[];
}

/** An in-memory {@link RemoteAssistStore}. */
export function createMemoryRemoteAssistStore(): RemoteAssistStore {
  const byId = new Map<string, RemoteAssistRequest>();
  return {
    put: (request) => void byId.set(String(request.id), structuredClone(request)),
    listByWorkspace: (workspaceId) =>
      [...byId.values()]
        .filter((r) => r.workspace_id === workspaceId)
        .map((r) => structuredClone(r)),
    list: () => [...byId.values()].map((r) => structuredClone(r)),
  };
}

/** Options of {@link createRemoteAssistEngine}. */
export interface RemoteAssistEngineOptions {
  clock: Clock;
  ids: IdGenerator;
  store?: RemoteAssistStore;
  /** Requests per workspace per window (default 5 per hour). */
  rateLimit?: { max: number; windowSeconds: number };
}

/** The engine returned by {@link createRemoteAssistEngine}. */
export interface RemoteAssistEngine {
  /**
   * File a request (`createRemoteAssistRequest`). Refuses a malformed body (422,
   * nothing stored) and a workspace over its rate limit (429 `remote_assist_rate_limited`,
   * `data.retry_after_seconds` until the oldest request in the window ages out).
   */
  create(
    workspaceId: string,
    body: RemoteAssistRequestBody,
    requestedBy?: string | null,
  ): RemoteAssistRequest;
  /** A workspace's requests, newest first, with the total count. */
  list(workspaceId: string, params?: RemoteAssistListParams): RemoteAssistList;
  readonly store: RemoteAssistStore;
}

const newestFirst = (a: RemoteAssistRequest, b: RemoteAssistRequest) =>
  b.created_at.localeCompare(a.created_at) || String(b.id).localeCompare(String(a.id));

/** Build the remote-assist engine: validated, rate-limited per workspace, clock-injected. */
export function createRemoteAssistEngine(options: RemoteAssistEngineOptions): RemoteAssistEngine {
  const store = options.store ?? createMemoryRemoteAssistStore();
  const max = options.rateLimit?.max ?? REMOTE_ASSIST_RATE_LIMIT;
  const windowMs = (options.rateLimit?.windowSeconds ?? REMOTE_ASSIST_RATE_WINDOW_SECONDS) * 1000;
  return {
    store,
    create(workspaceId, body, requestedBy = null) {
      if (!workspaceId.trim()) throw EngineError.unprocessable('workspace_id is required');
      const parsed = RemoteAssistRequestBodySchema.safeParse(body);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw EngineError.unprocessable(
          `Invalid remote assist request: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid body'}`,
        );
      }
      const now = options.clock.now();
      const recent = store
        .listByWorkspace(workspaceId)
        .map((r) => Date.parse(r.created_at))
        .filter((at) => at > now - windowMs)
        .sort((a, b) => a - b);
      if (recent.length >= max) {
        const oldest = recent[recent.length - max] ?? now;
        throw new EngineError(429, REMOTE_ASSIST_RATE_LIMITED_MESSAGE, {
          code: 'remote_assist_rate_limited',
          data: { retry_after_seconds: Math.max(1, Math.ceil((oldest + windowMs - now) / 1000)) },
        });
      }
      const request: RemoteAssistRequest = {
        id: options.ids.next('assist'),
        workspace_id: workspaceId,
        ...parsed.data,
        status: 'open',
        requested_by: requestedBy,
        created_at: new Date(now).toISOString(),
      };
      store.put(request);
      return request;
    },
    list(workspaceId, params = {}) {
      const { limit } = RemoteAssistListParamsSchema.parse(params);
      const all = store.listByWorkspace(workspaceId).sort(newestFirst);
      return { workspace_id: workspaceId, items: all.slice(0, limit), total: all.length };
    },
  };
}
