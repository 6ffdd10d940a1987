import { previewEndpoints as ep } from '../../schemas/preview/endpoints';
import type { ClientContext } from '../client-context';
import type { EndpointFunctionTable } from '../endpoint-function-table';
import type { EndpointResult } from '../endpoint-result';
import { callEndpoint } from '../request-endpoint';
import type { EndpointParams } from '../request-input';
import type { RequestOptions } from '../request-options';

/** The params argument of {@link previewCreate}. */
export type PreviewCreateParams = EndpointParams<typeof ep.create>;
/** What {@link previewCreate} resolves with (its response schema's output). */
export type PreviewCreateResult = EndpointResult<typeof ep.create>;

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
} as const satisfies EndpointFunctionTable<typeof ep>;
