import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { WarningHandler } from './request-options';

/** How a {@link PagePromise} fetches pages and reads them. */
export interface PagePromiseInit<TPage> {
  /** Fetch one page; `undefined` means the first page. */
  fetchPage: (cursor: string | undefined) => Promise<TPage>;
  /** Cursor of the first page, when the caller passed one. */
  initialCursor?: string | undefined;
  /** Response key of the item array (`trace_items`, `entries`, `items`). */
  itemsKey: string;
  /** Response key of the next cursor (`next_cursor`). */
  nextCursorKey: string;
  onWarning?: WarningHandler | undefined;
  /** Endpoint id, echoed in warnings. */
  contract?: string | undefined;
}

// Keys that identify an item across pages. The kind/type is part of the key because audit
// and event ids are separate sequences (`audit_id` 5 and `event_id` "5" are different).
const ID_KEYS = ['id', 'entry_id', 'lineage_id', 'audit_id', 'event_id'] as const;

/** A stable identity for an item, or undefined when it has none (such items are never dropped). */
export function pageItemKey(item: unknown): string | undefined {
  if (item === null || typeof item !== 'object') return undefined;
  const record = item as Record<string, unknown>;
  const kindKey = ['kind', 'type', 'entry_type'].find((key) => typeof record[key] === 'string');
  const kind = kindKey ? String(record[kindKey]) : '';
  for (const key of ID_KEYS) {
    const value = record[key];
    if (value !== undefined && value !== null && value !== '')
      return `${kind}|${key}|${String(value)}`;
  }
  return undefined;
}

/**
 * The result of a cursor endpoint: `await` it for the first page (the documented response), or
 * `for await` over it for every item of every page. Nothing is sent until one of the two happens.
 *
 * Iteration is defensive against real servers: it stops (with an `onWarning`) when a server
 * repeats a cursor or sends the same page again (a server that ignores the cursor would
 * answer page 1 forever), and it yields each item id once (timeline analytics entries repeat on
 * every page).
 *
 * @example
 * const page = await client.replay.tasks.decisionTrace('task-1', { limit: 50 });
 * for await (const item of client.replay.tasks.decisionTrace('task-1')) render(item);
 */
export class PagePromise<TPage, TItem> implements PromiseLike<TPage>, AsyncIterable<TItem> {
  private readonly init: PagePromiseInit<TPage>;
  private first: Promise<TPage> | undefined;

  constructor(init: PagePromiseInit<TPage>) {
    this.init = init;
  }

  private firstPage(): Promise<TPage> {
    this.first ??= this.init.fetchPage(this.init.initialCursor);
    return this.first;
  }

  // biome-ignore lint/suspicious/noThenProperty: a PagePromise is deliberately awaitable.
  then<TResult1 = TPage, TResult2 = never>(
    onfulfilled?: ((value: TPage) => TResult1 | PromiseLike<TResult1>) | null,
    onrejected?: ((reason: unknown) => TResult2 | PromiseLike<TResult2>) | null,
  ): Promise<TResult1 | TResult2> {
    return this.firstPage().then(onfulfilled, onrejected);
  }

  catch<TResult = never>(
    onrejected?: ((reason: unknown) => TResult | PromiseLike<TResult>) | null,
  ): Promise<TPage | TResult> {
    return this.firstPage().catch(onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<TPage> {
    return this.firstPage().finally(onfinally);
  }

  /** Every page in order, stopping at the last one or at a repeated cursor/page. */
  async *pages(): AsyncGenerator<TPage, void, undefined> {
    let page = await this.firstPage();
    // Read after the first page: a client endpoint whose definition loads lazily completes the
    // init (items key, cursor keys) when it fetches that page.
    const { itemsKey, nextCursorKey } = this.init;
    const seenCursors = new Set<string>();
    const seenPages = new Set<string>();
    let cursor = this.init.initialCursor;
    if (cursor !== undefined) seenCursors.add(cursor);
    for (;;) {
      const items = itemsOf(page, itemsKey);
      // A digest, not the page itself: remembering every page's JSON would keep a whole
      // 100,000-item trace in memory while it streams.
      const fingerprint = bytesToHex(sha256(utf8ToBytes(JSON.stringify(items))));
      if (items.length > 0 && seenPages.has(fingerprint)) {
        this.warn(
          'repeated_page',
          `The server sent the same page again (cursor ${cursor}); stopped.`,
        );
        return;
      }
      seenPages.add(fingerprint);
      yield page;
      const next = (page as Record<string, unknown> | null)?.[nextCursorKey];
      if (next === undefined || next === null || next === '') return;
      const nextCursor = String(next);
      if (seenCursors.has(nextCursor)) {
        this.warn('repeated_cursor', `The server repeated cursor ${nextCursor}; stopped.`);
        return;
      }
      seenCursors.add(nextCursor);
      cursor = nextCursor;
      page = await this.init.fetchPage(cursor);
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<TItem, void, undefined> {
    const seen = new Set<string>();
    for await (const page of this.pages()) {
      for (const item of itemsOf(page, this.init.itemsKey)) {
        const key = pageItemKey(item);
        if (key !== undefined) {
          if (seen.has(key)) continue;
          seen.add(key);
        }
        yield item as TItem;
      }
    }
  }

  /** Collect every item (de-duplicated) into an array. Mind the memory on large traces. */
  async toArray(): Promise<TItem[]> {
    const items: TItem[] = [];
    for await (const item of this) items.push(item);
    return items;
  }

  private warn(code: 'repeated_cursor' | 'repeated_page', message: string) {
    this.init.onWarning?.({ code, message, path: [], contract: this.init.contract });
  }
}

function itemsOf(page: unknown, itemsKey: string): unknown[] {
  if (Array.isArray(page)) return page;
  const items = (page as Record<string, unknown> | null)?.[itemsKey];
  return Array.isArray(items) ? items : [];
}
