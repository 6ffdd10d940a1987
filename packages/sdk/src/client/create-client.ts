import type { EndpointDefinition } from '../schemas/shared/endpoint';
import { ClientCore, type EndpointResult } from './client-core';
import { bindClientTree, type ClientTree } from './client-tree';
import type { RequestInput } from './request-input';
import type { RequestOptions } from './request-options';
import { type ClientOptions, resolveClientOptions } from './resolve-client-options';

export type { ClientOptions } from './resolve-client-options';

// The resource tree (`replay`, `runs`, … down to every method) is declared by merging the derived
// `ClientTree` into the class: one property per domain, typed from the endpoint registry.
export interface GovkitClient extends ClientTree {}

/**
 * The govkit client: a resource tree named after the API's domains, every method taking path ids
 * first, then params or body, then {@link RequestOptions}. The tree is derived from the endpoint
 * registry: each endpoint's standalone function sits at its id (`replay.tasks.summary`).
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface only adds the tree's types, which the constructor assigns.
export class GovkitClient {
  /** The options this client was built with (what {@link withOptions} starts from). */
  readonly clientOptions: Readonly<ClientOptions>;
  /** The generic request engine every resource uses; also an escape hatch for custom calls. */
  readonly core: ClientCore;

  constructor(options: ClientOptions) {
    const resolved = resolveClientOptions(options);
    this.clientOptions = Object.freeze({ ...options });
    this.core = new ClientCore(resolved);
    Object.assign(this, bindClientTree(this.core));
  }

  /** A new client with some options replaced; this one is unchanged. */
  withOptions(options: Partial<ClientOptions>): GovkitClient {
    return new GovkitClient({ ...this.clientOptions, ...options });
  }

  /** Call any endpoint definition directly (validated and parsed like the resource methods). */
  request<E extends EndpointDefinition>(
    endpoint: E,
    input?: RequestInput<E>,
    options?: RequestOptions,
  ): Promise<EndpointResult<E>> {
    return this.core.request(endpoint, input, options);
  }
}

/**
 * Create a govkit client.
 *
 * @example
 * const client = createClient({ baseURL: 'http://127.0.0.1:8080', auth: process.env.GOVKIT_TOKEN });
 * const summary = await client.replay.tasks.summary('task-123');
 */
export function createClient(options: ClientOptions): GovkitClient {
  return new GovkitClient(options);
}
