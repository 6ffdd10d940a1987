import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';

/** Anything that answers a fetch `Request` with a `Response` (or nothing: 404). */
export type FetchResponder = (request: Request) => Promise<Response | undefined>;

export interface MockHttpServerOptions {
  /** Called once per finished request, e.g. to log it. */
  onRequest?: (entry: RequestLogEntry) => void;
}

export interface RequestLogEntry {
  method: string;
  url: string;
  status: number;
  durationMs: number;
}

function toRequest(req: IncomingMessage, signal: AbortSignal): Request {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(key, item);
    else if (value != null) headers.set(key, value);
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

async function writeResponse(res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, key) => {
    res.setHeader(key, value);
  });
  if (!response.body) {
    res.end();
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
 * A plain `node:http` server in front of a fetch-style responder (MSW handlers via
 * `getResponse`, or the mock server's route table). Streams bodies both ways, so SSE works, and
 * aborts the handler's `Request.signal` when the client goes away.
 */
export function createMockHttpServer(
  respond: FetchResponder,
  options: MockHttpServerOptions = {},
): Server {
  return createServer(async (req, res) => {
    const started = performance.now();
    const controller = new AbortController();
    res.on('close', () => controller.abort());
    let status = 500;
    try {
      const response = await respond(toRequest(req, controller.signal));
      if (!response) {
        status = 404;
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ detail: `No route for ${req.method} ${req.url}` }));
        return;
      }
      status = response.status;
      await writeResponse(res, response);
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
