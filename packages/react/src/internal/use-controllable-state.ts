import { useCallback, useRef, useState } from 'react';

export interface UseControllableStateOptions<T> {
  /** The controlled value; `undefined` means uncontrolled. */
  prop?: T | undefined;
  /** The initial value when uncontrolled. */
  defaultProp: T;
  /** Called with every resolved new value, controlled or not. */
  onChange?: ((value: T) => void) | undefined;
  /** Component name for the development warning. */
  caller: string;
}

/**
 * The value/default/onChange triad every stateful widget exposes (`page`/`defaultPage`/
 * `onPageChange`). Warns in development when a component switches between controlled and
 * uncontrolled, because the value a user sees would then jump.
 *
 * Functional updates chain: two `set((n) => n + 1)` in one batch give `n + 2`, as with
 * `useState` (TanStack Table's updaters call it that way).
 */
export function useControllableState<T>({
  prop,
  defaultProp,
  onChange,
  caller,
}: UseControllableStateOptions<T>): [T, (next: T | ((previous: T) => T)) => void] {
  const [uncontrolled, setUncontrolled] = useState(defaultProp);
  const isControlled = prop !== undefined;
  const wasControlled = useRef(isControlled);
  if (wasControlled.current !== isControlled && process.env.NODE_ENV !== 'production') {
    console.warn(
      `[govkit] ${caller} is changing from ${wasControlled.current ? 'controlled' : 'uncontrolled'} to ${
        isControlled ? 'controlled' : 'uncontrolled'
      }. Decide between using a controlled or uncontrolled value for the lifetime of the component.`,
    );
    wasControlled.current = isControlled;
  }
  const value = isControlled ? (prop as T) : uncontrolled;
  // The latest value including updates of the current batch that React has not rendered yet:
  // each render resets it to what was rendered, each set advances it at once, so the next
  // functional update in the same batch starts from it.
  const latest = useRef(value);
  latest.current = value;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  const setValue = useCallback(
    (next: T | ((previous: T) => T)) => {
      const resolved =
        typeof next === 'function' ? (next as (previous: T) => T)(latest.current) : next;
      if (Object.is(resolved, latest.current)) return;
      latest.current = resolved;
      if (!isControlled) setUncontrolled(resolved);
      onChangeRef.current?.(resolved);
    },
    [isControlled],
  );
  return [value, setValue];
}
