import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useVirtualWindow } from './use-virtual-window';

const keyOf = (index: number) => `row-${index}`;
const ROWS = {};

function Probe({ count }: { count: number }) {
  const { rows } = useVirtualWindow({
    count,
    estimate: 100,
    keyOf,
    rows: ROWS,
    initialHeight: 500,
    overscan: 4,
    maxRows: 50,
  });
  return (
    <ol>
      {rows.map((row) => (
        <li key={row.index} data-index={row.index} />
      ))}
    </ol>
  );
}

const shown = (container: HTMLElement) =>
  [...container.querySelectorAll('li')].map((li) => Number(li.dataset.index));
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('useVirtualWindow', () => {
  // Outside act(): the point is what one synchronous commit shows before React's next task.
  const actEnvironment = (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean })
    .IS_REACT_ACT_ENVIRONMENT;
  beforeEach(() => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  });
  afterEach(() => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT =
      actEnvironment;
  });

  it('commits the first screen with one row of overscan, then widens to the overscan', async () => {
    const container = document.createElement('div');
    const root = createRoot(container);
    flushSync(() => root.render(<Probe count={0} />));
    expect(shown(container)).toEqual([]);
    // The data arrives: the viewport's rows (0–5 cover 500 px at 100 px) and one more.
    flushSync(() => root.render(<Probe count={100_000} />));
    expect(shown(container)).toEqual(range(0, 6));
    // In a task of its own, after that commit: the full overscan of 4.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(shown(container)).toEqual(range(0, 9));
    // It stays widened when the rows change later.
    flushSync(() => root.render(<Probe count={50} />));
    expect(shown(container)).toEqual(range(0, 9));
    root.unmount();
  });
});
