import {
  AuthenticationError,
  BadRequestError,
  type DataEvidenceItem,
  type NotebookEvidenceItem,
  NotFoundError,
  PermissionDeniedError,
} from '@govkit/sdk';
import { describe, expect, it } from 'vitest';
import { SEEDED_EXECUTIONS } from '../seed/lab-directory';
import { HARNESS_TRANSPORTS } from '../testing/mock-api-harness';
import { useMockApiHarness } from '../testing/use-mock-api-harness';

const { qpcr, sequencing } = SEEDED_EXECUTIONS;
const newestFirst = (
  a: { created_at: string; id: string },
  b: { created_at: string; id: string },
) =>
  Date.parse(b.created_at) - Date.parse(a.created_at) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

// Contract tests: evidence discovery pages with the real SDK client, MSW and HTTP.
describe.each(HARNESS_TRANSPORTS)('evidence discovery over %s', (transport) => {
  const api = useMockApiHarness(transport);
  const as = (userId: string) => api.client.withOptions({ auth: userId });

  describe('notebook entries', () => {
    it('walks every entry exactly once, newest first, across pages (ties included)', async () => {
      const expected = api.store.evidence.catalog.listNotebookEntries().sort(newestFirst);
      const timestamps = expected.map((e) => e.created_at);
      expect(new Set(timestamps).size).toBeLessThan(timestamps.length);
      const items: NotebookEvidenceItem[] = [];
      for await (const item of api.client.evidence.notebook({ limit: 4 })) items.push(item);
      expect(items.map((i) => i.id)).toEqual(expected.map((e) => e.id));
      expect(items[0]).toMatchObject({
        type: 'notebook_entry',
        label: expected[0]?.title,
        snapshot: { created_at: expected[0]?.created_at, author_id: expected[0]?.author_id },
        context: { execution_id: expected[0]?.execution_id ?? null },
      });
    });

    it('answers one page when awaited, with an opaque next_cursor; a bare timestamp cursor works', async () => {
      const page = await api.client.evidence.notebook({ limit: 5 });
      expect(page.items).toHaveLength(5);
      expect(page.next_cursor).toEqual(expect.any(String));
      const next = await api.client.evidence.notebook({ limit: 5, cursor: page.next_cursor ?? '' });
      expect(next.items.map((i) => i.id)).not.toContain(page.items[0]?.id);
      const olderThan = page.items[4]?.snapshot.created_at ?? '';
      const legacy = await api.client.evidence.notebook({ limit: 100, cursor: olderThan });
      for (const item of legacy.items) {
        expect(Date.parse(item.snapshot.created_at ?? '')).toBeLessThan(Date.parse(olderThan));
      }
    });

    it('filters by execution and shows a member only what they may see', async () => {
      const page = await as('user-member').evidence.notebook({ execution_id: qpcr, limit: 100 });
      expect(page.items.length).toBe(3);
      expect(page.items.every((i) => i.context.execution_id === qpcr)).toBe(true);
      const visible: NotebookEvidenceItem[] = [];
      for await (const item of as('user-member').evidence.notebook({ limit: 10 }))
        visible.push(item);
      expect(visible.some((i) => i.context.execution_id === sequencing)).toBe(false);
      const scratch = api.store.evidence.catalog
        .listNotebookEntries()
        .filter((e) => e.execution_id === null);
      for (const entry of scratch) {
        expect(visible.some((i) => i.id === entry.id)).toBe(entry.author_id === 'user-member');
      }
    });

    it('refuses a bad cursor (400), an unknown (404) or forbidden (403) filter, an unknown user (401)', async () => {
      const bad = await api.client.evidence.notebook({ cursor: 'not-a-cursor' }).catch((e) => e);
      expect(bad).toBeInstanceOf(BadRequestError);
      expect(bad).toMatchObject({ status: 400, detail: 'Invalid cursor' });
      await expect(
        api.client.evidence.notebook({ execution_id: 'exec-nope' }),
      ).rejects.toBeInstanceOf(NotFoundError);
      const forbidden = await as('user-member')
        .evidence.notebook({ execution_id: sequencing })
        .catch((e) => e);
      expect(forbidden).toBeInstanceOf(PermissionDeniedError);
      expect(forbidden).toMatchObject({ detail: 'Not authorized for execution workspace' });
      await expect(as('user-ghost').evidence.notebook()).rejects.toBeInstanceOf(
        AuthenticationError,
      );
      const response = await api.fetch('/api/notebook/entries/evidence?limit=0');
      expect(response.status).toBe(422);
      expect(
        ((await response.json()) as { detail: Array<{ loc: unknown[] }> }).detail[0]?.loc,
      ).toEqual(['query', 'limit']);
    });
  });

  describe('data evidence', () => {
    it.each([
      ['analytics_snapshot', 'analytics.snapshot'],
      ['qc_metric', 'qc.metric'],
      ['remediation_report', 'remediation.report'],
    ] as const)('walks every %s event exactly once, newest first', async (domain, prefix) => {
      const expected = api.store.events.list({ type_prefix: prefix }).sort(newestFirst);
      expect(expected.length).toBeGreaterThan(5);
      const items: DataEvidenceItem[] = [];
      for await (const item of api.client.evidence.data({ domain, limit: 5 })) items.push(item);
      expect(items.map((i) => i.id)).toEqual(expected.map((e) => e.id));
      expect(items.every((i) => i.type === domain)).toBe(true);
      expect(items[0]?.snapshot).toMatchObject({
        event_type: expected[0]?.event_type,
        payload: expected[0]?.payload,
      });
    });

    it('labels events by payload label/title, else "Domain @ time"; carries the attempt', async () => {
      const page = await api.client.evidence.data({
        domain: 'qc_metric',
        execution_id: qpcr,
        limit: 100,
      });
      expect(page.items).toHaveLength(2);
      const titled = page.items.find((i) => i.context.attempt === 1);
      const untitled = page.items.find((i) => i.context.attempt === 2);
      expect(titled?.label).toBe('QC check 1');
      expect(untitled?.label).toBe(`Qc Metric @ ${untitled?.snapshot.created_at}`);
      expect(page.next_cursor ?? null).toBeNull();
    });

    it('defaults to analytics snapshots and applies the same refusals', async () => {
      const page = await api.client.evidence.data({ limit: 1 });
      expect(page.items[0]?.type).toBe('analytics_snapshot');
      await expect(api.client.evidence.data({ cursor: '%%%' })).rejects.toMatchObject({
        status: 400,
        detail: 'Invalid cursor',
      });
      await expect(
        as('user-member').evidence.data({ execution_id: sequencing }),
      ).rejects.toBeInstanceOf(PermissionDeniedError);
      const response = await api.fetch('/api/data/evidence?domain=nope');
      expect(response.status).toBe(422);
      expect(api.store.version).toBe(0);
    });
  });
});
