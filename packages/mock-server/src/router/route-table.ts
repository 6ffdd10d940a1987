/** A route as the table sees it: a method and an OpenAPI-style path template. */
export interface RouteKey {
  method: string;
  /** `/api/runs/{run_id}`: `{name}` segments are parameters, everything else is literal. */
  path: string;
}

/** A found route and its raw (still percent-encoded) path parameters. */
export interface RouteMatch<T> {
  kind: 'match';
  route: T;
  params: Record<string, string>;
}

/** The path exists but not for this method (405 with an `Allow` header). */
export interface RouteMethodMismatch {
  kind: 'method_not_allowed';
  allowed: string[];
}

/** Method + path lookup over a compiled segment trie. */
export interface RouteTable<T extends RouteKey> {
  /** The route for a method and a pathname, a method mismatch, or undefined (no such path). */
  lookup(method: string, pathname: string): RouteMatch<T> | RouteMethodMismatch | undefined;
  /** Every route, in registration order. */
  readonly routes: readonly T[];
}

interface Terminal<T> {
  route: T;
  paramNames: string[];
}

interface TrieNode<T> {
  literal: Map<string, TrieNode<T>>;
  param: TrieNode<T> | undefined;
  methods: Map<string, Terminal<T>>;
}

const newNode = <T>(): TrieNode<T> => ({
  literal: new Map(),
  param: undefined,
  methods: new Map(),
});
const PARAM = /^\{([^{}]+)\}$/;

/**
 * Compile routes into a segment trie: lookup cost grows with the path's depth, not with the
 * number of routes (plain MSW tries every handler in turn, which is what made 200 handlers slow).
 * Literal segments win over parameters (`/lineage/search` before `/lineage/{report_id}`), with
 * backtracking when a literal branch dead-ends. Two routes with the same method and the same shape
 * are a programming error and throw at compile time.
 *
 * @example
 * const table = compileRouteTable([{ method: 'GET', path: '/api/runs/{run_id}' }]);
 * table.lookup('GET', '/api/runs/r-1'); // { kind: 'match', params: { run_id: 'r-1' }, … }
 */
export function compileRouteTable<T extends RouteKey>(routes: readonly T[]): RouteTable<T> {
  const root = newNode<T>();
  for (const route of routes) {
    let node = root;
    const paramNames: string[] = [];
    for (const segment of splitPath(route.path)) {
      const param = PARAM.exec(segment);
      if (param) {
        paramNames.push(param[1] as string);
        node.param ??= newNode<T>();
        node = node.param;
      } else {
        let next = node.literal.get(segment);
        if (!next) {
          next = newNode<T>();
          node.literal.set(segment, next);
        }
        node = next;
      }
    }
    const method = route.method.toUpperCase();
    const existing = node.methods.get(method);
    if (existing) {
      throw new Error(
        `Duplicate route ${method} ${route.path} (already registered as ${existing.route.path})`,
      );
    }
    node.methods.set(method, { route, paramNames });
  }

  return {
    routes,
    lookup(method, pathname) {
      const search: Search<T> = {
        segments: splitPath(pathname),
        method: method.toUpperCase(),
        values: [],
        fallback: undefined,
      };
      const terminal = find(root, 0, search);
      if (!terminal) {
        return search.fallback
          ? { kind: 'method_not_allowed', allowed: [...search.fallback.methods.keys()] }
          : undefined;
      }
      const params: Record<string, string> = {};
      terminal.paramNames.forEach((name, i) => {
        params[name] = search.values[i] as string;
      });
      return { kind: 'match', route: terminal.route, params };
    },
  };
}

interface Search<T> {
  segments: string[];
  method: string;
  /** Parameter segments along the current branch. */
  values: string[];
  /** The first node whose path matched (any method): the 405 answer if no branch has `method`. */
  fallback: TrieNode<T> | undefined;
}

// Depth-first: literal child first, then the parameter child. A path that matches but lacks the
// method does not stop the search (`POST /a` must not hide `GET /{q}` for `GET /a`).
function find<T>(node: TrieNode<T>, index: number, search: Search<T>): Terminal<T> | undefined {
  const { segments } = search;
  if (index === segments.length) {
    if (node.methods.size === 0) return undefined;
    search.fallback ??= node;
    return node.methods.get(search.method);
  }
  const segment = segments[index] as string;
  const literal = node.literal.get(segment);
  if (literal) {
    const found = find(literal, index + 1, search);
    if (found) return found;
  }
  // An empty segment (`/api/runs//x`, a trailing `/`) never fills a parameter.
  if (node.param && segment !== '') {
    search.values.push(segment);
    const found = find(node.param, index + 1, search);
    if (found) return found;
    search.values.pop();
  }
  return undefined;
}

function splitPath(path: string): string[] {
  return (path.startsWith('/') ? path.slice(1) : path).split('/');
}
