import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRouteTable, type RouteKey } from './route-table';

const NUM_RUNS = Number(process.env.GOVKIT_FC_RUNS) || 500;

describe('compileRouteTable', () => {
  const table = compileRouteTable([
    { method: 'GET', path: '/api/lineage/search' },
    { method: 'GET', path: '/api/lineage/{report_id}' },
    { method: 'DELETE', path: '/api/lineage/{lineage_id}' },
    { method: 'GET', path: '/api/lineage/{lineage_id}/logs' },
    { method: 'GET', path: '/api/lineage/panel/stats' },
    { method: 'GET', path: '/' },
  ]);

  it('extracts parameters by each route’s own names', () => {
    expect(table.lookup('GET', '/api/lineage/r-1')).toMatchObject({ params: { report_id: 'r-1' } });
    expect(table.lookup('delete', '/api/lineage/r-1')).toMatchObject({
      params: { lineage_id: 'r-1' },
    });
    expect(table.lookup('GET', '/api/lineage/l-9/logs')).toMatchObject({
      route: { path: '/api/lineage/{lineage_id}/logs' },
      params: { lineage_id: 'l-9' },
    });
  });

  it('prefers literals and backtracks to parameters when a literal branch dead-ends', () => {
    expect(table.lookup('GET', '/api/lineage/search')).toMatchObject({
      route: { path: '/api/lineage/search' },
    });
    expect(table.lookup('GET', '/api/lineage/panel/stats')).toMatchObject({ params: {} });
    expect(table.lookup('GET', '/api/lineage/panel/logs')).toMatchObject({
      params: { lineage_id: 'panel' },
    });
  });

  it('tells a wrong method from an unknown path, and never fills a parameter with ""', () => {
    expect(table.lookup('POST', '/api/lineage/x')).toEqual({
      kind: 'method_not_allowed',
      allowed: ['GET', 'DELETE'],
    });
    expect(table.lookup('GET', '/api/lineage/x/nope')).toBeUndefined();
    expect(table.lookup('GET', '/api/lineage/')).toBeUndefined();
    expect(table.lookup('GET', '/')).toMatchObject({ kind: 'match' });
  });

  it('refuses two routes with the same method and shape', () => {
    expect(() =>
      compileRouteTable([
        { method: 'GET', path: '/a/{x}' },
        { method: 'GET', path: '/a/{y}' },
      ]),
    ).toThrow(/Duplicate route GET \/a\/\{y\}/);
  });

  // The trie must agree with the obvious linear matcher (literal-first order) on any route set.
  it('agrees with a linear reference matcher', () => {
    const segment = fc.constantFrom('a', 'b', 'c', '{p}', '{q}');
    const route = fc.record({
      method: fc.constantFrom('GET', 'POST'),
      path: fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => `/${s.join('/')}`),
    });
    const request = fc.array(fc.constantFrom('a', 'b', 'c', 'x'), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(
        fc.uniqueArray(route, { selector: shape, maxLength: 12 }),
        request,
        (routes, parts) => {
          const trie = compileRouteTable(routes);
          const found = trie.lookup('GET', `/${parts.join('/')}`);
          const expected = linearMatch(routes, parts);
          if (expected === undefined)
            expect(found === undefined || found.kind !== 'match').toBe(true);
          else expect(found).toMatchObject({ kind: 'match', route: expected });
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});

function shape(route: RouteKey): string {
  return `${route.method} ${route.path.replace(/\{[^}]+\}/g, '{}')}`;
}

// Rank each candidate by where its first parameter sits (later = more literal = preferred),
// which is exactly literal-first depth-first search.
function linearMatch(routes: RouteKey[], parts: string[]): RouteKey | undefined {
  const candidates = routes.filter((route) => {
    const segments = route.path.slice(1).split('/');
    return (
      route.method === 'GET' &&
      segments.length === parts.length &&
      segments.every((s, i) => s.startsWith('{') || s === parts[i])
    );
  });
  const key = (route: RouteKey) =>
    route.path
      .slice(1)
      .split('/')
      .map((s) => (s.startsWith('{') ? '1' : '0'))
      .join('');
  candidates.sort((a, b) => key(a).localeCompare(key(b)));
  return candidates[0];
}
