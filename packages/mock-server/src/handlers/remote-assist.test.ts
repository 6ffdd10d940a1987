import { RateLimitError } from '@govkit/sdk';
import { describe, expect, it } from 'vitest';
import { SEEDED_REMOTE_ASSIST } from '../seed/remote-assist';
import { HARNESS_TRANSPORTS } from '../testing/mock-api-harness';
import { rejectionOf, useMockApiHarness } from '../testing/use-mock-api-harness';

const request = {
  contact_name: 'Riley Reviewer',
  contact_email: 'riley@example.com',
  export_target: 'Xero invoices',
  message: 'The export button is greyed out for me.',
};

// Contract tests: remote assist (seed 003 Part F) through the real client.
describe.each(HARNESS_TRANSPORTS)('remote assist over %s', (transport) => {
  const api = useMockApiHarness(transport);

  it('lists the seeded requests of a workspace, newest first', async () => {
    const list = await api.client.runs.remoteAssist.list(
      SEEDED_REMOTE_ASSIST.workspaceWithRequests,
    );
    expect(list.total).toBe(SEEDED_REMOTE_ASSIST.requestCount);
    const times = list.items.map((item) => Date.parse(item.created_at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('files a request (201) as the acting user and lists it first', async () => {
    const created = await api.client
      .withOptions({ auth: 'user-reviewer' })
      .runs.remoteAssist.create('ws-new', { ...request, source: 'upload_page' });
    expect(created).toMatchObject({
      workspace_id: 'ws-new',
      status: 'open',
      requested_by: 'user-reviewer',
    });
    const list = await api.client.runs.remoteAssist.list('ws-new', { limit: 5 });
    expect(list.items[0]?.id).toBe(created.id);
  });

  it('refuses an invalid request locally and on the server (422), storing nothing', async () => {
    const version = api.store.version;
    await expect(
      api.client.runs.remoteAssist.create('ws-new', { ...request, contact_email: 'nope' }),
    ).rejects.toThrow(/contact_email/);
    const raw = await api.fetch('/api/workspaces/ws-new/remote-assist', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...request, message: 'short' }),
    });
    expect(raw.status).toBe(422);
    expect(api.store.version).toBe(version);
  });

  it('answers 429 with Retry-After past five requests per workspace per hour', async () => {
    for (let i = 0; i < 5; i += 1) await api.client.runs.remoteAssist.create('ws-busy', request);
    const error = await rejectionOf(api.client.runs.remoteAssist.create('ws-busy', request));
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).code).toBe('remote_assist_rate_limited');
    expect(Number((error as RateLimitError).headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
