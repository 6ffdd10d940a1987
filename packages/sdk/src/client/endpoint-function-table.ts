import type { EndpointDefinition } from '../schemas/shared/endpoint';
import type { ClientContext } from './client-context';

/** A standalone endpoint function: the context first, then the method's own arguments. */
// `never[]` accepts every argument list (parameters are checked contravariantly).
export type EndpointFunction = (context: ClientContext, ...args: never[]) => unknown;

/** One function per endpoint of a registry domain, under the endpoint's registry key. */
export type EndpointFunctionTable<D extends Record<string, EndpointDefinition>> = {
  readonly [K in keyof D]: EndpointFunction;
};
