import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import {
  answerClientError,
  answerConnect,
  SERVED_METHODS,
  SERVED_METHODS_ALLOW,
} from './client-error-response';
import { type CorsOption, createCorsPolicy } from './cors-policy';
import { requestUrl } from './request-url';

/** Anything that answers a fetch `Request` with a `Response` (or nothing: 404). */
export type FetchResponder = (request: Request) => Promise<Response | undefined>;

/** Options of {@link createMockHttpServer}. */
export interface MockHttpServerOptions {
  /** Called once per finished request, e.g. to log it. */
  onRequest?: (entry: RequestLogEntry) => void;
  /**
   * Browser origins allowed to call the server (see {@link CorsOption}). Default: loopback
   * origins on any port (Storybook on 6006 next to the API on 8080). Cross-origin writes from any
   * other origin are refused with 403, so a page on the web cannot drive a local server.
   */
  cors?: CorsOption;
}

/** One finished request, as logged. `status` 0 means the connection was dropped on purpose. */
export interface RequestLogEntry {
  method: string;
  url: string;
  status: number;
  durationMs: number;
}

const SERVED = new Set<string>(SERVED_METHODS);
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

function toRequest(req: IncomingMessage, url: URL, signal: AbortSignal): Request {
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

function sendError(
  res: ServerResponse,
  status: number,
  detail: string,
  headers: Record<string, string> = {},
): number {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify({ detail }));
  return status;
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
 *
 * Before anything reaches the responder, what cannot be a fetch `Request` is answered here with
 * `{detail}`: a method the server never serves (405 + `Allow`), a malformed `Host` or request
 * target (400), and a write from a browser origin outside the CORS allow-list (403). Requests
 * node's own parser refuses get the same JSON body ({@link answerClientError}).
 */
export function createMockHttpServer(
  respond: FetchResponder,
  options: MockHttpServerOptions = {},
): Server {
  const cors = createCorsPolicy(options.cors);

  async function serve(
    req: IncomingMessage,
    res: ServerResponse,
    signal: AbortSignal,
  ): Promise<number> {
    const method = req.method ?? 'GET';
    const origin = req.headers.origin;
    const corsHeaders = cors.responseHeaders(origin);
    if (!SERVED.has(method)) {
      return sendError(res, 405, 'Method Not Allowed', {
        allow: SERVED_METHODS_ALLOW,
        ...corsHeaders,
      });
    }
    const target = requestUrl(req.url, req.headers.host);
    if (!target.ok) return sendError(res, 400, target.detail, corsHeaders);
    // Browsers send `Origin` on same-origin writes too (the Swagger UI at /docs): those are fine.
    const foreign = origin !== undefined && origin !== target.url.origin && !cors.allows(origin);
    if (method === 'OPTIONS') {
      if (foreign) return sendError(res, 403, 'Origin not allowed');
      res.writeHead(
        204,
        origin === undefined ? { allow: SERVED_METHODS_ALLOW } : cors.preflightHeaders(origin),
      );
      res.end();
      return 204;
    }
    // A "simple" cross-origin request (a form post, a bodiless POST) runs without a preflight;
    // refusing it here is what stops any web page from writing to a server on this machine.
    if (foreign && !SAFE.has(method)) return sendError(res, 403, 'Origin not allowed');

    const response = await respond(toRequest(req, target.url, signal));
    if (!response) return sendError(res, 404, 'Not Found', corsHeaders);
    if (response.type === 'error') {
      req.socket.destroy();
      return 0;
    }
    await writeResponse(res, response, corsHeaders);
    return response.status;
  }

  const server = createServer(async (req, res) => {
    const started = performance.now();
    const controller = new AbortController();
    // Only a client that went away mid-response aborts the handler (streams stop). Aborting after
    // every finished response would cost a DOMException and an event per request.
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    let status = 500;
    try {
      status = await serve(req, res, controller.signal);
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
  server.on('clientError', answerClientError);
  server.on('connect', answerConnect);
  return server;
}
