// The page the decision timeline browser benchmark drives. `timelineBench.prepare(count)` builds
// the entries (not timed: "after the data is ready"); `mount(mode)` shows the widget in its
// loading state; `paint()` times the render with the data until its first frame has been painted
// (a CPU profile can wrap exactly this call); `check()` scrolls, counts rows and unmounts. `mode`
// is the virtualized DecisionTimeline, the baseline (a plain list rendering every entry through
// the same default renderers) or the floor: the widget's frame with FLOOR_ROWS static rows of the
// markup its rows produce (same classes and nesting, plain text), no logic at all, mounted (with
// the loading state's pulsing placeholders) and timed the same way. It shows what a frame with
// that many rows costs on this machine at all.

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
import { createRoot, type Root } from 'react-dom/client';
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

// The rows of the widget's first screen at 1280×800 (the viewport's rows at the estimated 104 px
// plus one; the rest of its overscan renders after that frame).
const FLOOR_ROWS = 7;

// The loading state's placeholders (5 rows of 3 pulsing skeletons), as the widget shows before its
// data: their animation runs until the data arrives, in the floor's frame as in the widget's.
function FloorSkeletons() {
  return (
    <div className="govkit-decision-timeline__skeletons" aria-hidden="true">
      {['a', 'b', 'c', 'd', 'e'].map((key) => (
        <div key={key} className="govkit-decision-timeline__skeleton">
          {['14em', '70%', '45%'].map((width) => (
            <span
              key={width}
              data-shape="text"
              className="govkit-skeleton"
              style={{ inlineSize: width }}
            />
          ))}
        </div>
      ))}
    </div>
  );
}

function FloorRows({ entries }: { entries: readonly TimelineEntry[] }) {
  return (
    <section className="govkit-widget govkit-decision-timeline">
      {/* Text before the data, as the widget's loading state has: fonts are not the floor's. */}
      <h2 className="govkit-decision-timeline__title">Decision timeline</h2>
      <div className="govkit-decision-timeline__scroll">
        {entries.length === 0 ? <FloorSkeletons /> : null}
        <div
          role="feed"
          className="govkit-decision-timeline__feed"
          style={{ blockSize: 104 * FLOOR_ROWS }}
        >
          {entries.slice(0, FLOOR_ROWS).map((entry, index) => (
            <article
              key={entry.entry_id}
              className="govkit-decision-timeline__entry"
              data-kind="override_action"
              style={{ transform: `translateY(${index * 104}px)` }}
            >
              <header className="govkit-decision-timeline__entry-head">
                <span className="govkit-decision-timeline__kind">Override</span>
                <span className="govkit-decision-timeline__who">
                  {entry.actor?.name ?? 'System'}
                </span>
                <time className="govkit-decision-timeline__when" dateTime={entry.occurred_at}>
                  {entry.occurred_at}
                </time>
              </header>
              <div className="govkit-decision-timeline__body">
                <p className="govkit-decision-timeline__what">{entry.entry_type}</p>
                <p className="govkit-decision-timeline__reason">
                  <span className="govkit-decision-timeline__label">Reason</span> {entry.summary}
                </p>
              </div>
            </article>
          ))}
        </div>
      </div>
    </section>
  );
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
// Resolves in the first task after the current one. Called from an animation frame callback, that
// is after the frame's style, layout and paint (they run in the same task as the callbacks), the
// moment the frame is handed to the compositor (the "after next paint" of web-vitals' INP).
const afterTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

type Mode = 'timeline' | 'baseline' | 'floor';
interface PaintTimes {
  /** Data ready → first screen of entries painted. */
  totalMs: number;
  /** Of which the synchronous React render and commit. */
  renderMs: number;
  /** Of which style, layout and paint of the frame. */
  frameMs: number;
  rows: number;
  /** 1 when the painted rows fill the scroll viewport (no gap below the last row). */
  filled: number;
}

declare global {
  interface Window {
    // Its own name: the log viewer's page declares `runBenchmark` with other modes.
    timelineBench: {
      prepare: (count: number) => void;
      mount: (mode: Mode) => Promise<void>;
      paint: () => Promise<PaintTimes>;
      check: () => Promise<Record<string, number>>;
    };
  }
}

let entries: TimelineEntry[] = [];
const prepare = (count: number) => {
  entries = createLargeTimeline(count);
};

const container = () => document.getElementById('root') as HTMLElement;
let root: Root | undefined;
let mode: Mode = 'timeline';
const selector = () => (mode === 'baseline' ? 'li' : 'article');
const view = (data: readonly TimelineEntry[] | undefined) =>
  mode === 'timeline' ? (
    <DecisionTimeline entries={data} now={0} />
  ) : mode === 'floor' ? (
    <FloorRows entries={data ?? []} />
  ) : (
    <PlainList entries={data ?? []} />
  );

// The widget is on screen before its data, as in an app (the connected form shows its loading
// state while the page is fetched).
const mount = async (next: Mode) => {
  mode = next;
  root = createRoot(container());
  flushSync(() => root?.render(view(undefined)));
  await nextFrame();
  await nextFrame();
};

// Timed: the data is ready at the start of a frame (the best case for any widget: no wait for the
// next frame is counted); the clock stops once that frame, with the entries, has been painted.
const paint = async (): Promise<PaintTimes> => {
  await nextFrame();
  // Marks for a trace (decision-timeline.trace.ts) to find the timed window; microseconds each.
  performance.mark('timeline-bench:start');
  const t0 = performance.now();
  // Posted before the render: the render's own follow-up work (effects that set state schedule a
  // task) queues behind it, so the clock stops after this frame, not after that work.
  const painted = afterTask();
  flushSync(() => root?.render(view(entries)));
  const t1 = performance.now();
  // The rows of the first screen, as committed for this frame.
  const rows = container().querySelectorAll(selector()).length;
  await painted;
  const t2 = performance.now();
  performance.mark('timeline-bench:end');
  if (rows === 0) throw new Error('no entry rows after the first frame');
  return { totalMs: t2 - t0, renderMs: t1 - t0, frameMs: t2 - t1, rows, filled: filled() };
};

// Read right after the timed frame (its layout is still clean, so nothing is forced): whether its
// rows reach the bottom of the scroll viewport, i.e. the first screen is whole. The plain list
// has no viewport of its own.
const filled = () => {
  const scroller = container().querySelector('.govkit-decision-timeline__scroll');
  const rows = container().querySelectorAll(selector());
  const last = rows[rows.length - 1];
  if (!scroller || !last) return 1;
  return last.getBoundingClientRect().bottom >= scroller.getBoundingClientRect().bottom - 1 ? 1 : 0;
};

// The bound holds anywhere in the list: scroll to the middle and count again, then to the end,
// which must show the last entry (a list taller than the browser can draw is scaled).
const check = async () => {
  const rows = container().querySelectorAll(selector()).length;
  const scroller = container().querySelector<HTMLElement>('.govkit-decision-timeline__scroll');
  let rowsAfterScroll = rows;
  let endReached = 0;
  if (scroller) {
    scroller.scrollTop = scroller.scrollHeight / 2;
    await nextFrame();
    await nextFrame();
    rowsAfterScroll = container().querySelectorAll(selector()).length;
    scroller.scrollTop = scroller.scrollHeight;
    await nextFrame();
    await nextFrame();
    rowsAfterScroll = Math.max(rowsAfterScroll, container().querySelectorAll(selector()).length);
    const last = container().querySelector(`[aria-posinset="${entries.length}"]`);
    const box = last?.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    endReached = box && box.bottom <= view.bottom + 1 && box.top >= view.top ? 1 : 0;
  }
  root?.unmount();
  root = undefined;
  return { rows, rowsAfterScroll, endReached, entries: entries.length };
};

window.timelineBench = { prepare, mount, paint, check };
document.body.dataset.ready = 'true';
