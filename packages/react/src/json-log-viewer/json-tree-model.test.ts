import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allContainerIds,
  ancestorIds,
  copyableValue,
  flattenJsonTree,
  formatJsonPath,
  idsToDepth,
  type JsonPathSegment,
  type JsonTreeRow,
  kindOf,
  searchJson,
} from './json-tree-model';

const log = {
  summary: { success: false, total: 3 },
  events: [
    { type: 'info', message: 'Started' },
    { type: 'error', 'user agent': 'curl' },
  ],
  empty: [],
};

describe('json tree model', () => {
  it('writes JSONPath that tells identifiers, odd keys and indexes apart', () => {
    expect(formatJsonPath([])).toBe('$');
    expect(formatJsonPath(['events', 1, 'user agent'])).toBe('$.events[1]["user agent"]');
    expect(formatJsonPath(['0'])).toBe('$["0"]');
    expect(formatJsonPath([0])).toBe('$[0]');
    expect(formatJsonPath(['a"b'])).toBe('$["a\\"b"]');
  });

  it('flattens only expanded nodes, with level, position and parent', () => {
    const collapsed = flattenJsonTree(log, new Set(['$']));
    expect(collapsed.map((r) => [r.id, r.level, r.kind, r.childCount, r.expanded])).toEqual([
      ['$.summary', 1, 'object', 2, false],
      ['$.events', 1, 'array', 2, false],
      ['$.empty', 1, 'array', 0, false],
    ]);
    const open = flattenJsonTree(log, new Set(['$', '$.events', '$.events[1]']));
    expect(open.map((r) => r.id)).toEqual([
      '$.summary',
      '$.events',
      '$.events[0]',
      '$.events[1]',
      '$.events[1].type',
      '$.events[1]["user agent"]',
      '$.empty',
    ]);
    const agent = open[5];
    expect(agent).toMatchObject({
      level: 3,
      posInSet: 2,
      setSize: 2,
      parentIndex: 3,
      value: 'curl',
    });
    expect(agent?.path).toEqual(['events', 1, 'user agent']);
  });

  it('shows a scalar root as one row', () => {
    expect(flattenJsonTree('just text', new Set())).toMatchObject([
      { id: '$', kind: 'string', level: 1, value: 'just text', parentIndex: -1 },
    ]);
  });

  it('expands to a depth, or everything', () => {
    expect([...idsToDepth(log, 1)]).toEqual(['$']);
    expect([...idsToDepth(log, 2)]).toEqual(['$', '$.summary', '$.events', '$.empty']);
    expect(allContainerIds(log).has('$.events[1]')).toBe(true);
    expect(allContainerIds(log).size).toBe(6);
    expect(ancestorIds(['events', 1, 'type'])).toEqual(['$', '$.events', '$.events[1]']);
  });

  it('searches keys and scalar values case-insensitively, collapsed parts included', () => {
    const { matches, capped } = searchJson(log, 'ERROR');
    expect(capped).toBe(false);
    expect(matches).toEqual([
      { id: '$.events[1].type', path: ['events', 1, 'type'], inKey: false, inValue: true },
    ]);
    expect(searchJson(log, 'user').matches.map((m) => [m.id, m.inKey])).toEqual([
      ['$.events[1]["user agent"]', true],
    ]);
    expect(searchJson(log, 'false').matches.map((m) => m.id)).toEqual(['$.summary.success']);
    expect(searchJson(log, '   ').matches).toEqual([]);
  });

  it('stops at the match limit and says so', () => {
    const many = Array.from({ length: 50 }, (_, i) => `row ${i}`);
    const result = searchJson(many, 'row', 10);
    expect(result.matches).toHaveLength(10);
    expect(result.capped).toBe(true);
    expect(searchJson(many, 'row', 50).capped).toBe(false);
  });

  it('copies strings raw and the rest as JSON, and names kinds', () => {
    expect(copyableValue('a "b"')).toBe('a "b"');
    expect(copyableValue(3)).toBe('3');
    expect(copyableValue(null)).toBe('null');
    expect(copyableValue({ a: [1] })).toBe('{\n  "a": [\n    1\n  ]\n}');
    expect([null, [], {}, 'x', 1, true, undefined].map(kindOf)).toEqual([
      'null',
      'array',
      'object',
      'string',
      'number',
      'boolean',
      'null',
    ]);
  });

  it('builds the same rows as a direct walk, for any JSON and any expanded set (property)', () => {
    const FIELDS = [
      'id',
      'path',
      'key',
      'level',
      'kind',
      'childCount',
      'expanded',
      'posInSet',
      'setSize',
      'parentIndex',
    ] as const;
    // The reference: every field computed eagerly, as the model did before rows became lazy.
    const reference = (root: unknown, expanded: ReadonlySet<string>) => {
      const rows: Omit<JsonTreeRow, 'value'>[] = [];
      const walk = (
        value: unknown,
        id: string,
        path: JsonPathSegment[],
        level: number,
        parent: number,
      ) => {
        const entries: [JsonPathSegment, unknown][] = Array.isArray(value)
          ? value.map((v, i) => [i, v])
          : Object.entries(value as object);
        entries.forEach(([key, child], i) => {
          const childId = id + formatJsonPath([key]).slice(1);
          const container = typeof child === 'object' && child !== null;
          const open = container && expanded.has(childId);
          const index = rows.length;
          rows.push({
            id: childId,
            path: [...path, key],
            key,
            level,
            kind: kindOf(child),
            childCount: container ? Object.keys(child).length : 0,
            expanded: open,
            posInSet: i + 1,
            setSize: entries.length,
            parentIndex: parent,
          });
          if (open) walk(child, childId, [...path, key], level + 1, index);
        });
      };
      walk(root, '$', [], 1, -1);
      return rows;
    };
    const oddKey = fc.constantFrom('a', 'user agent', '0', 'a"]b', '["x"]', 'a.b', '$', '');
    const json = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(fc.oneof(oddKey, fc.string()), tie('node'), { maxKeys: 4 }),
      ),
    })).node;
    fc.assert(
      fc.property(
        fc.oneof(fc.array(json, { maxLength: 4 }), fc.dictionary(oddKey, json, { maxKeys: 5 })),
        fc.infiniteStream(fc.boolean()),
        (root, coin) => {
          const all = [...allContainerIds(root)];
          const expanded = new Set(all.filter(() => coin.next().value));
          const rows = flattenJsonTree(root, expanded);
          const plain = rows.map((row) => Object.fromEntries(FIELDS.map((f) => [f, row[f]])));
          expect(plain).toEqual(reference(root, expanded));
        },
      ),
      { numRuns: 300 },
    );
  });
});
