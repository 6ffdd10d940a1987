import { describe, expect, it } from 'vitest';
import { lineageDownloadFilename, lineageEndpoints } from './endpoints';

describe('lineageEndpoints', () => {
  it("downloads raw inputs as gzip under the contract's file name", () => {
    expect(lineageEndpoints.download.responseKind).toBe('binary');
    expect(lineageEndpoints.download.contentType).toBe('application/gzip');
    expect(lineageDownloadFilename('abc')).toBe('lineage_abc_raw_inputs.json.gz');
  });

  it('declares cursor pagination where pages exist', () => {
    expect(lineageEndpoints.search.pagination).toEqual({
      cursorParam: 'cursor',
      itemsKey: 'items',
      nextCursorKey: 'next_cursor',
    });
    expect(lineageEndpoints.logs.pagination?.itemsKey).toBe('events');
    expect(lineageEndpoints.audit.pagination?.itemsKey).toBe('items');
  });

  it('coerces query strings and applies the documented bounds and defaults', () => {
    const search = lineageEndpoints.search.query;
    expect(search.parse({})).toEqual({ limit: 100 });
    expect(search.parse({ limit: '1000', lead_id: 'l' })).toEqual({ limit: 1000, lead_id: 'l' });
    expect(search.safeParse({ limit: '0' }).success).toBe(false);
    expect(search.safeParse({ limit: '1001' }).success).toBe(false);
    expect(search.safeParse({ skip: '20' }).success).toBe(false);
    // Dates are strings here: a malformed one is the server's 400, not a 422.
    expect(search.safeParse({ start_date: 'soon' }).success).toBe(true);
    expect(lineageEndpoints.logs.query.parse({ offset: '5' })).toEqual({ offset: 5, limit: 100 });
    expect(lineageEndpoints.audit.query.parse({})).toEqual({ limit: 100 });
  });
});
