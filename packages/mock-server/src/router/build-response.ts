import type { EndpointDefinition } from '@govkit/sdk';
import { safeParseContract } from '@govkit/sdk/schemas';
import { BinaryBody, type SseEvent, SseStream } from './route-results';

/** Thrown when a handler's result does not match the endpoint's contract (a mock bug: 500). */
export class ResponseContractError extends Error {
  override readonly name = 'ResponseContractError';
}

/** Options of {@link buildResponse}. */
export interface BuildResponseOptions {
  /** Check JSON bodies and SSE frames against `endpoint.response` in strict mode. */
  validate: boolean;
  /** The request's signal: closes SSE streams when the client goes away. */
  signal: AbortSignal;
  /** Receives SSE frames that fail validation (the stream is then closed). */
  onStreamError?: (error: unknown) => void;
}

/**
 * Turn a handler's result into the HTTP response the contract promises: JSON with
 * `successStatus`, 204 for `empty`, raw bytes for `binary`, an event stream for `sse`.
 *
 * @throws ResponseContractError when validation is on and a JSON body breaks the contract.
 */
export function buildResponse(
  endpoint: EndpointDefinition,
  result: unknown,
  options: BuildResponseOptions,
): Response {
  if (result instanceof Response) return result;
  if (result instanceof BinaryBody) return binaryResponse(endpoint, result);
  if (result instanceof SseStream) return sseResponse(endpoint, result, options);
  if (endpoint.responseKind === 'empty' || endpoint.successStatus === 204) {
    return new Response(null, { status: endpoint.successStatus === 204 ? 204 : 200 });
  }
  if (endpoint.responseKind !== 'json') {
    throw new ResponseContractError(
      `${endpoint.id} is a ${endpoint.responseKind} endpoint: return binaryBody()/sseStream()`,
    );
  }
  if (options.validate) assertContract(endpoint, result, 'response');
  return new Response(JSON.stringify(result), {
    status: endpoint.successStatus,
    headers: { 'content-type': 'application/json' },
  });
}

function assertContract(endpoint: EndpointDefinition, value: unknown, what: string): void {
  if (!endpoint.response) return;
  // Strict: the mock must not send a field or enum value the contract does not name.
  const parsed = safeParseContract(endpoint.response, value, { mode: 'strict' });
  if (parsed.success) return;
  const issues = parsed.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
  throw new ResponseContractError(`${endpoint.id} ${what} breaks its contract: ${issues}`);
}

function binaryResponse(endpoint: EndpointDefinition, body: BinaryBody): Response {
  const { contentType, filename, headers } = body.options;
  const out: Record<string, string> = {
    'content-type': contentType ?? endpoint.contentType ?? 'application/octet-stream',
    ...headers,
  };
  if (filename !== undefined) {
    out['content-disposition'] = `attachment; filename="${filename.replace(/["\\\r\n]/g, '_')}"`;
  }
  const bytes = typeof body.bytes === 'string' ? new TextEncoder().encode(body.bytes) : body.bytes;
  return new Response(bytes as BodyInit, { status: endpoint.successStatus, headers: out });
}

function sseResponse(
  endpoint: EndpointDefinition,
  stream: SseStream,
  options: BuildResponseOptions,
): Response {
  const encoder = new TextEncoder();
  const keepAliveMs = stream.options.keepAliveMs ?? 15_000;
  let cleanup: (() => void) | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;
  let closed = false;
  let closeRef: (() => void) | undefined;

  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const write = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      const close = () => {
        if (closed) return;
        closed = true;
        if (timer !== undefined) clearInterval(timer);
        options.signal.removeEventListener('abort', close);
        cleanup?.();
        try {
          controller.close();
        } catch {
          // Already cancelled by the consumer.
        }
      };
      closeRef = close;
      const send = (event: SseEvent) => {
        if (closed) return;
        try {
          if (options.validate) assertContract(endpoint, event.data, 'stream frame');
        } catch (error) {
          options.onStreamError?.(error);
          close();
          return;
        }
        write(formatEvent(event));
      };
      if (options.signal.aborted) {
        closed = true;
        controller.close();
        return;
      }
      options.signal.addEventListener('abort', close);
      write(
        stream.options.retryMs === undefined
          ? ': connected\n\n'
          : `retry: ${stream.options.retryMs}\n\n`,
      );
      if (keepAliveMs > 0) timer = setInterval(() => write(': keep-alive\n\n'), keepAliveMs);
      const returned = stream.start(send, close, options.signal);
      if (typeof returned === 'function') {
        if (closed) (returned as () => void)();
        else cleanup = returned as () => void;
      }
    },
    cancel() {
      closeRef?.();
    },
  });
  return new Response(body, {
    status: endpoint.successStatus,
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
    },
  });
}

function formatEvent(event: SseEvent): string {
  let frame = '';
  if (event.id !== undefined) frame += `id: ${event.id.replace(/[\r\n]/g, '')}\n`;
  if (event.event !== undefined) frame += `event: ${event.event.replace(/[\r\n]/g, '')}\n`;
  // JSON.stringify never emits raw newlines, so one `data:` line always carries the whole frame.
  return `${frame}data: ${JSON.stringify(event.data)}\n\n`;
}
