import { NotFoundError, RunLockHeldError } from '@govkit/sdk';
import { DOMAIN_ERROR_DETAILS } from '@govkit/sdk/schemas';
import { describe, expect, it } from 'vitest';
import { SEEDED_WORKSPACES } from '../seed/run-governance';
import { HARNESS_TRANSPORTS } from '../testing/mock-api-harness';
import { useMockApiHarness } from '../testing/use-mock-api-harness';

// Contract tests: the real SDK client against the handlers, in-process (MSW) and over HTTP.
describe.each(HARNESS_TRANSPORTS)('run governance over %s', (transport) => {
  const api = useMockApiHarness(transport);

  const liveWorkspace = SEEDED_WORKSPACES[0]?.id as string;
  const expiredWorkspace = SEEDED_WORKSPACES[1]?.id as string;

  it('starts a run (201) that can then be retrieved', async () => {
    const run = await api.client.runs.start('ws-new', {
      owner: 'user-lead',
      files: [{ name: 'invoices.csv', category: 'invoices', row_count: 12 }],
      invoices_detected_count: 12,
      business_profile: { industry_bucket: 'plumbing' },
    });
    expect(run).toMatchObject({ workspace_id: 'ws-new', owner: 'user-lead', status: 'succeeded' });
    expect(run.manifest_summary).toMatch(
      /steps succeeded, \d+ skipped, \d+ failed \(lock: .{8}\)$/,
    );
    expect(run.predictive_context?.industry_tag).toBe('plumbing');
    await expect(api.client.runs.retrieve(run.run_id)).resolves.toEqual(run);
  });

  it('defaults the run owner to the acting user', async () => {
    const run = await api.client.runs.start('ws-owner-default', {});
    expect(run.owner).toBe('user-admin');
    const asLead = await api.client.runs.start(
      'ws-owner-default-2',
      {},
      { headers: { 'x-govkit-user': 'user-lead' } },
    );
    expect(asLead.owner).toBe('user-lead');
  });

  it('serves seeded runs exactly as the store holds them', async () => {
    const seeded = api.store.runGovernance.runs.listRuns();
    expect(seeded.length).toBeGreaterThan(0);
    for (const run of seeded.slice(0, 3)) {
      await expect(api.client.runs.retrieve(run.run_id)).resolves.toEqual(run);
    }
  });

  it('refuses a run while the seeded live lock is held: 409, calm message, nothing changed', async () => {
    const before = api.store.version;
    const error = await api.client.runs
      .start(liveWorkspace, { owner: 'user-admin' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RunLockHeldError);
    expect(error).toMatchObject({
      status: 409,
      detail: DOMAIN_ERROR_DETAILS.runLockHeld,
      code: 'run_lock_held',
    });
    expect(api.store.version).toBe(before);
  });

  it('inspects, acquires, refuses and releases a workspace lock', async () => {
    await expect(api.client.runs.locks.state(liveWorkspace)).resolves.toMatchObject({
      live: true,
      holder: 'user-reviewer',
    });
    await expect(api.client.runs.locks.state(expiredWorkspace)).resolves.toMatchObject({
      live: false,
      holder: 'user-member',
    });
    const grant = await api.client.runs.locks.acquire(expiredWorkspace, { owner: 'user-lead' });
    expect(grant).toMatchObject({ acquired: true, owner: 'user-lead' });
    const previous = api.store.runGovernance.locks.getLockState(expiredWorkspace);
    expect(grant.fencing_token).toBe(previous.current_fencing_token);
    await expect(
      api.client.runs.locks.acquire(expiredWorkspace, { owner: 'user-admin' }),
    ).rejects.toBeInstanceOf(RunLockHeldError);
    await expect(api.client.runs.locks.release(grant.lock_id as string)).resolves.toBeUndefined();
    await expect(api.client.runs.locks.state(expiredWorkspace)).resolves.toMatchObject({
      live: false,
      holder: null,
    });
  });

  it('lets a lock expire on the store clock', async () => {
    await api.client.runs.locks.acquire('ws-ttl', { owner: 'user-lead', ttl_seconds: 5 });
    api.store.clock.advance(5_000);
    await expect(api.client.runs.locks.state('ws-ttl')).resolves.toMatchObject({ live: false });
    await expect(
      api.client.runs.locks.acquire('ws-ttl', { owner: 'user-admin' }),
    ).resolves.toMatchObject({ acquired: true, fencing_token: 2 });
  });

  it('answers 404 for releasing an unknown or superseded lock id', async () => {
    await expect(api.client.runs.locks.release('no-such-lock')).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const grant = await api.client.runs.locks.acquire('ws-once', { owner: 'user-admin' });
    await api.client.runs.locks.release(grant.lock_id as string);
    await expect(api.client.runs.locks.release(grant.lock_id as string)).rejects.toMatchObject({
      status: 404,
      detail: 'Lock not found',
    });
  });

  it('answers 404 {detail} for an unknown run', async () => {
    const error = await api.client.runs.retrieve('run-missing').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, detail: 'Run not found' });
  });

  it('answers 422 with FastAPI detail for bodies the client would refuse to send', async () => {
    const response = await api.fetch('/api/workspaces/ws-1/lock', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ owner: '', ttl_seconds: 0, extra: true }),
    });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { detail: Array<{ loc: unknown[]; type: string }> };
    expect(body.detail.map((item) => item.loc)).toEqual(
      expect.arrayContaining([
        ['body', 'owner'],
        ['body', 'ttl_seconds'],
        ['body', 'extra'],
      ]),
    );
    expect(api.store.version).toBe(0);
  });
});
