import type { EndpointDefinition } from '../schemas/shared/endpoint';
import type { ClientContext } from './client-context';
import { Download } from './download';
import type { EndpointLoader } from './lazy-endpoints';
import type { RequestInput } from './request-input';
import type { RequestOptions } from './request-options';

/** A binary endpoint (zip, gzip): resolves once the headers arrive; read the body from the result. */
export async function downloadEndpoint<E extends EndpointDefinition>(
  context: ClientContext,
  load: EndpointLoader<E>,
  input: RequestInput<E> = {},
  options?: RequestOptions,
): Promise<Download> {
  const endpoint = await load();
  const { response } = await context.transport.send(
    endpoint,
    input as RequestInput,
    options,
    'stream',
    { accept: endpoint.contentType ?? '*/*' },
  );
  return new Download(response);
}
