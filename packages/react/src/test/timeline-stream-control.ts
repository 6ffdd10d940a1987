import type { TimelineStreamFrame } from '@govkit/sdk';
import { HttpResponse } from 'msw';

/**
 * A hand-driven timeline stream for stories and tests: an MSW resolver for
 * `timelineEndpoints.stream` whose every connection is a stream the caller writes frames to
 * (`send`), drops (`drop`, to exercise reconnection) and counts (`connections`).
 */
export function createTimelineStreamControl() {
  const encoder = new TextEncoder();
  let current: ReadableStreamDefaultController<Uint8Array> | null = null;
  let connections = 0;
  return {
    resolver: () => {
      connections += 1;
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          current = controller;
        },
        cancel() {
          current = null;
        },
      });
      return new HttpResponse(body, {
        headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' },
      });
    },
    /** Write one frame to the open connection (no-op while none is open). */
    send(frame: TimelineStreamFrame | Record<string, unknown>) {
      current?.enqueue(encoder.encode(`data: ${JSON.stringify(frame)}\n\n`));
    },
    /** Close the open connection as a server restart would. */
    drop() {
      current?.close();
      current = null;
    },
    get connections() {
      return connections;
    },
  };
}
