/**
 * A deep copy of plain data (objects, arrays, primitives). Values nested deeper than a few
 * hundred levels are copied with an explicit stack, so a value nested 100,000 levels deep is
 * copied instead of overflowing the call stack the way `structuredClone` (recursive in V8) does. Anything that is not a plain object or array (a
 * `Date`, a `Uint8Array`) is handed to `structuredClone`, which copies it without recursing
 * into data. Stores use it to copy values in and out, since callers other than the HTTP layer
 * (whose contract already bounds free-form JSON) may hand an engine anything.
 *
 * @example
 * const copy = cloneData({ metadata: { a: [1, { b: 2 }] } });
 */
export function cloneData<T>(value: T): T {
  const fast = copyNested(value, 0);
  return (fast === TOO_DEEP ? copyWithStack(value) : fast) as T;
}

// Why two copiers: the stack copier allocates a work item per value, which made cloning the
// largest cost of building a seeded world. Ordinary data is copied recursively; only a value
// nested deeper than this falls back to the stack (the partial recursive copy is discarded).
const MAX_RECURSION = 256;
const TOO_DEEP: unique symbol = Symbol('too deep');

function copyNested(from: unknown, depth: number): unknown {
  if (from === null || typeof from !== 'object') return from;
  if (depth > MAX_RECURSION) return TOO_DEEP;
  if (Array.isArray(from)) {
    const array: unknown[] = new Array(from.length);
    for (let index = 0; index < from.length; index += 1) {
      const item = copyNested(from[index], depth + 1);
      if (item === TOO_DEEP) return TOO_DEEP;
      array[index] = item;
    }
    return array;
  }
  if (!isPlainObject(from)) return structuredClone(from);
  const object: Record<string, unknown> = {};
  // Last key first: the stack copier has always produced keys in that order, and stored data
  // (e.g. metadata echoed in JSON) must come out as it did before this faster path existed.
  const names = Object.keys(from);
  for (let index = names.length - 1; index >= 0; index -= 1) {
    const name = names[index] as string;
    const item = copyNested(from[name], depth + 1);
    if (item === TOO_DEEP) return TOO_DEEP;
    object[name] = item;
  }
  return object;
}

function copyWithStack(value: unknown): unknown {
  const root = { value: value as unknown };
  const out = { value: undefined as unknown };
  const stack: Array<{
    from: unknown;
    into: Record<string, unknown> | unknown[];
    key: string | number;
  }> = [{ from: root.value, into: out as unknown as Record<string, unknown>, key: 'value' }];
  while (stack.length > 0) {
    const { from, into, key } = stack.pop() as (typeof stack)[number];
    let copy: unknown;
    if (Array.isArray(from)) {
      const array: unknown[] = new Array(from.length);
      for (let index = 0; index < from.length; index += 1) {
        stack.push({ from: from[index], into: array, key: index });
      }
      copy = array;
    } else if (isPlainObject(from)) {
      const object: Record<string, unknown> = {};
      for (const [name, item] of Object.entries(from))
        stack.push({ from: item, into: object, key: name });
      copy = object;
    } else {
      copy = from !== null && typeof from === 'object' ? structuredClone(from) : from;
    }
    (into as Record<string | number, unknown>)[key] = copy;
  }
  return out.value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
