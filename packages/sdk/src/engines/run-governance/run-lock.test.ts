import { describe, expect, it } from 'vitest';
import { DOMAIN_ERROR_DETAILS } from '../../schemas/shared/domain-error-contract';
import { createManualClock } from '../shared/clock';
import { EngineError } from '../shared/engine-error';
import { createSequentialIdGenerator } from '../shared/id-generator';
import { createRunLockEngine } from './run-lock';
import { createInMemoryRunLockStore } from './run-lock-store';

const T0 = Date.parse('2026-02-03T10:00:00.000Z');

function setup() {
  const clock = createManualClock(T0);
  const store = createInMemoryRunLockStore();
  const locks = createRunLockEngine({ clock, ids: createSequentialIdGenerator(), store });
  return { clock, store, locks };
}

describe('acquireRunLock', () => {
  it('grants a lock with id, fencing token and a 300 s default expiry', () => {
    const { locks } = setup();
    const grant = locks.acquireRunLock('ws-1', 'alice');
    expect(grant).toMatchObject({
      acquired: true,
      workspace_id: 'ws-1',
      owner: 'alice',
      fencing_token: 1,
      acquired_at: '2026-02-03T10:00:00.000Z',
      expires_at: '2026-02-03T10:05:00.000Z',
    });
    expect(grant.lock_id).toBeTruthy();
  });

  it('refuses a second acquirer while the lock is live, with the exact calm message', () => {
    const { locks } = setup();
    locks.acquireRunLock('ws-1', 'alice');
    expect(locks.acquireRunLock('ws-1', 'bob')).toEqual({
      acquired: false,
      message: DOMAIN_ERROR_DETAILS.runLockHeld,
    });
  });

  it('is not re-entrant: the same owner is refused too', () => {
    const { locks } = setup();
    locks.acquireRunLock('ws-1', 'alice');
    expect(locks.acquireRunLock('ws-1', 'alice').acquired).toBe(false);
  });

  it('keeps workspaces independent', () => {
    const { locks } = setup();
    expect(locks.acquireRunLock('ws-1', 'alice').acquired).toBe(true);
    const other = locks.acquireRunLock('ws-2', 'alice');
    expect(other.acquired).toBe(true);
    expect(other.fencing_token).toBe(1);
  });

  it('is live until expires_at and reclaimable exactly at expires_at', () => {
    const { clock, locks } = setup();
    const first = locks.acquireRunLock('ws-1', 'alice', 10);
    clock.advance(9_999);
    expect(locks.acquireRunLock('ws-1', 'bob').acquired).toBe(false);
    expect(locks.getLockState('ws-1').live).toBe(true);
    clock.advance(1);
    expect(locks.getLockState('ws-1').live).toBe(false);
    const second = locks.acquireRunLock('ws-1', 'bob');
    expect(second.acquired).toBe(true);
    expect(second.lock_id).not.toBe(first.lock_id);
    expect(second.fencing_token).toBe(2);
  });

  it('never reuses a fencing token, even after a release', () => {
    const { locks } = setup();
    const tokens: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const grant = locks.acquireRunLock('ws-1', `owner-${i}`);
      tokens.push(grant.fencing_token ?? -1);
      locks.releaseRunLock(grant.lock_id ?? '');
    }
    expect(tokens).toEqual([1, 2, 3, 4, 5]);
    expect(locks.currentFencingToken('ws-1')).toBe(5);
  });

  it.each([
    ['', 'alice', 300],
    ['ws-1', ' ', 300],
    ['ws-1', 'alice', 0],
    ['ws-1', 'alice', 1.5],
    ['ws-1', 'alice', 86_401],
  ])('rejects bad input (%j, %j, %j) with 400 and changes nothing', (ws, owner, ttl) => {
    const { locks } = setup();
    const error = catchError(() => locks.acquireRunLock(ws, owner, ttl));
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).status).toBe(400);
    expect(locks.currentFencingToken(ws)).toBe(0);
    expect(locks.getLockState(ws).lock_id).toBeNull();
  });
});

describe('releaseRunLock', () => {
  it('frees the workspace when the holder releases', () => {
    const { locks } = setup();
    const grant = locks.acquireRunLock('ws-1', 'alice');
    expect(locks.releaseRunLock(grant.lock_id ?? '')).toBe(true);
    expect(locks.getLockState('ws-1')).toMatchObject({ live: false, lock_id: null, holder: null });
    expect(locks.acquireRunLock('ws-1', 'bob').acquired).toBe(true);
  });

  it('ignores an unknown id', () => {
    const { locks } = setup();
    const grant = locks.acquireRunLock('ws-1', 'alice');
    expect(locks.releaseRunLock('nope')).toBe(false);
    expect(locks.getLockState('ws-1').lock_id).toBe(grant.lock_id);
  });

  it('ignores a stale id: an expired holder cannot release the newer lock', () => {
    const { clock, locks } = setup();
    const stale = locks.acquireRunLock('ws-1', 'alice', 1);
    clock.advance(1_000);
    const fresh = locks.acquireRunLock('ws-1', 'bob');
    expect(locks.releaseRunLock(stale.lock_id ?? '')).toBe(false);
    expect(locks.getLockState('ws-1')).toMatchObject({ live: true, lock_id: fresh.lock_id });
    expect(locks.isLive(fresh.lock_id ?? '')).toBe(true);
    expect(locks.isLive(stale.lock_id ?? '')).toBe(false);
  });
});

describe('getLockState', () => {
  it('shows an empty workspace', () => {
    const { locks } = setup();
    expect(locks.getLockState('ws-9')).toEqual({
      workspace_id: 'ws-9',
      live: false,
      holder: null,
      lock_id: null,
      acquired_at: null,
      expires_at: null,
      fencing_token: null,
      current_fencing_token: 0,
    });
  });

  it('shows the holder, expiry and token of a live lock, and keeps an expired one visible', () => {
    const { clock, locks } = setup();
    const grant = locks.acquireRunLock('ws-1', 'alice', 60);
    expect(locks.getLockState('ws-1')).toMatchObject({
      live: true,
      holder: 'alice',
      lock_id: grant.lock_id,
      expires_at: '2026-02-03T10:01:00.000Z',
      fencing_token: 1,
      current_fencing_token: 1,
    });
    clock.advance(60_000);
    expect(locks.getLockState('ws-1')).toMatchObject({ live: false, holder: 'alice' });
  });
});

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('seed 003 call shape', () => {
  it('needs no clock or id generator: system time and random lock ids by default', () => {
    const locks = createRunLockEngine();
    const grant = locks.acquireRunLock('ws-1', 'alice', 60);
    expect(grant).toMatchObject({ acquired: true, owner: 'alice' });
    expect(grant.lock_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(grant.expires_at ?? '') - Date.now()).toBeGreaterThan(55_000);
  });
});
