// The page the decision timeline browser benchmark drives. `timelineBench.prepare(count)` builds
// the entries (not timed: "after the data is ready"); `timelineBench.run(mode)` then times the
// render until the first screen of entries is painted, either with the virtualized
// DecisionTimeline or with the baseline: a plain list rendering every entry through the same
// default renderers.

import {
  DecisionTimeline,
  decisionTimelineMessages,
  defaultTimelineEntryRenderers,
  type TimelineEntryRendererProps,
  timelineEntryKind,
} from '@govkit/react/decision-timeline';
import type { TimelineEntry } from '@govkit/sdk';
import '@govkit/react/styles.css';
import { createFormat } from '@govkit/react';
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { createLargeTimeline } from '../../src/decision-timeline/decision-timeline.fixtures';

const messages = decisionTimelineMessages;
const format = createFormat('en', 'UTC');

function PlainList({ entries }: { entries: readonly TimelineEntry[] }) {
  return (
    <ol>
      {entries.map((entry) => {
        const Renderer = defaultTimelineEntryRenderers[timelineEntryKind(entry)] as (
          props: TimelineEntryRendererProps,
        ) => ReactNode;
        return (
          <li key={entry.entry_id}>
            <strong>{entry.actor?.name ?? messages.actorSystem}</strong>{' '}
            <time dateTime={entry.occurred_at}>{format.dateTime(entry.occurred_at)}</time>
            <Renderer entry={entry} live={undefined} now={0} messages={messages} format={format} />
          </li>
        );
      })}
    </ol>
  );
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

declare global {
  interface Window {
    // Its own name: the log viewer's page declares `runBenchmark` with other modes.
    timelineBench: {
      prepare: (count: number) => void;
      run: (mode: 'timeline' | 'baseline') => Promise<Record<string, number>>;
    };
  }
}

let entries: TimelineEntry[] = [];
const prepare = (count: number) => {
  entries = createLargeTimeline(count);
};

const run = async (mode: 'timeline' | 'baseline') => {
  const container = document.getElementById('root') as HTMLElement;
  const root = createRoot(container);
  const selector = mode === 'timeline' ? 'article' : 'li';
  const view = (data: readonly TimelineEntry[] | undefined) =>
    mode === 'timeline' ? (
      <DecisionTimeline entries={data} now={0} />
    ) : (
      <PlainList entries={data ?? []} />
    );
  // The widget is on screen before its data, as in an app (the connected form shows its loading
  // state while the page is fetched); the clock starts when the data is ready.
  flushSync(() => root.render(view(undefined)));
  await nextFrame();
  await nextFrame();
  const t0 = performance.now();
  flushSync(() => root.render(view(entries)));
  const t1 = performance.now();
  while (!container.querySelector(selector)) await nextFrame();
  // One more frame: the rows have been painted, not only inserted.
  await nextFrame();
  const t2 = performance.now();
  const rows = container.querySelectorAll(selector).length;
  // The bound holds anywhere in the list: scroll to the middle and count again, then to the end,
  // which must show the last entry (a list taller than the browser can draw is scaled).
  const scroller = container.querySelector<HTMLElement>('.govkit-decision-timeline__scroll');
  let rowsAfterScroll = rows;
  let endReached = 0;
  if (scroller) {
    scroller.scrollTop = scroller.scrollHeight / 2;
    await nextFrame();
    await nextFrame();
    rowsAfterScroll = container.querySelectorAll(selector).length;
    scroller.scrollTop = scroller.scrollHeight;
    await nextFrame();
    await nextFrame();
    rowsAfterScroll = Math.max(rowsAfterScroll, container.querySelectorAll(selector).length);
    const last = container.querySelector(`[aria-posinset="${entries.length}"]`);
    const box = last?.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    endReached = box && box.bottom <= view.bottom + 1 && box.top >= view.top ? 1 : 0;
  }
  root.unmount();
  return {
    totalMs: t2 - t0,
    renderMs: t1 - t0,
    rows,
    rowsAfterScroll,
    endReached,
    entries: entries.length,
  };
};

window.timelineBench = { prepare, run };
document.body.dataset.ready = 'true';
