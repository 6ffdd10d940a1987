import type { EndpointDefinition } from '../schemas/shared/endpoint';
import type { ClientContext } from './client-context';
import type { EndpointResult, StreamOptions } from './endpoint-result';
import { ResponseValidationError } from './errors';
import type { EndpointLoader } from './lazy-endpoints';
import { parseEndpointResponse } from './request-endpoint';
import type { RequestInput } from './request-input';
import { readSse } from './sse-reader';

/**
 * A Server-Sent-Events endpoint, read over fetch with reconnects; yields frames parsed by the
 * endpoint's frame schema. In lenient mode a frame that fails its schema is skipped with an
 * `invalid_frame` warning (a newer server's new frame type must not end the stream); in strict
 * mode it throws. The endpoint comes from a loader, resolved by the first connection, which
 * always precedes the first frame.
 */
export function streamEndpoint<E extends EndpointDefinition>(
  context: ClientContext,
  load: EndpointLoader<E>,
  input: RequestInput<E> = {},
  options: StreamOptions = {},
): AsyncGenerator<EndpointResult<E>, void, undefined> {
  let resolved: E | undefined;
  return readSse<EndpointResult<E>>({
    ...options,
    signal: options.signal,
    sleep: context.options.sleep,
    connect: async (lastEventId) => {
      resolved ??= await load();
      const endpoint = resolved;
      const sent = await context.transport.send(
        endpoint,
        input as RequestInput,
        { ...options, maxRetries: 0 },
        'stream',
        {
          accept: 'text/event-stream',
          headers: lastEventId === undefined ? {} : { 'last-event-id': lastEventId },
        },
      );
      return sent.response;
    },
    parse: (message) => parseFrame(context, resolved as E, message.data),
  });
}

function parseFrame<E extends EndpointDefinition>(
  context: ClientContext,
  endpoint: E,
  data: string,
): EndpointResult<E> | undefined {
  try {
    return parseEndpointResponse(context, endpoint, JSON.parse(data)) as EndpointResult<E>;
  } catch (error) {
    if (context.options.validation === 'strict') {
      throw error instanceof ResponseValidationError
        ? error
        : new ResponseValidationError({
            issues: [],
            body: data,
            endpoint: endpoint.id,
            message: `A frame of ${endpoint.id} is not valid JSON.`,
          });
    }
    context.options.onWarning?.({
      code: 'invalid_frame',
      path: [],
      message: error instanceof Error ? error.message : String(error),
      contract: endpoint.id,
    });
    return undefined;
  }
}
