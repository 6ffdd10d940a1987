import { describe, expect, it } from 'vitest';
import { lineageDownloadFilename, lineageEndpoints } from './endpoints';

describe('lineageEndpoints', () => {
  it('declares the seven endpoints with exact ids, methods, paths and statuses', () => {
    const table = Object.values(lineageEndpoints).map((e) => [
      e.id,
      e.method,
      e.path,
      e.successStatus,
      e.responseKind,
      [...e.errorStatuses],
    ]);
    expect(table).toEqual([
      ['lineage.search', 'GET', '/api/lineage/search', 200, 'json', [400, 422]],
      ['lineage.retrieve', 'GET', '/api/lineage/{report_id}', 200, 'json', [404]],
      ['lineage.logs', 'GET', '/api/lineage/{lineage_id}/logs', 200, 'json', [400, 404, 422]],
      ['lineage.download', 'GET', '/api/lineage/{lineage_id}/download', 200, 'binary', [404]],
      ['lineage.stats', 'GET', '/api/lineage/panel/stats', 200, 'json', []],
      ['lineage.delete', 'DELETE', '/api/lineage/{lineage_id}', 200, 'json', [404]],
      ['lineage.audit', 'GET', '/api/lineage/{lineage_id}/audit', 200, 'json', [400, 404, 422]],
    ]);
    expect(lineageEndpoints.download.contentType).toBe('application/gzip');
    expect(lineageDownloadFilename('abc')).toBe('lineage_abc_raw_inputs.json.gz');
  });

  it('names every path parameter in its path params schema', () => {
    for (const endpoint of Object.values(lineageEndpoints)) {
      const names = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      expect(Object.keys(endpoint.pathParams?.shape ?? {})).toEqual(names);
    }
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
