import type { EndpointDomain, endpoints } from '../schemas/endpoint-registry';
import type { ClientContext } from './client-context';
import type { EndpointFunction, EndpointFunctionTable } from './endpoint-function-table';
import { endpointIds } from './endpoint-ids';
import { analyticsFunctions } from './endpoints/analytics';
import { baselinesFunctions } from './endpoints/baselines';
import { coachingFunctions } from './endpoints/coaching';
import { evidenceFunctions } from './endpoints/evidence';
import { exportsFunctions } from './endpoints/exports';
import { lineageFunctions } from './endpoints/lineage';
import { migrationsFunctions } from './endpoints/migrations';
import { overridesFunctions } from './endpoints/overrides';
import { previewFunctions } from './endpoints/preview';
import { replayFunctions } from './endpoints/replay';
import { runGovernanceFunctions } from './endpoints/runs';
import { templatesFunctions } from './endpoints/templates';
import { timelineFunctions } from './endpoints/timeline';

/**
 * The standalone endpoint functions of every registry domain. The mapped type makes a domain or
 * an endpoint without its function a compile error; {@link bindClientTree} places each function
 * at its endpoint's id.
 */
export const endpointFunctions = {
  replay: replayFunctions,
  runGovernance: runGovernanceFunctions,
  lineage: lineageFunctions,
  overrides: overridesFunctions,
  timeline: timelineFunctions,
  coaching: coachingFunctions,
  analytics: analyticsFunctions,
  exports: exportsFunctions,
  evidence: evidenceFunctions,
  preview: previewFunctions,
  templates: templatesFunctions,
  baselines: baselinesFunctions,
  migrations: migrationsFunctions,
} as const satisfies {
  readonly [D in EndpointDomain]: EndpointFunctionTable<(typeof endpoints)[D]>;
};

type Functions = typeof endpointFunctions;

/** An endpoint function with its context bound: the method a client resource exposes. */
export type BoundEndpointFunction<F> = F extends (
  context: ClientContext,
  ...args: infer A
) => infer R
  ? (...args: A) => R
  : never;

/** `{ tasks: { summary: V } }` from `tasks.summary`: resources are readonly, methods are not. */
type NestAt<Path extends string, V> = Path extends `${infer Head}.${infer Rest}`
  ? { readonly [K in Head]: NestAt<Rest, V> }
  : { [K in Path]: V };

// From the id table, not the registry: the registry's type is its schemas', so reading ids from it
// made the published `ClientTree` depend on zod's declarations (docs/architecture.md, "Published
// declarations carry inferred types"); the table is checked against the registry (endpoint-ids.ts).
type Ids = typeof endpointIds;

/** The literal id of a registry endpoint (`replay.tasks.summary`). */
type IdOf<D extends EndpointDomain, K> = K extends keyof Ids[D]
  ? Extract<Ids[D][K], string>
  : never;

/** One endpoint's method, nested at its id. */
type MethodAt<D extends EndpointDomain, K extends keyof Functions[D]> = NestAt<
  IdOf<D, K>,
  BoundEndpointFunction<Functions[D][K]>
>;

type EveryMethod = {
  [D in EndpointDomain]: { [K in keyof Functions[D]]: MethodAt<D, K> }[keyof Functions[D]];
}[EndpointDomain];

type UnionToIntersection<U> = (U extends unknown ? (union: U) => void : never) extends (
  intersection: infer I,
) => void
  ? I
  : never;

/** Flattens the intersection of nested paths into one object type per resource. */
type Merge<T> = T extends (...args: never[]) => unknown ? T : { [K in keyof T]: Merge<T[K]> };

/**
 * The client's resource tree, derived from the endpoint registry: every endpoint's function sits at
 * its id, `client.replay.tasks.summary(taskId, options)`, with the function's own parameters.
 */
export type ClientTree = Merge<UnionToIntersection<EveryMethod>>;

/** Build the resource tree over `context`: each method calls its standalone function. */
export function bindClientTree(context: ClientContext): ClientTree {
  const root: Record<string, unknown> = {};
  // Ids, not the registry: building the tree must not load the schemas (see endpoint-ids.ts).
  for (const domain of Object.keys(endpointIds) as EndpointDomain[]) {
    const ids: Record<string, string> = endpointIds[domain];
    const functions: Record<string, EndpointFunction> = endpointFunctions[domain];
    for (const [key, id] of Object.entries(ids)) {
      const call = functions[key] as (context: ClientContext, ...args: unknown[]) => unknown;
      const segments = id.split('.');
      const name = segments.pop() as string;
      let node = root;
      for (const segment of segments) {
        node[segment] ??= {};
        node = node[segment] as Record<string, unknown>;
      }
      node[name] = (...args: unknown[]) => call(context, ...args);
    }
  }
  return root as ClientTree;
}
