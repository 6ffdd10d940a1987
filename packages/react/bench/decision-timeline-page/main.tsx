// The page the decision timeline browser benchmark drives. `window.prepare(count)` builds the
// entries (not timed: "after the data is ready"); `window.runBenchmark(mode)` then times the
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

const messages = decisionTimelineMessages.en;
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
  const t0 = performance.now();
  flushSync(() =>
    root.render(
      mode === 'timeline' ? (
        <DecisionTimeline entries={entries} now={0} />
      ) : (
        <PlainList entries={entries} />
      ),
    ),
  );
  const t1 = performance.now();
  while (!container.querySelector(selector)) await nextFrame();
  // One more frame: the rows have been painted, not only inserted.
  await nextFrame();
  const t2 = performance.now();
  const rows = container.querySelectorAll(selector).length;
  // The bound holds anywhere in the list: jump to the middle and count again.
  const scroller = container.querySelector<HTMLElement>('.govkit-decision-timeline__scroll');
  let rowsAfterScroll = rows;
  if (scroller) {
    scroller.scrollTop = scroller.scrollHeight / 2;
    await nextFrame();
    await nextFrame();
    rowsAfterScroll = container.querySelectorAll(selector).length;
  }
  root.unmount();
  return { totalMs: t2 - t0, renderMs: t1 - t0, rows, rowsAfterScroll, entries: entries.length };
};

window.timelineBench = { prepare, run };
document.body.dataset.ready = 'true';
