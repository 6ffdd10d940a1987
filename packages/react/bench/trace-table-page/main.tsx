// The page the trace table browser benchmark drives. `window.mountTable(mode, count)` renders
// the DecisionTraceTable (virtualized, TanStack Table) or the baseline (a plain table rendering
// every row, sorted and filtered with Array methods) over `count` generated rows;
// `window.interact(action)` performs one sort or filter interaction the way a user does (a click
// on a header, a change of the kind filter) and resolves with the time until the result is painted.
import { DecisionTraceTable, toDecisionTraceRows } from '@govkit/react/decision-trace-table';
import '@govkit/react/styles.css';
import { useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { makeTraceItems } from '../../src/replay/replay-widget.fixtures';

type Row = ReturnType<typeof toDecisionTraceRows>[number];
type SortKey = 'time' | 'eventType';

function PlainTable({ rows }: { rows: readonly Row[] }) {
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'time', desc: true });
  const [kind, setKind] = useState('');
  const shown = useMemo(() => {
    const filtered = kind ? rows.filter((row) => row.kind === kind) : [...rows];
    const sign = sort.desc ? -1 : 1;
    return filtered.sort((a, b) =>
      sort.key === 'time'
        ? sign * (a.time - b.time)
        : sign * a.eventType.localeCompare(b.eventType),
    );
  }, [rows, sort, kind]);
  const toggle = (key: SortKey) => setSort((s) => ({ key, desc: s.key === key ? !s.desc : false }));
  return (
    <div>
      <select value={kind} onChange={(event) => setKind(event.target.value)}>
        <option value="">All</option>
        <option value="audit">audit</option>
        <option value="event">event</option>
      </select>
      <table>
        <thead>
          <tr>
            <th data-column="time">
              <button type="button" onClick={() => toggle('time')}>
                Time
              </button>
            </th>
            <th>Kind</th>
            <th data-column="eventType">
              <button type="button" onClick={() => toggle('eventType')}>
                Event type
              </button>
            </th>
            <th>Decision</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.id}>
              <td>{row.ts}</td>
              <td>{row.kind}</td>
              <td>{row.eventType}</td>
              <td>{row.decision ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
// Painted: the frame after the one that rendered the change.
const painted = async () => {
  await nextFrame();
  await nextFrame();
};

let root: Root | undefined;

declare global {
  interface Window {
    mountTable: (mode: 'govkit' | 'plain', count: number) => Promise<number>;
    interact: (action: 'sort' | 'filter') => Promise<{ ms: number; rows: number }>;
  }
}

window.mountTable = async (mode, count) => {
  root?.unmount();
  const container = document.getElementById('root') as HTMLElement;
  const rows = toDecisionTraceRows([{ trace_items: makeTraceItems(count) }]);
  root = createRoot(container);
  const t0 = performance.now();
  flushSync(() =>
    root?.render(
      mode === 'govkit' ? (
        <div style={{ height: 700 }}>
          <DecisionTraceTable taskId="task-bench" rows={rows} />
        </div>
      ) : (
        <PlainTable rows={rows} />
      ),
    ),
  );
  await painted();
  return performance.now() - t0;
};

let sortClicks = 0;
let filterChanges = 0;
window.interact = async (action) => {
  const container = document.getElementById('root') as HTMLElement;
  const t0 = performance.now();
  if (action === 'sort') {
    // Alternate the two columns, so every click re-sorts (a second click on one column only
    // reverses it, which a good table also makes cheap).
    const column = sortClicks++ % 2 === 0 ? 'eventType' : 'time';
    container.querySelector<HTMLButtonElement>(`th[data-column="${column}"] button`)?.click();
  } else {
    const select = container.querySelector('select') as HTMLSelectElement;
    const values = ['audit', 'event', ''];
    select.value = values[filterChanges++ % values.length] as string;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }
  await painted();
  return { ms: performance.now() - t0, rows: container.querySelectorAll('tbody tr').length };
};
document.body.dataset.ready = 'true';
