import { describe, expect, it } from 'vitest';
import { computeOverrideExecutionHash, diffTopLevel, sortedJson } from './sorted-json';

const base = {
  recommendation_id: 'cadence_overload:u-2',
  actor_id: 'u-1',
  action: 'reassign',
  status: 'executed',
  execution_id: 'exe-1',
  baseline_id: 'bl-1',
  target_reviewer_id: 'u-2',
  metadata: { reversible: true, b: [1, 'x'], a: null },
};

describe('sortedJson', () => {
  it('sorts keys at every depth and formats like Python json.dumps(sort_keys=True)', () => {
    expect(sortedJson({ b: 1, a: { d: [true, null], c: 'é' } })).toBe(
      '{"a": {"c": "\\u00e9", "d": [true, null]}, "b": 1}',
    );
  });
});

describe('computeOverrideExecutionHash', () => {
  it('is a hex SHA-256 that ignores key order and changes with any hashed field', () => {
    const hash = computeOverrideExecutionHash(base);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(
      computeOverrideExecutionHash({
        ...base,
        metadata: { a: null, b: [1, 'x'], reversible: true },
      }),
    ).toBe(hash);
    expect(computeOverrideExecutionHash({ ...base, status: 'accepted' })).not.toBe(hash);
    expect(computeOverrideExecutionHash({ ...base, metadata: {} })).not.toBe(hash);
  });

  it('matches the SHA-256 of the documented payload', () => {
    // Python: sha256(json.dumps(payload, sort_keys=True)) of '{"action": "a", "actor_id": "u", "baseline_id": null, "execution_id": null, "metadata": {}, "recommendation_id": "r", "status": "s", "target_reviewer_id": null}'
    const hash = computeOverrideExecutionHash({
      recommendation_id: 'r',
      actor_id: 'u',
      action: 'a',
      status: 's',
      execution_id: null,
      baseline_id: null,
      target_reviewer_id: null,
      metadata: {},
    });
    expect(hash).toBe('c1b8602e8f68f5c974b4b022c649e4fa6bcc15f7d48b93697674b2ff969f42e2');
  });
});

describe('diffTopLevel', () => {
  it('lists changed keys in sorted order with null for a missing side', () => {
    expect(
      diffTopLevel({ b: 1, a: { x: 1 }, same: [1] }, { a: { x: 2 }, same: [1], c: true }),
    ).toEqual([
      { key: 'a', before: { x: 1 }, after: { x: 2 } },
      { key: 'b', before: 1, after: null },
      { key: 'c', before: null, after: true },
    ]);
  });
});
