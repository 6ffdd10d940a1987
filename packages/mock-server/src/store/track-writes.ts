/** Receives one call per write, with the name of the store method that wrote. */
export type WriteListener = (method: string) => void;

/**
 * Wrap a store so that every call to one of its write methods is reported, e.g. to bump the
 * store's `version`. The fuzz harness compares `version` before and after a rejected request:
 * a refused command must not write, and this is how "did it write?" becomes observable without
 * each engine knowing about the mock server.
 *
 * Reads pass through untouched; the wrapped object keeps the original's identity for everything
 * except the listed methods (a Proxy, so class-based stores work as well as object literals).
 *
 * @example
 * const locks = trackWrites(createInMemoryRunLockStore(), ['put', 'delete', 'setFencingCounter'], bump);
 */
export function trackWrites<T extends object>(
  target: T,
  writeMethods: ReadonlyArray<keyof T & string>,
  onWrite: WriteListener,
): T {
  const writes = new Set<PropertyKey>(writeMethods);
  const bound = new Map<PropertyKey, unknown>();
  return new Proxy(target, {
    get(obj, property) {
      // Read with the target as receiver and bind its methods to it: class stores keep state in
      // `#private` fields, which only the real instance (never the proxy) can reach.
      const value = Reflect.get(obj, property, obj);
      if (typeof value !== 'function') return value;
      let fn = bound.get(property);
      if (!fn) {
        const method = value as (...a: unknown[]) => unknown;
        fn = writes.has(property)
          ? (...args: unknown[]) => {
              const result = method.apply(obj, args);
              // Report after the write: a write method that throws (refuses) wrote nothing.
              onWrite(String(property));
              return result;
            }
          : method.bind(obj);
        bound.set(property, fn);
      }
      return fn;
    },
  });
}
