import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';

/** Anything that answers a fetch `Request` with a `Response` (or nothing: 404). */
export type FetchResponder = (request: Request) => Promise<Response | undefined>;

/** Options of {@link createMockHttpServer}. */
export interface MockHttpServerOptions {
  /** Called once per finished request, e.g. to log it. */
  onRequest?: (entry: RequestLogEntry) => void;
  /**
   * Answer CORS preflights and add `Access-Control-Allow-Origin: *` (default true), so a browser
   * app on another port (Storybook on 6006) can call the server directly.
   */
  cors?: boolean;
}

/** One finished request, as logged. `status` 0 means the connection was dropped on purpose. */
export interface RequestLogEntry {
  method: string;
  url: string;
  status: number;
  durationMs: number;
}

const CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'content-disposition, retry-after, allow',
};

const PREFLIGHT_HEADERS: Record<string, string> = {
  ...CORS_HEADERS,
  'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'access-control-allow-headers':
    'authorization, content-type, accept, idempotency-key, last-event-id, x-govkit-user, x-govkit-fault',
  'access-control-max-age': '600',
};

function toRequest(req: IncomingMessage, signal: AbortSignal): Request {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(key, item);
    else if (value != null) headers.set(key, value);
  }
  // Fetch requests carry no peer address; as the edge server we pass the socket's along the way a
  // proxy would, so handlers that record who asked (lineage's audit trail) see the real client.
  const peer = req.socket.remoteAddress;
  if (peer && !headers.has('x-forwarded-for') && !headers.has('x-real-ip')) {
    headers.set('x-forwarded-for', peer);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(url, {
    method: req.method ?? 'GET',
    headers,
    signal,
    body: hasBody ? (Readable.toWeb(req) as unknown as ReadableStream<Uint8Array>) : null,
    // undici requires `duplex` for streamed request bodies.
    ...(hasBody ? { duplex: 'half' } : {}),
  } as RequestInit);
}

async function writeResponse(
  res: ServerResponse,
  response: Response,
  extraHeaders: Record<string, string>,
): Promise<void> {
  res.statusCode = response.status;
  for (const [key, value] of Object.entries(extraHeaders)) res.setHeader(key, value);
  response.headers.forEach((value, key) => {
    res.setHeader(key, value);
  });
  if (!response.body) {
    res.end();
    return;
  }
  // Whole bodies go out in one write with the headers (one syscall, not three); only event
  // streams must reach the client frame by frame.
  if (!response.headers.get('content-type')?.startsWith('text/event-stream')) {
    res.end(new Uint8Array(await response.arrayBuffer()));
    return;
  }
  res.flushHeaders();
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    if (res.destroyed) break;
    res.write(chunk);
  }
  res.end();
}

/**
 * A plain `node:http` server in front of a fetch-style responder (the MSW handlers via
 * `getResponse`). Streams bodies both ways, so SSE works; aborts the handler's `Request.signal`
 * when the client goes away; turns `Response.error()` (an injected drop) into a destroyed socket.
 */
export function createMockHttpServer(
  respond: FetchResponder,
  options: MockHttpServerOptions = {},
): Server {
  const cors = options.cors ?? true;
  const extraHeaders = cors ? CORS_HEADERS : {};
  return createServer(async (req, res) => {
    const started = performance.now();
    const controller = new AbortController();
    // Only a client that went away mid-response aborts the handler (streams stop). Aborting after
    // every finished response would cost a DOMException and an event per request.
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    let status = 500;
    try {
      if (cors && req.method === 'OPTIONS') {
        status = 204;
        res.writeHead(204, PREFLIGHT_HEADERS);
        res.end();
        return;
      }
      const response = await respond(toRequest(req, controller.signal));
      if (!response) {
        status = 404;
        res.writeHead(404, { 'content-type': 'application/json', ...extraHeaders });
        res.end(JSON.stringify({ detail: 'Not Found' }));
        return;
      }
      if (response.type === 'error') {
        status = 0;
        req.socket.destroy();
        return;
      }
      status = response.status;
      await writeResponse(res, response, extraHeaders);
    } catch (error) {
      status = 500;
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ detail: `Internal server error: ${String(error)}` }));
    } finally {
      options.onRequest?.({
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        status,
        durationMs: performance.now() - started,
      });
    }
  });
}
