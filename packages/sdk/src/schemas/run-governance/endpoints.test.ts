import { describe, expect, it } from 'vitest';
import { runGovernanceEndpoints } from './endpoints';

describe('runGovernanceEndpoints', () => {
  it('declares the seven endpoints with exact ids, methods, paths and statuses', () => {
    const table = Object.values(runGovernanceEndpoints).map((e) => [
      e.id,
      e.method,
      e.path,
      e.successStatus,
      e.responseKind,
      [...e.errorStatuses],
    ]);
    expect(table).toEqual([
      ['runs.start', 'POST', '/api/workspaces/{workspace_id}/runs', 201, 'json', [400, 409, 422]],
      ['runs.retrieve', 'GET', '/api/runs/{run_id}', 200, 'json', [404]],
      ['runs.locks.state', 'GET', '/api/workspaces/{workspace_id}/lock', 200, 'json', []],
      [
        'runs.locks.acquire',
        'POST',
        '/api/workspaces/{workspace_id}/lock',
        201,
        'json',
        [409, 422],
      ],
      ['runs.locks.release', 'DELETE', '/api/locks/{lock_id}', 204, 'empty', []],
      [
        'runs.remoteAssist.create',
        'POST',
        '/api/workspaces/{workspace_id}/remote-assist',
        201,
        'json',
        [422, 429],
      ],
      [
        'runs.remoteAssist.list',
        'GET',
        '/api/workspaces/{workspace_id}/remote-assist',
        200,
        'json',
        [422],
      ],
    ]);
  });

  it('names every path parameter in its path params schema', () => {
    for (const endpoint of Object.values(runGovernanceEndpoints)) {
      const names = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      expect(Object.keys(endpoint.pathParams.shape)).toEqual(names);
    }
  });

  it('marks POSTs non-idempotent and the DELETE idempotent', () => {
    expect(runGovernanceEndpoints.start.idempotent).toBe(false);
    expect(runGovernanceEndpoints.lockAcquire.idempotent).toBe(false);
    expect(runGovernanceEndpoints.lockRelease.idempotent).toBe(true);
    // Filing a remote-assist request twice files two: never retried without a key.
    expect(runGovernanceEndpoints.remoteAssistCreate.idempotent).toBe(false);
  });

  it('validates bodies: defaults applied, unknown keys rejected', () => {
    expect(runGovernanceEndpoints.lockAcquire.body.parse({ owner: 'alice' })).toEqual({
      owner: 'alice',
      ttl_seconds: 300,
    });
    expect(runGovernanceEndpoints.lockAcquire.body.safeParse({ owner: 'a', ttl: 5 }).success).toBe(
      false,
    );
    expect(runGovernanceEndpoints.start.body.parse({ owner: 'alice' })).toEqual({
      owner: 'alice',
      mode: 'mock',
      ttl_seconds: 300,
      files: [],
      invoices_detected_count: 0,
      quotes_detected_count: 0,
      data_warnings: [],
      snapshot_keywords: [],
    });
    expect(
      runGovernanceEndpoints.start.body.safeParse({
        owner: 'alice',
        files: [{ name: 'x.csv', category: 'spreadsheet' }],
      }).success,
    ).toBe(false);
  });
});
