import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExecutionEvent } from '../governance/event-log';
import { renderExecutionNarrative } from './narrative-renderer';

const NUM_RUNS = Number(process.env.GOVKIT_FC_RUNS) || 100;
const execution = {
  id: 'exec-1',
  runner_id: 'u-runner',
  protocol_template_id: 'proto-1',
  status: 'done',
};

const events: ExecutionEvent[] = [
  {
    id: 'evt-2',
    execution_id: 'exec-1',
    event_type: 'step.completed',
    payload: { z: 1, a: { y: 2, b: 3 } },
    actor_id: 'u-runner',
    created_at: '2025-01-01T10:00:00.000Z',
  },
  {
    id: 'evt-1',
    execution_id: 'exec-1',
    event_type: 'step.started',
    payload: { code: '```oops```' },
    created_at: '2025-01-01T09:00:00.000Z',
  },
];

describe('renderExecutionNarrative', () => {
  it('renders a header table, a chronological timeline with sorted payload keys, attachments and notes', () => {
    const markdown = renderExecutionNarrative({
      execution,
      events,
      generatedAt: '2025-01-02T00:00:00.000Z',
      version: 3,
      notes: 'Reviewed | ok',
      attachments: [
        {
          id: 'a',
          evidence_type: 'file',
          reference_id: 'f-1',
          label: 'plate | map',
          snapshot: {},
          hydration_context: {},
          created_at: 't',
        },
      ],
    });
    expect(markdown.startsWith('# Execution Narrative: exec-1\n')).toBe(true);
    expect(markdown).toContain('| Export version | 3 |');
    expect(markdown).toContain('| Event count | 2 |');
    expect(markdown.indexOf('### 1. step.started')).toBeLessThan(
      markdown.indexOf('### 2. step.completed'),
    );
    expect(markdown).toContain('- Actor: system');
    expect(markdown).toContain('"a": {\n    "b": 3,\n    "y": 2\n  },\n  "z": 1');
    // A payload containing a code fence cannot break out of its block.
    expect(markdown).toContain('````json\n{\n  "code": "```oops```"\n}\n````');
    expect(markdown).toContain('| 1 | file | f-1 | plate \\| map |');
    expect(markdown).toContain('## Notes\n\nReviewed | ok\n');
  });
  it('says so when there are no events', () => {
    const markdown = renderExecutionNarrative({ execution, events: [], generatedAt: 't' });
    expect(markdown).toContain('_No execution events were recorded._');
    expect(markdown).not.toContain('## Evidence Attachments');
  });
  it('is deterministic: any order of the same events gives the same bytes', () => {
    const event = fc.record({
      id: fc.uuid(),
      execution_id: fc.constant('exec-1'),
      event_type: fc.constantFrom('a.b', 'step.completed', 'qc.metric'),
      payload: fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 })),
      created_at: fc.constantFrom('2025-01-01T00:00:00.000Z', '2025-01-01T00:00:01.000Z'),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(event, { selector: (e) => e.id, maxLength: 8 }),
        fc.nat(),
        (list, seed) => {
          const shuffled = [...list].sort(
            (a, b) => (a.id.charCodeAt(seed % 8) || 0) - (b.id.charCodeAt(seed % 8) || 0),
          );
          const first = renderExecutionNarrative({ execution, events: list, generatedAt: 'g' });
          const second = renderExecutionNarrative({
            execution,
            events: shuffled,
            generatedAt: 'g',
          });
          expect(second).toBe(first);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});
