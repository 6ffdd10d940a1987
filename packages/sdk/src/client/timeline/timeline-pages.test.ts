import { describe, expect, it, vi } from 'vitest';
import type { TimelinePage } from '../../schemas/timeline/timeline-page';
import { timelineTestEntry } from './fixtures/timeline-test-entry';
import { findTimelineEntry, flattenTimelinePages, timelinePagesInclude } from './timeline-pages';

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

describe('findTimelineEntry', () => {
  // A cursor of one entry per page: `loadMore` appends the next page.
  function cursor(ids: string[]) {
    const all: TimelinePage[] = ids.map((id, index) => ({
      entries: [entry(id)],
      next_cursor: index < ids.length - 1 ? `p${index + 2}` : null,
    }));
    let loaded = 1;
    const loadMore = vi.fn(async () => {
      loaded += 1;
      return { pages: all.slice(0, loaded), hasMore: loaded < all.length };
    });
    return { pages: all.slice(0, 1), hasMore: all.length > 1, loadMore };
  }

  it('answers from the loaded pages without loading', async () => {
    const source = cursor(['a', 'b']);
    await expect(findTimelineEntry('a', source)).resolves.toBe(true);
    expect(source.loadMore).not.toHaveBeenCalled();
  });

  it('loads older pages until one holds the entry', async () => {
    const source = cursor(['a', 'b', 'c', 'd']);
    await expect(findTimelineEntry('c', source)).resolves.toBe(true);
    expect(source.loadMore).toHaveBeenCalledTimes(2);
  });

  it('stops at the end of the cursor, or when aborted', async () => {
    const source = cursor(['a', 'b', 'c']);
    await expect(findTimelineEntry('z', source)).resolves.toBe(false);
    expect(source.loadMore).toHaveBeenCalledTimes(2);
    const aborted = cursor(['a', 'b', 'c']);
    const controller = new AbortController();
    controller.abort();
    await expect(findTimelineEntry('c', { ...aborted, signal: controller.signal })).resolves.toBe(
      false,
    );
    expect(aborted.loadMore).not.toHaveBeenCalled();
  });

  it('passes on a failed load', async () => {
    const failure = new Error('page failed');
    const search = findTimelineEntry('z', {
      pages,
      hasMore: true,
      loadMore: () => Promise.reject(failure),
    });
    await expect(search).rejects.toBe(failure);
  });
});
