/**
 * A deep copy of plain data (objects, arrays, primitives) made with an explicit stack, so a
 * value nested 100,000 levels deep is copied instead of overflowing the call stack the way
 * `structuredClone` (recursive in V8) does. Anything that is not a plain object or array (a
 * `Date`, a `Uint8Array`) is handed to `structuredClone`, which copies it without recursing
 * into data. Stores use it to copy values in and out, since callers other than the HTTP layer
 * (whose contract already bounds free-form JSON) may hand an engine anything.
 *
 * @example
 * const copy = cloneData({ metadata: { a: [1, { b: 2 }] } });
 */
export function cloneData<T>(value: T): T {
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
  return out.value as T;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
