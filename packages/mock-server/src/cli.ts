import { getResponse } from 'msw';
import { createHandlers } from './create-handlers';
import { createMockHttpServer } from './http-server';

const HELP = `govkit-mock-server: a govkit API backed by in-memory reference engines

Usage: govkit-mock-server [--port <n>] [--host <addr>]

Options (flags win over environment):
  --port <n>     port to listen on (env GOVKIT_MOCK_PORT, default 8080)
  --host <addr>  address to bind (env GOVKIT_MOCK_HOST, default 127.0.0.1)
  --help         show this help
`;

function parseArgs(argv: string[]): { port: number; host: string } {
  let port = Number(process.env.GOVKIT_MOCK_PORT ?? 8080);
  let host = process.env.GOVKIT_MOCK_HOST ?? '127.0.0.1';
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(HELP);
      process.exit(0);
    } else if (arg === '--port') port = Number(argv[++i]);
    else if (arg?.startsWith('--port=')) port = Number(arg.slice(7));
    else if (arg === '--host') host = argv[++i] ?? host;
    else if (arg?.startsWith('--host=')) host = arg.slice(7);
    else {
      process.stderr.write(`Unknown argument: ${arg}\n\n${HELP}`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`Invalid port: ${port}\n`);
    process.exit(2);
  }
  return { port, host };
}

const { port, host } = parseArgs(process.argv.slice(2));
const handlers = createHandlers();
const server = createMockHttpServer((request) => getResponse(handlers, request), {
  onRequest: ({ method, url, status, durationMs }) =>
    console.log(
      `${new Date().toISOString()} ${method} ${url} ${status} ${durationMs.toFixed(1)}ms`,
    ),
});

server.listen(port, host, () => {
  console.log(`govkit mock API listening on http://${host}:${port}`);
});

let closing = false;
function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  console.log(`${signal} received: closing the mock API`);
  server.close(() => process.exit(0));
  // Streams (SSE) keep connections open; do not wait for them forever.
  server.closeAllConnections();
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
