import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse, type RequestHandler } from 'msw';
import { createMockApi, type MockApi, type MockApiOptions } from '../create-mock-api';
import { createOpenApiDocument } from '../openapi/create-openapi-document';
import type { MockStore } from '../store/mock-store';
import type { CorsOption } from './cors-policy';
import { createDocsHandlers } from './docs-handlers';
import { createMockHttpServer, type RequestLogEntry } from './http-server';

/** Options of {@link startMockServer}: the mock API's, plus where and how to listen. */
export interface StartMockServerOptions extends MockApiOptions {
  /** Port (default 0: any free port; the CLI defaults to 8080). */
  port?: number;
  /** Address to bind (default 127.0.0.1: loopback only). */
  host?: string;
  /** Serve `/openapi.json` and `/docs` (default true). */
  docs?: boolean;
  /**
   * Browser origins allowed to call the server: default loopback origins on any port (Storybook),
   * a list of exact origins (`'*'` for any), or `false` for none. See {@link CorsOption}.
   */
  cors?: CorsOption;
  /** Called once per finished request (the CLI logs it). */
  onRequest?: (entry: RequestLogEntry) => void;
}

/** A listening mock server. */
export interface RunningMockServer {
  /** `http://<host>:<port>`: the client's `baseURL`. */
  readonly url: string;
  readonly port: number;
  readonly server: Server;
  readonly api: MockApi;
  readonly store: MockStore;
  /** Stop listening and drop open connections (streams included). */
  close(): Promise<void>;
}

/**
 * Start the standalone HTTP server: the same route table as the MSW dispatcher that tests and
 * stories use (called directly), plus the documentation handlers (through MSW's `getResponse`).
 *
 * @example
 * const server = await startMockServer({ port: 0, validateResponses: true });
 * const client = createClient({ baseURL: server.url });
 * await server.close();
 */
export async function startMockServer(
  options: StartMockServerOptions = {},
): Promise<RunningMockServer> {
  const api = createMockApi(options);
  const handlers: RequestHandler[] = [];
  if (options.docs ?? true) {
    handlers.push(
      ...createDocsHandlers({
        document: () => createOpenApiDocument(api.routes.map((route) => route.endpoint)),
      }),
    );
  }
  // govkit's own routes go straight to the route table (MSW's `getResponse` would clone and
  // re-match every request against each handler first); MSW only serves what is left, i.e. the
  // documentation routes. Same code path as the MSW dispatcher, one layer thinner.
  const respond = async (request: Request): Promise<Response | undefined> => {
    if (api.matches(request)) {
      const response = await api.handle(request);
      if (response) return response;
    }
    return getResponse(handlers, request);
  };
  const server = createMockHttpServer(respond, {
    cors: options.cors,
    onRequest: options.onRequest,
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    server,
    api,
    store: api.store,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Streams (SSE) and keep-alive sockets would otherwise hold `close` open.
        server.closeAllConnections();
      }),
  };
}
