import type { ContractInput, ContractSchema, EndpointDefinition } from '@govkit/sdk';
import { type HttpHandler, type HttpResponseResolver, http } from 'msw';

/** The path parameters of an endpoint as MSW hands them to a resolver (strings). */
export type EndpointPathParamsOf<E> =
  E extends EndpointDefinition<infer P>
    ? P extends ContractSchema
      ? { [K in Extract<keyof ContractInput<P>, string>]: string }
      : Record<string, never>
    : never;

export interface OverrideEndpointOptions {
  /** Origin the API is served from; default any origin (`*`), as in stories and host tests. */
  baseURL?: string | undefined;
  /** Answer only the first matching request, then let the mock server answer again. */
  once?: boolean | undefined;
}

/** `/api/governance/tasks/{task_id}/summary` → `/api/governance/tasks/:task_id/summary`. */
export function toMswPath(template: string): string {
  return template.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, ':$1');
}

/**
 * One MSW handler that answers ONE govkit endpoint your way: an error, a delay, an empty list,
 * a payload the seeded world does not have. Put it before the govkit handlers (`worker.use(…)`,
 * `setupGovkitServer(options, override)`, a story's `beforeEach`) and every other endpoint keeps
 * answering from the mock server.
 *
 * @example
 * overrideEndpoint(replayEndpoints.tasksSummary, () =>
 *   HttpResponse.json({ detail: 'Supervisor database unavailable' }, { status: 500 }),
 * );
 */
export function overrideEndpoint<E extends EndpointDefinition>(
  endpoint: E,
  resolver: HttpResponseResolver<EndpointPathParamsOf<E>>,
  options: OverrideEndpointOptions = {},
): HttpHandler {
  const origin = options.baseURL ? options.baseURL.replace(/\/+$/, '') : '*';
  const method = endpoint.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  return http[method](
    `${origin}${toMswPath(endpoint.path)}`,
    resolver as unknown as HttpResponseResolver,
    { once: options.once ?? false },
  );
}
