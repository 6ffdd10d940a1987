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
  if (!isContainer(value)) return 0;
  // Counting without Object.keys: no array per row (tens of thousands of rows in a big log).
  let count = 0;
  for (const key in value) if (Object.hasOwn(value, key)) count += 1;
  return count;
}

// A row of an entry: id, path and child count are computed on first read and kept. Opening a
// 12 MB log two levels deep makes ~55,000 rows of which the viewport shows a few dozen, and on a
// fresh page this loop runs cold (not yet optimised by the JIT): one small object per row instead
// of an id string, a path array and a key array per row made the flattening ~10× faster.
// _Alternative:_ materialising rows for the viewport only — the public `rows` array (its length
// and indexes serve keyboard navigation and the virtualizer) would no longer be an array.
class EntryRow implements JsonTreeRow {
  #id: string | undefined;
  #path: readonly JsonPathSegment[] | undefined;
  #childCount = -1;
  readonly kind: JsonNodeKind;

  constructor(
    readonly key: JsonPathSegment,
    readonly value: unknown,
    readonly level: number,
    readonly expanded: boolean,
    readonly posInSet: number,
    readonly setSize: number,
    readonly parentIndex: number,
    private readonly parent: EntryRow | null,
    id: string | undefined,
  ) {
    this.kind = kindOf(value);
    this.#id = id;
  }

  get id(): string {
    this.#id ??= (this.parent ? this.parent.id : ROOT_ID) + formatSegment(this.key);
    return this.#id;
  }

  get path(): readonly JsonPathSegment[] {
    this.#path ??= this.parent ? [...this.parent.path, this.key] : [this.key];
    return this.#path;
  }

  get childCount(): number {
    if (this.#childCount < 0) this.#childCount = childCountOf(this.value);
    return this.#childCount;
  }

  /** The plain row, for JSON and logging (the getters are not own properties). */
  toJSON(): JsonTreeRow {
    const { id, path, key, level, kind, value, childCount, expanded, posInSet, setSize } = this;
    const parentIndex = this.parentIndex;
    return {
      id,
      path,
      key,
      level,
      kind,
      value,
      childCount,
      expanded,
      posInSet,
      setSize,
      parentIndex,
    };
  }
}

// The last segment of a JSONPath id (`.name`, `[3]` or `["odd key"]`); keys are JSON strings, so
// a `"` inside one is always escaped.
const LAST_SEGMENT = /(?:\.[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])$/;

/** The ids of the nodes that have an expanded child: only their children need an id to check. */
function parentsOfExpanded(expanded: ReadonlySet<string>): Set<string> {
  const parents = new Set<string>();
  for (const id of expanded) {
    const last = LAST_SEGMENT.exec(id);
    if (last) parents.add(id.slice(0, last.index));
  }
  return parents;
}

/**
 * The visible rows: the root's entries, and recursively the entries of every expanded node, in
 * document order. A scalar root is one row. Walks only expanded nodes.
 */
export function flattenJsonTree(root: unknown, expanded: ReadonlySet<string>): JsonTreeRow[] {
  if (!isContainer(root)) {
    return [
      {
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
      },
    ];
  }
  const rows: EntryRow[] = [];
  const openParents = parentsOfExpanded(expanded);
  const push = (
    key: JsonPathSegment,
    value: unknown,
    parent: EntryRow | null,
    parentId: string,
    childrenMayBeOpen: boolean,
    level: number,
    parentIndex: number,
    posInSet: number,
    setSize: number,
  ) => {
    // Only a container under a node with an expanded child can be open: the others skip the id.
    const id = childrenMayBeOpen && isContainer(value) ? parentId + formatSegment(key) : undefined;
    const open = id !== undefined && expanded.has(id);
    const index = rows.length;
    const row = new EntryRow(key, value, level, open, posInSet, setSize, parentIndex, parent, id);
    rows.push(row);
    if (open) visit(value as Record<string, unknown> | unknown[], row, id, level + 1, index);
  };
  const visit = (
    container: Record<string, unknown> | unknown[],
    parent: EntryRow | null,
    parentId: string,
    level: number,
    parentIndex: number,
  ) => {
    const childrenMayBeOpen = openParents.has(parentId);
    if (Array.isArray(container)) {
      const setSize = container.length;
      for (let i = 0; i < setSize; i += 1) {
        push(
          i,
          container[i],
          parent,
          parentId,
          childrenMayBeOpen,
          level,
          parentIndex,
          i + 1,
          setSize,
        );
      }
      return;
    }
    const keys = Object.keys(container);
    const setSize = keys.length;
    for (let i = 0; i < setSize; i += 1) {
      const key = keys[i] as string;
      push(
        key,
        container[key],
        parent,
        parentId,
        childrenMayBeOpen,
        level,
        parentIndex,
        i + 1,
        setSize,
      );
    }
  };
  visit(root, null, ROOT_ID, 1, -1);
  return rows;
}

/** The ids of the containers down to `depth` levels (1: the root's entries show). */
export function idsToDepth(root: unknown, depth: number): Set<string> {
  const ids = new Set<string>();
  const visit = (value: unknown, id: string, level: number) => {
    if (!isContainer(value) || level > depth) return;
    ids.add(id);
    // The children would be past `depth`: skip them instead of building an id for each (an
    // array of 55,000 events at the last level is the usual case).
    if (level + 1 > depth) return;
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
