import { describe, expect, it } from 'vitest';
import type { TimelinePage } from '../../schemas/timeline/timeline-page';
import { timelineTestEntry } from './fixtures/timeline-test-entry';
import { flattenTimelinePages, timelinePagesInclude } from './timeline-pages';

const entry = (id: string) => timelineTestEntry({ entry_id: id, entry_type: 'analytics_snapshot' });
const [a, b, c] = [entry('a'), entry('b'), entry('c')];
const pages: TimelinePage[] = [
  { entries: [a, b], next_cursor: 'p2' },
  { entries: [b, c], next_cursor: null },
];

describe('flattenTimelinePages', () => {
  it('keeps order and yields an id repeated across pages once', () => {
    expect(flattenTimelinePages(pages).map((e) => e.entry_id)).toEqual(['a', 'b', 'c']);
  });

  it('returns one page’s entries as they are and nothing for no pages', () => {
    const first = pages[0] as TimelinePage;
    expect(flattenTimelinePages([first])).toBe(first.entries);
    expect(flattenTimelinePages([])).toEqual([]);
    expect(flattenTimelinePages(undefined)).toEqual([]);
  });
});

describe('timelinePagesInclude', () => {
  it('finds an entry on any loaded page', () => {
    expect(timelinePagesInclude(pages, 'c')).toBe(true);
    expect(timelinePagesInclude(pages, 'z')).toBe(false);
    expect(timelinePagesInclude(undefined, 'a')).toBe(false);
  });
});
