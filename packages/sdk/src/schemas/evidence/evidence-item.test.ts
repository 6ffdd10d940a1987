import { describe, expect, it } from 'vitest';
import { evidenceEndpoints } from './endpoints';
import { DataEvidencePageSchema, NotebookEvidencePageSchema } from './evidence-item';
import { DataEvidenceParamsSchema, NotebookEvidenceParamsSchema } from './evidence-params';

describe('evidence schemas', () => {
  it('parses notebook and data pages', () => {
    const notebook = NotebookEvidencePageSchema.parse({
      items: [
        {
          id: 'n-1',
          type: 'notebook_entry',
          label: 'Day 1',
          snapshot: { created_at: 't', updated_at: 't', author_id: 'u-1' },
          context: { execution_id: 'e-1', project_id: null },
        },
      ],
      next_cursor: 'abc',
    });
    expect(notebook.items[0]?.label).toBe('Day 1');
    const data = DataEvidencePageSchema.parse({
      items: [
        {
          id: 'ev-1',
          type: 'qc_metric',
          label: 'Qc Metric @ t',
          snapshot: { event_type: 'qc.metric.recorded', created_at: 't', payload: null },
          context: { execution_id: 'e-1', attempt: 2 },
        },
      ],
    });
    expect(data.items[0]?.snapshot.payload).toEqual({});
    expect(data.next_cursor).toBeUndefined();
  });
  it('bounds limit to 1..100 with default 20 and defaults the domain', () => {
    expect(NotebookEvidenceParamsSchema.parse({})).toEqual({ limit: 20 });
    expect(NotebookEvidenceParamsSchema.parse({ limit: '100' }).limit).toBe(100);
    expect(NotebookEvidenceParamsSchema.safeParse({ limit: '0' }).success).toBe(false);
    expect(NotebookEvidenceParamsSchema.safeParse({ limit: 101 }).success).toBe(false);
    expect(DataEvidenceParamsSchema.parse({}).domain).toBe('analytics_snapshot');
    expect(DataEvidenceParamsSchema.safeParse({ domain: 'file' }).success).toBe(false);
  });
  it('declares cursor pagination over items', () => {
    expect(evidenceEndpoints.notebook.path).toBe('/api/notebook/entries/evidence');
    expect(evidenceEndpoints.data.path).toBe('/api/data/evidence');
    expect(evidenceEndpoints.data.pagination).toEqual({
      cursorParam: 'cursor',
      itemsKey: 'items',
      nextCursorKey: 'next_cursor',
    });
  });
});
