import { InternalServerError } from '@govkit/sdk';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { apiErrorOf } from '../test/api-error-of';
import { DecisionTimeline } from './decision-timeline';
import {
  createLargeTimeline,
  TIMELINE_LIVE,
  TIMELINE_NOW,
  TIMELINE_WORLD,
} from './decision-timeline.fixtures';
import type { TimelineEntryRendererProps } from './timeline-entry-renderer';

const meta: Meta<typeof DecisionTimeline> = {
  title: 'Governance/Decision timeline',
  component: DecisionTimeline,
  args: {
    entries: TIMELINE_WORLD,
    live: TIMELINE_LIVE,
    liveStatus: 'live',
    now: TIMELINE_NOW,
  },
};

export default meta;
type Story = StoryObj<typeof meta>;

const MAX_DOM_ROWS = 300;

export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('feed')).toBeVisible();
    await expect(canvas.getByText('Live')).toBeVisible();
    // Every kind has its renderer; the type from a newer server gets the neutral fallback.
    await expect(canvas.getByText('Reversed the cooldown override')).toBeVisible();
    await expect(canvas.getByText('Event “Guardrail alert”')).toBeInTheDocument();
    await expect(
      canvas.getByText('Reversal lock held by Morgan Manager (Override actor)'),
    ).toBeVisible();
  },
};

export const Loading: Story = { args: { entries: undefined, liveStatus: 'connecting' } };

export const Empty: Story = { args: { entries: [], live: undefined, liveStatus: undefined } };

export const ErrorState: Story = {
  name: 'Error',
  args: {
    entries: undefined,
    liveStatus: 'offline',
    error: apiErrorOf(InternalServerError, 500, 'Timeline store unavailable'),
    onRetry: () => undefined,
    onReconnect: () => undefined,
  },
};

export const Reconnecting: Story = { args: { liveStatus: 'reconnecting', liveRetryInMs: 4000 } };

const largeTimelines = new Map<number, ReturnType<typeof createLargeTimeline>>();
const largeTimeline = (count: number) => {
  let entries = largeTimelines.get(count);
  if (!entries) {
    entries = createLargeTimeline(count);
    largeTimelines.set(count, entries);
  }
  return entries;
};

// What virtualization must keep at any size (issue 13): a bounded DOM wherever the user
// scrolls, the last entry reachable by scrolling and by keyboard, jump by id.
async function playLargeTimeline(canvasElement: HTMLElement, count: number) {
  const canvas = within(canvasElement);
  const n = count.toLocaleString('en-US');
  await expect(await canvas.findByText(`${n} of ${n} loaded entries`)).toBeVisible();
  const rows = () => canvasElement.querySelectorAll('article').length;
  const scroller = canvasElement.querySelector('.govkit-decision-timeline__scroll') as HTMLElement;
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const fullyVisible = (element: Element | null) => {
    if (!element) return false;
    const box = element.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    return box.top >= view.top - 1 && box.bottom <= view.bottom + 1;
  };
  await expect(rows()).toBeGreaterThan(3);
  // Scrolling through the list, step by step: the DOM stays bounded everywhere.
  for (let step = 1; step <= 20; step++) {
    scroller.scrollTop = (scroller.scrollHeight * step) / 20;
    await nextFrame();
    await nextFrame();
    await expect(rows()).toBeGreaterThan(0);
    await expect(rows()).toBeLessThanOrEqual(MAX_DOM_ROWS);
  }
  // The end is reachable by scrolling: the last entry is shown whole.
  await waitFor(() =>
    expect(fullyVisible(canvasElement.querySelector(`article[aria-posinset="${count}"]`))).toBe(
      true,
    ),
  );
  // And by keyboard: Home focuses the first entry, End the last, ArrowUp the one before it.
  scroller.scrollTop = 0;
  await waitFor(() =>
    expect(canvasElement.querySelector('article[aria-posinset="1"]')).toBeInTheDocument(),
  );
  (canvasElement.querySelector('article[aria-posinset="1"]') as HTMLElement).focus();
  await userEvent.keyboard('{End}');
  await waitFor(() => {
    expect(document.activeElement?.getAttribute('data-entry-id')).toBe(`e-${count - 1}`);
    expect(fullyVisible(document.activeElement)).toBe(true);
  });
  await userEvent.keyboard('{ArrowUp}');
  await waitFor(() =>
    expect(document.activeElement?.getAttribute('data-entry-id')).toBe(`e-${count - 2}`),
  );
  await userEvent.keyboard('{Home}');
  await waitFor(() => {
    expect(document.activeElement?.getAttribute('data-entry-id')).toBe('e-0');
    expect(fullyVisible(document.activeElement)).toBe(true);
  });
  await expect(rows()).toBeLessThanOrEqual(MAX_DOM_ROWS);
  // Jumping far down lands on the entry, focused and in view.
  const target = `e-${count - 10}`;
  await userEvent.type(canvas.getByLabelText('Jump to entry'), `${target}{Enter}`);
  await waitFor(() => {
    expect(document.activeElement?.getAttribute('data-entry-id')).toBe(target);
    expect(fullyVisible(document.activeElement)).toBe(true);
  });
  await expect(rows()).toBeLessThanOrEqual(MAX_DOM_ROWS);
}

/** 100,000 entries: only the rows on screen are in the DOM, at the top and anywhere else. */
export const Large: Story = {
  args: { live: undefined, liveStatus: undefined },
  render: (args) => <DecisionTimeline {...args} entries={largeTimeline(100_000)} />,
  play: ({ canvasElement }) => playLargeTimeline(canvasElement, 100_000),
};

/**
 * 1,000,000 entries: taller than a browser can draw (its scroll offset is scaled), yet the end
 * is reachable by scrolling and by keyboard.
 */
export const Million: Story = {
  args: { live: undefined, liveStatus: undefined },
  render: (args) => <DecisionTimeline {...args} entries={largeTimeline(1_000_000)} />,
  play: ({ canvasElement }) => playLargeTimeline(canvasElement, 1_000_000),
};

export const Dark: Story = { globals: { theme: 'dark' } };

export const German: Story = { globals: { locale: 'de' } };

/** Filter by type and actor; clearing brings everything back. */
export const Filter: Story = {
  play: async ({ canvas }) => {
    await userEvent.selectOptions(canvas.getByLabelText('Entry type'), 'Reversal');
    await expect(canvas.getByText('1 of 8 loaded entries')).toBeVisible();
    await userEvent.selectOptions(canvas.getByLabelText('Entry type'), 'All types');
    await userEvent.type(canvas.getByLabelText('Actor'), 'morgan');
    await expect(canvas.getByText('1 of 8 loaded entries')).toBeVisible();
    await expect(canvas.getByText(/Why does Morgan always/)).toBeVisible();
    await userEvent.clear(canvas.getByLabelText('Actor'));
    await userEvent.type(canvas.getByLabelText('Actor'), 'nobody');
    await expect(canvas.getByText('No entry matches the filters')).toBeVisible();
    await userEvent.click(
      canvas.getAllByRole('button', { name: 'Clear filters' })[0] as HTMLElement,
    );
    await expect(canvas.getByText('8 of 8 loaded entries')).toBeVisible();
  },
};

/** Jump to an entry by id (also one hidden by a filter); an unknown id says so. */
export const JumpToEntry: Story = {
  play: async ({ canvas }) => {
    await userEvent.selectOptions(canvas.getByLabelText('Entry type'), 'Coaching note');
    await userEvent.type(canvas.getByLabelText('Jump to entry'), 'guardrail-1{Enter}');
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('data-entry-id')).toBe('guardrail-1'),
    );
    await expect(document.activeElement).toHaveAttribute('data-selected', 'true');
    await expect(canvas.getByText('8 of 8 loaded entries', { exact: false })).toBeVisible();
    await userEvent.clear(canvas.getByLabelText('Jump to entry'));
    await userEvent.type(canvas.getByLabelText('Jump to entry'), 'nope{Enter}');
    await expect(await canvas.findByText(/No entry nope on this timeline/)).toBeVisible();
  },
};

/** Arrow keys move between entries; Enter selects. */
export const Keyboard: Story = {
  play: async ({ canvas }) => {
    const first = canvas.getAllByRole('article')[0] as HTMLElement;
    first.focus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(document.activeElement?.getAttribute('data-entry-id')).toBe('evt-execute-1');
    await userEvent.keyboard('{End}');
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('data-entry-id')).toBe('guardrail-1'),
    );
    await userEvent.keyboard('{Enter}');
    await expect(document.activeElement).toHaveAttribute('data-selected', 'true');
  },
};

function PagedTimeline(args: Parameters<typeof DecisionTimeline>[0]) {
  const [pages, setPages] = useState(1);
  const all = TIMELINE_WORLD;
  return (
    <DecisionTimeline
      {...args}
      entries={all.slice(0, pages * 3)}
      hasMore={pages * 3 < all.length}
      onLoadMore={() => setPages((value) => value + 1)}
    />
  );
}

/** Infinite loading: "Load more" (or scrolling to the end) asks for the next page. */
export const LoadMore: Story = {
  args: { live: undefined, liveStatus: undefined },
  render: (args) => <PagedTimeline {...args} />,
  play: async ({ canvas }) => {
    // The short first page fills less than the viewport, so the widget asks for more itself.
    await expect(await canvas.findByText('Beginning of the timeline')).toBeVisible();
    await expect(canvas.getByText('8 of 8 loaded entries')).toBeVisible();
  },
};

function ClockedTimeline(args: Parameters<typeof DecisionTimeline>[0]) {
  const [now, setNow] = useState(TIMELINE_NOW);
  return (
    <div>
      <button type="button" className="govkit-button" onClick={() => setNow((t) => t + 60_000)}>
        Advance the clock 60 s
      </button>
      <DecisionTimeline {...args} now={now} />
    </div>
  );
}

/** The cooldown counts down on a controllable clock and ends as "Cooldown cleared". */
export const CooldownCountdown: Story = {
  render: (args) => <ClockedTimeline {...args} />,
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Cooldown: 1 min 30 sec left')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Advance the clock 60 s' }));
    await expect(canvas.getByText('Cooldown: 30 sec left')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Advance the clock 60 s' }));
    await expect(canvas.getByText('Cooldown cleared')).toBeVisible();
  },
};

function FaultyRenderer(): never {
  throw new Error('a host renderer bug');
}

function CustomOverride({ entry }: TimelineEntryRendererProps) {
  return <p>Host renderer for {entry.entry_id}</p>;
}

/** Host renderers replace a kind; one that throws falls back to the neutral renderer. */
export const CustomRenderers: Story = {
  args: { renderers: { override_action: CustomOverride, coaching_note: FaultyRenderer } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Host renderer for evt-execute-1')).toBeVisible();
    await expect(canvas.getByText('Event “Coaching note”')).toBeVisible();
  },
};
