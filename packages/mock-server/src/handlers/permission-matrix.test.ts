import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEEDED_WORKSPACES } from '../seed/run-governance';
import type { MockStore } from '../store/mock-store';
import { useMockApiHarness } from '../testing/use-mock-api-harness';

// The permission matrix of docs/permissions.md, executed as written: the table is parsed from the
// document, so the documentation and the enforced behaviour cannot drift apart.
const DOC = join(import.meta.dirname, '../../../../docs/permissions.md');

interface Cell {
  action: string;
  user: string;
  status: number;
  lockId?: 'shown' | 'hidden';
}

function matrixCells(markdown: string): Cell[] {
  const rows = markdown
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  const header = rows.find((row) => row[0] === 'action');
  if (!header) throw new Error('No permission table in docs/permissions.md');
  const users = header.slice(2).map((title) => title.split(' ')[0] as string);
  return rows
    .filter((row) => row !== header && !row[0]?.startsWith('-'))
    .flatMap((row) =>
      users.map((user, i): Cell => {
        const text = row[i + 2] as string;
        const lockId = /lock_id (shown|hidden)/.exec(text)?.[1] as Cell['lockId'];
        return { action: row[0] as string, user, status: Number.parseInt(text, 10), lockId };
      }),
    );
}

const LIVE = SEEDED_WORKSPACES[0]?.id as string;
const liveLockId = (store: MockStore) =>
  store.runGovernance.locks.getLockState(LIVE).lock_id as string;
const firstLineage = (store: MockStore) => store.lineage.store.listLineages()[0];
const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

/** The request of each action, for the acting `user`, on a freshly seeded store. */
const REQUESTS: Record<string, (store: MockStore, user: string) => [string, RequestInit]> = {
  'inspect the live lock': () => [`/api/workspaces/${LIVE}/lock`, {}],
  'release the live lock by its id': (store) => [
    `/api/locks/${liveLockId(store)}`,
    { method: 'DELETE' },
  ],
  'release an unknown lock id': () => ['/api/locks/lock-unknown', { method: 'DELETE' }],
  'take a free lock for yourself': (_, user) => [
    '/api/workspaces/ws-matrix/lock',
    json('POST', { owner: user }),
  ],
  'take a free lock naming another owner': (_, user) => [
    '/api/workspaces/ws-matrix/lock',
    json('POST', { owner: user === 'user-lead' ? 'user-member' : 'user-lead' }),
  ],
  'start a run for yourself': (_, user) => [
    '/api/workspaces/ws-matrix/runs',
    json('POST', { owner: user }),
  ],
  'start a run naming another owner': () => [
    '/api/workspaces/ws-matrix/runs',
    json('POST', { owner: 'user-lead' }),
  ],
  'delete a lineage': (store) => [`/api/lineage/${firstLineage(store)?.id}`, { method: 'DELETE' }],
  "read a report's lineage (audited with the user)": (store) => [
    `/api/lineage/${firstLineage(store)?.report_generation_id}`,
    {},
  ],
};

const cells = matrixCells(readFileSync(DOC, 'utf8'));

describe('permission matrix (docs/permissions.md)', () => {
  const api = useMockApiHarness('msw');

  it('covers every action of the document, and every action of the document is runnable', () => {
    const actions = [...new Set(cells.map((cell) => cell.action))];
    expect(actions.sort()).toEqual(Object.keys(REQUESTS).sort());
    expect(cells.length).toBeGreaterThanOrEqual(40);
    expect(cells.every((cell) => Number.isInteger(cell.status))).toBe(true);
  });

  it.each(cells.map((cell) => [cell.action, cell.user, cell] as const))(
    '%s as %s',
    async (_, user, cell) => {
      const build = REQUESTS[cell.action];
      if (!build) throw new Error(`No request for "${cell.action}"`);
      const [path, init] = build(api.store, user);
      const before = JSON.stringify(api.store.snapshot());
      const response = await api.fetch(path, {
        ...init,
        headers: { ...(init.headers as Record<string, string>), 'x-govkit-user': user },
      });
      expect(response.status).toBe(cell.status);
      const text = await response.text();
      if (cell.status >= 400) {
        expect(typeof (JSON.parse(text) as { detail: unknown }).detail).toBe('string');
        expect(JSON.stringify(api.store.snapshot())).toBe(before);
      }
      if (cell.lockId) {
        const lockId = (JSON.parse(text) as { lock_id: string | null }).lock_id;
        if (cell.lockId === 'shown') expect(lockId).toBe(liveLockId(api.store));
        else expect(lockId).toBeNull();
      }
    },
  );

  it('records a lineage deletion with who made it, where no delete reaches', async () => {
    const row = firstLineage(api.store);
    const response = await api.fetch(`/api/lineage/${row?.id}`, {
      method: 'DELETE',
      headers: { 'x-govkit-user': 'user-admin', 'user-agent': 'matrix-test' },
    });
    expect(response.status).toBe(200);
    expect(api.store.lineage.engine.listDeletions()).toEqual([
      expect.objectContaining({
        lineage_id: row?.id,
        report_generation_id: row?.report_generation_id,
        deleted_by: 'user-admin',
        user_agent: 'matrix-test',
      }),
    ]);
  });
});
