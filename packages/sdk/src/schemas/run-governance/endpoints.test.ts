import { describe, expect, it } from 'vitest';
import { runGovernanceEndpoints } from './endpoints';

describe('runGovernanceEndpoints', () => {
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
