import type { previewEndpoints as definitions } from '../../schemas/preview/endpoints';
import type { ClientContext } from '../client-context';
import type { EndpointFunctionTable } from '../endpoint-function-table';
import { endpointIds } from '../endpoint-ids';
import type { EndpointResult } from '../endpoint-result';
import { lazyEndpoints } from '../lazy-endpoints';
import { callEndpoint } from '../request-endpoint';
import type { EndpointParams } from '../request-input';
import type { RequestOptions } from '../request-options';

// This domain's definitions, and so its schemas, load on its first call (see `lazyEndpoints`).
const ep = lazyEndpoints(endpointIds.preview, () =>
  import('../../schemas/preview/endpoints').then((module) => module.previewEndpoints),
);

/** The params argument of {@link previewCreate}. */
export type PreviewCreateParams = EndpointParams<typeof definitions.create>;
/** What {@link previewCreate} resolves with (its response schema's output). */
export type PreviewCreateResult = EndpointResult<typeof definitions.create>;

/** `POST /api/experiments/{execution_id}/preview`. */
export function previewCreate(
  context: ClientContext,
  executionId: string,
  body: PreviewCreateParams,
  options?: RequestOptions,
): Promise<PreviewCreateResult> {
  return callEndpoint(context, ep.create, { execution_id: executionId }, body, options);
}

/**
 * Every function above by its registry key: the client tree is derived from this table and the
 * registry's ids, and `satisfies` makes a registry endpoint without a function a compile error.
 */
export const previewFunctions = {
  create: previewCreate,
} as const satisfies EndpointFunctionTable<typeof definitions>;
