import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';

/** The methods the standalone server answers; any other is a 405 with this list as `Allow`. */
export const SERVED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/** `Allow` value of a 405 for a method the server never serves. */
export const SERVED_METHODS_ALLOW = SERVED_METHODS.join(', ');

interface ClientErrorAnswer {
  status: number;
  detail: string;
  headers?: Record<string, string>;
}

// llhttp's error codes (and node's own timeouts) as the answers the rest of the API would give.
function answerFor(code: string | undefined): ClientErrorAnswer {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return { status: 431, detail: 'Request header fields too large' };
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return { status: 413, detail: 'Chunk extensions too large' };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, detail: 'Request timeout' };
    case 'HPE_INVALID_METHOD':
      return {
        status: 405,
        detail: 'Method Not Allowed',
        headers: { allow: SERVED_METHODS_ALLOW },
      };
    default:
      return { status: 400, detail: 'Malformed HTTP request' };
  }
}

/**
 * The server's `clientError` listener: a request node's parser refused (oversized headers, a bad
 * method token, bytes that are not HTTP) gets the same `{detail}` JSON body as every other
 * refusal instead of node's empty one, then the connection is closed (the parser cannot resync).
 * A socket that is already answering another request, or gone, is just destroyed.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  const busy = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || busy?.headersSent) {
    socket.destroy();
    return;
  }
  const { status, detail, headers } = answerFor(error.code);
  writeRawError(socket, status, detail, headers);
}

/**
 * A `CONNECT` (which node hands to a `connect` listener, or else drops silently): this server is
 * no proxy, so it is one more method it does not serve.
 */
export function answerConnect(_request: unknown, socket: Duplex): void {
  writeRawError(socket, 405, 'Method Not Allowed', { allow: SERVED_METHODS_ALLOW });
}

/** A complete `{detail}` response written straight to a socket, which is then closed. */
function writeRawError(
  socket: Duplex,
  status: number,
  detail: string,
  headers: Record<string, string> = {},
): void {
  const body = JSON.stringify({ detail });
  const lines = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}`,
    'content-type: application/json',
    `content-length: ${Buffer.byteLength(body)}`,
    'connection: close',
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ];
  socket.end(`${lines.join('\r\n')}\r\n\r\n${body}`);
}
