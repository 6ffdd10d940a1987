import { defineEndpoint, openObject } from '@govkit/sdk/schemas';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { buildResponse, ResponseContractError } from './build-response';
import { type SseEvent, sseStream } from './route-results';

const streamEndpoint = defineEndpoint({
  id: 'test.stream',
  method: 'GET',
  path: '/api/stream',
  summary: 'stream',
  tag: 'Test',
  response: openObject({ n: z.number() }),
  responseKind: 'sse',
  errorStatuses: [],
});

async function readChunks(response: Response, count: number): Promise<string> {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (let i = 0; i < count; i += 1) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value);
  }
  reader.releaseLock();
  return text;
}

describe('buildResponse: sse', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('streams data frames and keep-alive comments, and cleans up on abort', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    let push: ((event: SseEvent) => void) | undefined;
    const cleanup = vi.fn();
    const response = buildResponse(
      streamEndpoint,
      sseStream(
        (send) => {
          push = send;
          return cleanup;
        },
        { keepAliveMs: 1000 },
      ),
      { validate: true, signal: controller.signal },
    );
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    push?.({ data: { n: 1 }, id: '1' });
    vi.advanceTimersByTime(1000);
    push?.({ data: { n: 2 }, event: 'entry' });
    expect(await readChunks(response, 4)).toBe(
      ': connected\n\nid: 1\ndata: {"n":1}\n\n: keep-alive\n\nevent: entry\ndata: {"n":2}\n\n',
    );
    controller.abort();
    expect(cleanup).toHaveBeenCalledTimes(1);
    const rest = await (response.body as ReadableStream<Uint8Array>).getReader().read();
    expect(rest.done).toBe(true);
  });

  it('closes the stream and reports a frame that breaks the contract', async () => {
    const errors: unknown[] = [];
    const response = buildResponse(
      streamEndpoint,
      sseStream((send) => {
        send({ data: { n: 'not a number' } });
      }),
      {
        validate: true,
        signal: new AbortController().signal,
        onStreamError: (e) => errors.push(e),
      },
    );
    expect(await response.text()).toBe(': connected\n\n');
    expect(errors[0]).toBeInstanceOf(ResponseContractError);
  });

  it('refuses a plain body for a streaming endpoint', () => {
    expect(() =>
      buildResponse(
        streamEndpoint,
        { n: 1 },
        { validate: false, signal: new AbortController().signal },
      ),
    ).toThrow(ResponseContractError);
  });
});
