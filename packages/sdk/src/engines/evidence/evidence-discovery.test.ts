import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTORS, createSeed001World } from '../exports/fixtures/seed-001-world';
import { refusalOf } from '../shared/fixtures/refusal';
import { createMemoryEvidenceCatalog, type NotebookEntryRecord } from './evidence-catalog';
import { decodeEvidenceCursor, encodeEvidenceCursor, evidencePageAfter } from './evidence-cursor';
import { createEvidenceDiscovery } from './evidence-discovery';

const NUM_RUNS = Number(process.env.GOVKIT_FC_RUNS) || 500;

function entry(
  id: string,
  at: string,
  extra: Partial<NotebookEntryRecord> = {},
): NotebookEntryRecord {
  return { id, title: `Entry ${id}`, content: 'body', created_at: at, updated_at: at, ...extra };
}

function setup() {
  const world = createSeed001World();
  const catalog = createMemoryEvidenceCatalog({
    notebookEntries: [
      entry('n-1', '2025-01-01T00:00:00.000Z', {
        execution_id: 'exec-1',
        project_id: 'p-1',
        author_id: ACTORS.runner,
      }),
      entry('n-2', '2025-01-02T00:00:00.000Z', { execution_id: 'exec-1' }),
      entry('n-3', '2025-01-02T00:00:00.000Z', { execution_id: 'exec-solo' }),
      entry('n-4', '2025-01-03T00:00:00.000Z', { author_id: ACTORS.outsider }),
    ],
  });
  const discovery = createEvidenceDiscovery({ ...world, catalog });
  return { ...world, catalog, discovery };
}

describe('notebook evidence', () => {
  it('lists visible entries newest first with the BioLabs descriptor shape', () => {
    const { discovery } = setup();
    const page = discovery.notebook(ACTORS.runner);
    expect(page.items.map((i) => i.id)).toEqual(['n-3', 'n-2', 'n-1']);
    expect(page.items[2]).toEqual({
      id: 'n-1',
      type: 'notebook_entry',
      label: 'Entry n-1',
      snapshot: {
        created_at: '2025-01-01T00:00:00.000Z',
        updated_at: '2025-01-01T00:00:00.000Z',
        author_id: ACTORS.runner,
      },
      context: { execution_id: 'exec-1', project_id: 'p-1' },
    });
    expect(page.next_cursor).toBeNull();
    expect(discovery.notebook(ACTORS.outsider).items.map((i) => i.id)).toEqual(['n-4']);
    expect(discovery.notebook(ACTORS.admin).items).toHaveLength(4);
    expect(discovery.notebook(ACTORS.member).items.map((i) => i.id)).toEqual(['n-2', 'n-1']);
  });
  it('pages with a stable cursor across equal timestamps', () => {
    const { discovery } = setup();
    const first = discovery.notebook(ACTORS.admin, { limit: 2 });
    expect(first.items.map((i) => i.id)).toEqual(['n-4', 'n-3']);
    const second = discovery.notebook(ACTORS.admin, { limit: 2, cursor: first.next_cursor ?? '' });
    expect(second.items.map((i) => i.id)).toEqual(['n-2', 'n-1']);
    expect(second.next_cursor).toBeNull();
  });
  it('checks execution filters and cursors', () => {
    const { discovery } = setup();
    expect(discovery.notebook(ACTORS.admin, { execution_id: 'exec-1' }).items).toHaveLength(2);
    expect(
      refusalOf(() => discovery.notebook(ACTORS.outsider, { execution_id: 'exec-1' })),
    ).toEqual([403, 'Not authorized for execution workspace']);
    expect(refusalOf(() => discovery.notebook(ACTORS.admin, { execution_id: 'nope' }))[0]).toBe(
      404,
    );
    expect(refusalOf(() => discovery.notebook(ACTORS.admin, { cursor: 'garbage!' }))).toEqual([
      400,
      'Invalid cursor',
    ]);
    expect(refusalOf(() => discovery.notebook(ACTORS.admin, { limit: 0 }))[0]).toBe(422);
    expect(refusalOf(() => discovery.notebook('u-ghost'))[0]).toBe(401);
  });
  it("accepts BioLabs' bare timestamp cursor (strictly older items)", () => {
    const { discovery } = setup();
    const page = discovery.notebook(ACTORS.admin, { cursor: '2025-01-02T00:00:00.000Z' });
    expect(page.items.map((i) => i.id)).toEqual(['n-1']);
  });
});

describe('data evidence', () => {
  it('reads typed events per domain with label fallbacks and attempt context', () => {
    const { discovery, events, clock } = setup();
    events.append({
      execution_id: 'exec-1',
      event_type: 'qc.metric.recorded',
      payload: { label: 'OD600', attempt: 2 },
    });
    clock.advance(1000);
    events.append({ execution_id: 'exec-1', event_type: 'qc.metric.recorded', payload: {} });
    events.append({
      execution_id: 'exec-1',
      event_type: 'analytics.snapshot.captured',
      payload: { title: 'Yield' },
    });
    events.append({
      execution_id: 'exec-solo',
      event_type: 'qc.metric.recorded',
      payload: { title: 'Solo' },
    });
    const qc = discovery.data(ACTORS.member, { domain: 'qc_metric' });
    expect(qc.items.map((i) => i.label)).toEqual([`Qc Metric @ 2025-01-06T09:00:01.000Z`, 'OD600']);
    expect(qc.items[1]?.context).toEqual({ execution_id: 'exec-1', attempt: 2 });
    expect(qc.items[1]?.snapshot.event_type).toBe('qc.metric.recorded');
    expect(discovery.data(ACTORS.runner, { domain: 'qc_metric' }).items).toHaveLength(3);
    expect(discovery.data(ACTORS.runner).items.map((i) => i.label)).toEqual(['Yield']);
    expect(discovery.data(ACTORS.runner, { domain: 'remediation_report' }).items).toEqual([]);
  });
});

describe('evidence cursor pagination (property)', () => {
  it('pages through any list exactly once, in order, for any page size', () => {
    const item = fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      created_at: fc.constantFrom(
        '2025-01-01T00:00:00.000Z',
        '2025-01-02T00:00:00.000Z',
        '2025-01-03T12:00:00.000Z',
      ),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(item, { selector: (i) => i.id, maxLength: 40 }),
        fc.integer({ min: 1, max: 7 }),
        (items, limit) => {
          const sorted = [...items].sort((a, b) =>
            a.created_at === b.created_at
              ? a.id < b.id
                ? 1
                : -1
              : a.created_at < b.created_at
                ? 1
                : -1,
          );
          const seen: string[] = [];
          let cursor: string | undefined;
          for (let guard = 0; guard <= items.length + 1; guard += 1) {
            const page = evidencePageAfter(sorted, limit, cursor);
            seen.push(...page.items.map((i) => i.id));
            if (!page.next_cursor) break;
            cursor = page.next_cursor;
          }
          expect(seen).toEqual(sorted.map((i) => i.id));
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
  it('round-trips cursors with any id', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (id) => {
        const cursor = encodeEvidenceCursor({ id, created_at: '2025-01-01T00:00:00.000Z' });
        expect(decodeEvidenceCursor(cursor)).toEqual({
          id,
          created_at: '2025-01-01T00:00:00.000Z',
        });
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
