import type { ClientContext } from './client-context';
import { type ClientOptions, resolveClientOptions } from './resolve-client-options';
import { Transport } from './transport';

/**
 * The context standalone endpoint functions take, without the client's resource tree: a host app
 * that calls one endpoint bundles the transport and that endpoint's schemas, nothing else.
 *
 * @example
 * import { createClientContext } from '@govkit/sdk/client/core';
 * import { replayTasksSummary } from '@govkit/sdk/client/replay';
 * const context = createClientContext({ baseURL: 'http://127.0.0.1:8080' });
 * const summary = await replayTasksSummary(context, 'task-123');
 */
export function createClientContext(options: ClientOptions): ClientContext {
  const resolved = resolveClientOptions(options);
  return { transport: new Transport(resolved), options: resolved };
}
