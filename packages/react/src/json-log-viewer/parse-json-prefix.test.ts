import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonPrefix } from './parse-json-prefix';

const log = {
  summary: { total: 3, note: 'a "quoted", {braced} [text] \\ with, commas' },
  events: [
    { type: 'info', data: { n: 1, tags: ['a', 'b'] } },
    { type: 'warn', data: { n: 2, tags: [] } },
    { type: 'error', data: { n: 3, tags: ['c'] } },
  ],
  raw_inputs: { city: 'Denver' },
};
const text = JSON.stringify(log, null, 2);

describe('parseJsonPrefix', () => {
  it('returns the whole document when the text is whole', () => {
    expect(parseJsonPrefix(text)).toEqual(log);
  });

  it('keeps only whole events: a cut inside an event drops that event', () => {
    const cut = text.indexOf('"warn"') + 3; // inside the second event
    expect(parseJsonPrefix(text.slice(0, cut))).toEqual({
      summary: log.summary,
      events: [log.events[0]],
    });
  });

  it('does not mistake brackets and commas inside strings for structure', () => {
    const cut = text.indexOf('with, commas') + 5; // inside the summary's string
    // The summary is two deep: it may show partly, but only with whole values.
    expect(parseJsonPrefix(text.slice(0, cut))).toEqual({ summary: { total: 3 } });
    const afterSummary = text.indexOf('"events"');
    expect(parseJsonPrefix(text.slice(0, afterSummary))).toEqual({ summary: log.summary });
  });

  it('cuts deeper with a larger depth, shallower with a smaller one', () => {
    const cut = text.indexOf('"warn"') + 40; // inside the second event's data
    expect(parseJsonPrefix(text.slice(0, cut), 1)).toEqual({ summary: log.summary });
    const deeper = parseJsonPrefix(text.slice(0, cut), 3) as { events: unknown[] };
    expect(deeper.events).toHaveLength(2);
    expect(deeper.events[1]).toMatchObject({ type: 'warn' });
  });

  it('says undefined for no whole value yet and for text that is not JSON', () => {
    expect(parseJsonPrefix('')).toBeUndefined();
    expect(parseJsonPrefix('{"summary": {"tot')).toBeUndefined();
    expect(parseJsonPrefix('not json, at all')).toBeUndefined();
  });

  it('every prefix of any JSON array of records parses to a prefix of its records', () => {
    fc.assert(
      fc.property(
        fc.array(fc.dictionary(fc.string(), fc.jsonValue()), { maxLength: 8 }),
        fc.nat(),
        (records, at) => {
          const json = JSON.stringify({ events: records });
          // The records as JSON carries them (`-0` is written as `0`), which is what a prefix holds.
          const { events } = JSON.parse(json) as { events: unknown[] };
          const parsed = parseJsonPrefix(json.slice(0, at % (json.length + 1))) as
            | { events?: unknown[] }
            | undefined;
          if (parsed === undefined) return;
          const shown = parsed.events ?? [];
          expect(shown).toEqual(events.slice(0, shown.length));
        },
      ),
    );
  });
});
