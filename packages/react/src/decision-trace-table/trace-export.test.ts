import { describe, expect, it } from 'vitest';
import { SEED_TRACE_ITEMS } from '../replay/replay-widget.fixtures';
import { toDecisionTraceRows } from './decision-trace-row';
import { csvField, traceToCsv, traceToJson } from './trace-export';

describe('csvField', () => {
  it.each([
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+1+1', "'+1+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
  ])('neutralises formula start %j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it('quotes separators, quotes and line breaks, and leaves plain text alone', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('TASK_CREATED')).toBe('TASK_CREATED');
    expect(csvField(null)).toBe('');
    expect(csvField(-3)).toBe('-3');
  });
});

describe('traceToCsv / traceToJson', () => {
  const rows = toDecisionTraceRows([{ trace_items: SEED_TRACE_ITEMS }]);

  it('writes a header and one CRLF line per row, payload as JSON text', () => {
    const lines = traceToCsv(rows).split('\r\n');
    expect(lines[0]).toBe('ts,kind,event_type,decision,reason,decision_id,id,payload');
    expect(lines[1]).toMatch(
      /^2026-12-03T09:15:00Z,audit,SUPERVISOR_BLOCKED,BLOCK,Redline violation,dec-001,audit:audit-001,"\{""decision_id"":""dec-001""/,
    );
    expect(lines[2]).toBe(
      '2026-12-03 09:10:00,event,TASK_CREATED,,,,event:123,"{""source"":""eventbus"",""title"":""Clean up /etc""}"',
    );
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
  });

  it('exports the trace items exactly as the API sent them', () => {
    expect(JSON.parse(traceToJson(rows))).toEqual(SEED_TRACE_ITEMS);
  });
});
