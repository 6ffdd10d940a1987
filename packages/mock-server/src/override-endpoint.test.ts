import { createClient, InternalServerError } from '@govkit/sdk';
import { replayEndpoints } from '@govkit/sdk/schemas';
import { delay, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from './create-handlers';
import { overrideEndpoint, toMswPath } from './override-endpoint';
import { SEEDED_REPLAY } from './seed/replay';
import { createStore } from './store/create-store';

const BASE = 'http://govkit.test';

describe('toMswPath', () => {
  it('turns every {param} into :param', () => {
    expect(toMswPath('/api/a/{task_id}/b/{decisionId}')).toBe('/api/a/:task_id/b/:decisionId');
    expect(toMswPath('/api/plain')).toBe('/api/plain');
  });
});

describe('overrideEndpoint', () => {
  let server: ReturnType<typeof setupServer> | undefined;
  afterEach(() => server?.close());

  function listen(...overrides: Parameters<typeof setupServer>) {
    server = setupServer(...overrides, ...createHandlers({ baseURL: BASE, store: createStore() }));
    server.listen({ onUnhandledRequest: 'error' });
    return createClient({ baseURL: BASE, maxRetries: 0 });
  }

  it('answers one endpoint its way, with the path parameters, and leaves the others alone', async () => {
    const seen: string[] = [];
    const client = listen(
      overrideEndpoint(replayEndpoints.tasksSummary, ({ params }) => {
        seen.push(params.task_id);
        return HttpResponse.json({ detail: 'Supervisor database unavailable' }, { status: 500 });
      }),
    );
    const failure = await client.replay.tasks.summary('task-9').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(InternalServerError);
    expect((failure as InternalServerError).detailMessage).toBe('Supervisor database unavailable');
    expect(seen).toEqual(['task-9']);
    const detail = await client.replay.decisions.retrieve(SEEDED_REPLAY.docDecisionId);
    expect(detail).toBeDefined();
  });

  it('matches only its own origin when given a base URL', async () => {
    const client = listen(
      overrideEndpoint(
        replayEndpoints.tasksSummary,
        async () => {
          await delay(1);
          return HttpResponse.json({ detail: 'elsewhere' }, { status: 500 });
        },
        { baseURL: 'http://other.test/' },
      ),
    );
    const summary = await client.replay.tasks.summary(SEEDED_REPLAY.docTaskId);
    expect(summary.blocked_reason_code).toBe('REDLINE_001');
  });
});
