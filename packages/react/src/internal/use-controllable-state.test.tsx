import { act, renderHook } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useControllableState } from './use-controllable-state';

describe('useControllableState', () => {
  it('keeps its own state when uncontrolled and reports changes', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() =>
      useControllableState({ defaultProp: 1, onChange, caller: 'Test' }),
    );
    act(() => result.current[1]((n) => n + 1));
    expect(result.current[0]).toBe(2);
    expect(onChange).toHaveBeenCalledWith(2);
  });

  it('follows the prop when controlled and only asks for changes', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() =>
      useControllableState({ prop: 5, defaultProp: 1, onChange, caller: 'Test' }),
    );
    act(() => result.current[1](6));
    expect(result.current[0]).toBe(5);
    expect(onChange).toHaveBeenCalledWith(6);
  });

  it('chains functional updates batched in one act when uncontrolled', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() =>
      useControllableState({ defaultProp: 1, onChange, caller: 'Test' }),
    );
    act(() => {
      result.current[1]((n) => n + 1);
      result.current[1]((n) => n + 1);
    });
    expect(result.current[0]).toBe(3);
    expect(onChange.mock.calls).toEqual([[2], [3]]);
  });

  it('chains functional updates batched in one act when controlled by useState', () => {
    const { result } = renderHook(() => {
      const [page, setPage] = useState(5);
      return useControllableState({ prop: page, defaultProp: 0, onChange: setPage, caller: 'T' });
    });
    act(() => {
      result.current[1]((n) => n + 1);
      result.current[1]((n) => n + 1);
    });
    expect(result.current[0]).toBe(7);
  });

  it('warns when switching from uncontrolled to controlled', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { rerender } = renderHook(
      ({ prop }: { prop?: number }) =>
        useControllableState({ prop, defaultProp: 1, caller: 'Pager' }),
      { initialProps: {} },
    );
    rerender({ prop: 3 });
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('Pager is changing from uncontrolled to controlled'),
    );
  });
});
