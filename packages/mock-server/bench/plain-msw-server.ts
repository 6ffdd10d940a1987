// The baseline of `http-load.bench.ts`: plain MSW with ~200 `http.get` handlers (one per route,
// MSW tries them in turn) behind the same node:http adapter as the govkit server. Prints its URL.
import { getResponse, HttpResponse, http, type RequestHandler } from 'msw';
import { createMockHttpServer } from '../src/http/http-server';

const DECOYS = 198;
const handlers: RequestHandler[] = [];
for (let i = 0; i < DECOYS; i += 1) {
  handlers.push(http.get(`*/api/bench/route-${i}/:id`, () => HttpResponse.json({ i })));
}
// The routes the load generator calls come last: the worst case of a linear scan, and the usual
// case once a handler list has grown by appending.
handlers.push(
  http.get('*/api/workspaces/:workspace_id/lock', ({ params }) =>
    HttpResponse.json({ workspace_id: params.workspace_id, live: false, holder: null }),
  ),
  http.get('*/api/runs/:run_id', ({ params }) =>
    HttpResponse.json({ detail: `Run ${String(params.run_id)} not found` }, { status: 404 }),
  ),
);

const server = createMockHttpServer((request) => getResponse(handlers, request));
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  console.log(`plain msw (${handlers.length} handlers) listening on http://127.0.0.1:${port}`);
});
process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
