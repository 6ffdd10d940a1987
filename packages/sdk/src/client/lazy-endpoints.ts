import type { EndpointDefinition } from '../schemas/shared/endpoint';

/** Loads one endpoint definition (and so its schemas) when a call first needs it. */
export type EndpointLoader<E extends EndpointDefinition> = () => Promise<E>;

/**
 * A loader of an endpoint that is already at hand (`client.core.call(definition, …)`): the
 * endpoint helpers take loaders only, since a parameter typed "a definition or its loader" would
 * not let TypeScript infer the endpoint from a loader.
 */
export function loadedEndpoint<E extends EndpointDefinition>(endpoint: E): EndpointLoader<E> {
  return () => Promise.resolve(endpoint);
}

/**
 * One registry domain's endpoints behind a dynamic `import()`: the client's endpoint functions
 * take their definitions from here, so importing the client builds no response or request schema
 * (zod builds every schema when its module is evaluated). The domain's module is loaded on the
 * first call of any of its endpoints and shared by the others; a failed load (a chunk a browser
 * could not fetch) is forgotten, so the next call tries again instead of failing forever.
 *
 * `ids` (the domain's row of `endpointIds`) supplies the keys, so the loaders are plain
 * properties (`ep.list`): a generic accessor would defeat the inference of the helpers it is
 * passed to.
 */
export function lazyEndpoints<D extends Record<string, EndpointDefinition>>(
  ids: { readonly [K in keyof NoInfer<D>]: string },
  load: () => Promise<D>,
): { readonly [K in keyof D]: EndpointLoader<D[K]> } {
  let pending: Promise<D> | undefined;
  const domain = (): Promise<D> => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
  const loaders: Partial<Record<keyof D, EndpointLoader<D[keyof D]>>> = {};
  for (const key of Object.keys(ids) as (keyof D)[]) {
    loaders[key] = () => domain().then((definitions) => definitions[key]);
  }
  return loaders as { readonly [K in keyof D]: EndpointLoader<D[K]> };
}
