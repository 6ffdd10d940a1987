/**
 * The JSON log viewer's tree, as plain functions over a parsed JSON value (no React): paths,
 * the flat list of visible rows for the virtualized tree, and search across the whole value,
 * collapsed parts included.
 *
 * Why flat rows: a 12 MB log has hundreds of thousands of nodes. Only the expanded part of the
 * tree becomes rows, and only the rows in the viewport become DOM, so the first paint costs the
 * parse plus a few dozen rows, not the whole document.
 */

/** One step of a path: an object key or an array index. */
export type JsonPathSegment = string | number;

export type JsonNodeKind = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';

/** One visible row of the tree. */
export interface JsonTreeRow {
  /** The node's JSONPath (`$.events[3].message`), unique per node; also its DOM-facing id. */
  id: string;
  path: readonly JsonPathSegment[];
  /** Key in its parent (`null` for the root). */
  key: JsonPathSegment | null;
  /** 1 for the root's entries (the root itself is not a row unless it is a scalar). */
  level: number;
  kind: JsonNodeKind;
  value: unknown;
  /** Entries of an object or array; 0 for scalars. */
  childCount: number;
  expanded: boolean;
  /** Position among its siblings, 1-based, and their number (`aria-posinset`/`aria-setsize`). */
  posInSet: number;
  setSize: number;
  /** Index of the parent row, or -1 at the top level. */
  parentIndex: number;
}

/** The id of the root (`$`). */
export const ROOT_ID = '$';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** One path segment as JSONPath text: `.name`, `["odd key"]` or `[3]`. */
export function formatSegment(segment: JsonPathSegment): string {
  if (typeof segment === 'number') return `[${segment}]`;
  return IDENTIFIER.test(segment) ? `.${segment}` : `[${JSON.stringify(segment)}]`;
}

/** A path as JSONPath text: `$`, `$.events[3]["user agent"]`. Distinct paths give distinct text. */
export function formatJsonPath(path: readonly JsonPathSegment[]): string {
  let text = ROOT_ID;
  for (const segment of path) text += formatSegment(segment);
  return text;
}

export function kindOf(value: unknown): JsonNodeKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'object':
      return 'object';
    case 'string':
      return 'string';
    case 'number':
    case 'bigint':
      return 'number';
    case 'boolean':
      return 'boolean';
    default:
      // undefined, functions, symbols: not JSON; shown as null rather than crashing the tree.
      return 'null';
  }
}

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null;
}

function entriesOf(value: Record<string, unknown> | unknown[]): Array<[JsonPathSegment, unknown]> {
  return Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
}

function childCountOf(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  return isContainer(value) ? Object.keys(value).length : 0;
}

/**
 * The visible rows: the root's entries, and recursively the entries of every expanded node, in
 * document order. A scalar root is one row. Walks only expanded nodes.
 */
export function flattenJsonTree(root: unknown, expanded: ReadonlySet<string>): JsonTreeRow[] {
  const rows: JsonTreeRow[] = [];
  if (!isContainer(root)) {
    rows.push({
      id: ROOT_ID,
      path: [],
      key: null,
      level: 1,
      kind: kindOf(root),
      value: root,
      childCount: 0,
      expanded: false,
      posInSet: 1,
      setSize: 1,
      parentIndex: -1,
    });
    return rows;
  }
  const visit = (
    container: Record<string, unknown> | unknown[],
    parentId: string,
    parentPath: readonly JsonPathSegment[],
    level: number,
    parentIndex: number,
  ) => {
    const entries = entriesOf(container);
    const setSize = entries.length;
    for (let i = 0; i < setSize; i += 1) {
      const [key, value] = entries[i] as [JsonPathSegment, unknown];
      const id = parentId + formatSegment(key);
      const container = isContainer(value);
      const open = container && expanded.has(id);
      const index = rows.length;
      const path = [...parentPath, key];
      rows.push({
        id,
        path,
        key,
        level,
        kind: kindOf(value),
        value,
        childCount: container ? childCountOf(value) : 0,
        expanded: open,
        posInSet: i + 1,
        setSize,
        parentIndex,
      });
      if (open) visit(value, id, path, level + 1, index);
    }
  };
  visit(root, ROOT_ID, [], 1, -1);
  return rows;
}

/** The ids of the containers down to `depth` levels (1: the root's entries show). */
export function idsToDepth(root: unknown, depth: number): Set<string> {
  const ids = new Set<string>();
  const visit = (value: unknown, id: string, level: number) => {
    if (!isContainer(value) || level > depth) return;
    ids.add(id);
    for (const [key, child] of entriesOf(value)) visit(child, id + formatSegment(key), level + 1);
  };
  visit(root, ROOT_ID, 1);
  return ids;
}

/** Every container's id (expand all). Linear in the size of the value. */
export function allContainerIds(root: unknown): Set<string> {
  return idsToDepth(root, Number.POSITIVE_INFINITY);
}

/** The ids of a node's ancestors, root first (what must be expanded for it to show). */
export function ancestorIds(path: readonly JsonPathSegment[]): string[] {
  const ids = [ROOT_ID];
  let id = ROOT_ID;
  for (let i = 0; i < path.length - 1; i += 1) {
    id += formatSegment(path[i] as JsonPathSegment);
    ids.push(id);
  }
  return ids;
}

/** A search hit: the node, and whether its key or its (scalar) value matched. */
export interface JsonSearchMatch {
  id: string;
  path: readonly JsonPathSegment[];
  inKey: boolean;
  inValue: boolean;
}

export interface JsonSearchResult {
  matches: JsonSearchMatch[];
  /** True when the search stopped at `limit` matches (more exist). */
  capped: boolean;
}

/**
 * Case-insensitive substring search over every key and every scalar value (as shown: strings
 * without quotes, numbers, `true`, `null`), in document order, collapsed nodes included. Stops
 * at `limit` matches, so a one-letter query over a huge log stays cheap.
 */
export function searchJson(root: unknown, query: string, limit = 10_000): JsonSearchResult {
  const needle = query.trim().toLowerCase();
  const matches: JsonSearchMatch[] = [];
  if (!needle) return { matches, capped: false };
  let capped = false;
  const visit = (
    value: unknown,
    id: string,
    path: JsonPathSegment[],
    key: JsonPathSegment | null,
  ) => {
    if (capped) return;
    const inKey = typeof key === 'string' && key.toLowerCase().includes(needle);
    const inValue = !isContainer(value) && scalarText(value).toLowerCase().includes(needle);
    if (inKey || inValue) {
      if (matches.length === limit) {
        capped = true;
        return;
      }
      matches.push({ id, path: path.slice(), inKey, inValue });
    }
    if (!isContainer(value)) return;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length && !capped; i += 1) {
        path.push(i);
        visit(value[i], `${id}[${i}]`, path, i);
        path.pop();
      }
      return;
    }
    for (const childKey of Object.keys(value)) {
      if (capped) return;
      path.push(childKey);
      visit(value[childKey], id + formatSegment(childKey), path, childKey);
      path.pop();
    }
  };
  visit(root, ROOT_ID, [], null);
  return { matches, capped };
}

/** A scalar as the tree shows it (strings unquoted; used for search and copy). */
export function scalarText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return 'null';
  return String(value);
}

/** What "copy value" puts on the clipboard: strings as they are, anything else as JSON. */
export function copyableValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isContainer(value)) return JSON.stringify(value, null, 2);
  return scalarText(value);
}
