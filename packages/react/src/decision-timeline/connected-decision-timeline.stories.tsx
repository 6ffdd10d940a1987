import { overrideEndpoint, SEEDED_OVERRIDE_EXECUTIONS } from '@govkit/mock-server';
import { timelineEndpoints } from '@govkit/sdk/schemas';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, HttpResponse } from 'msw';
import { expect, userEvent, waitFor } from 'storybook/test';
import { createTimelineStreamControl } from '../test/timeline-stream-control';
import { ConnectedDecisionTimeline } from './connected-decision-timeline';

const meta: Meta<typeof ConnectedDecisionTimeline> = {
  title: 'Governance/Decision timeline/Connected',
  component: ConnectedDecisionTimeline,
  args: { executionId: SEEDED_OVERRIDE_EXECUTIONS.review, pageSize: 10 },
  parameters: { govkit: { mockApi: true } },
};

export default meta;
type Story = StoryObj<typeof meta>;

const ready = { timeout: 10_000 };

export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Live', {}, ready)).toBeVisible();
    await expect(await canvas.findByText(/of 10 loaded entries/, {}, ready)).toBeVisible();
  },
};

export const Loading: Story = {
  beforeEach: ({ msw }) => {
    msw.use(overrideEndpoint(timelineEndpoints.list, () => delay('infinite')));
  },
};

export const ErrorStory: Story = {
  name: 'Error',
  beforeEach: ({ msw }) => {
    msw.use(
      overrideEndpoint(timelineEndpoints.list, () =>
        HttpResponse.json({ detail: 'Timeline store unavailable' }, { status: 500 }),
      ),
    );
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert', {}, ready)).toHaveTextContent(
      'Timeline store unavailable',
    );
  },
};

export const Dark: Story = { globals: { theme: 'dark' } };

/** Infinite loading through the cursor: scrolling down loads pages of 5 to the beginning. */
export const LoadMore: Story = {
  args: { pageSize: 5, live: false },
  play: async ({ canvas, canvasElement }) => {
    await canvas.findByText(/loaded entries/, {}, ready);
    const scroller = canvasElement.querySelector(
      '.govkit-decision-timeline__scroll',
    ) as HTMLElement;
    await waitFor(
      () => {
        scroller.scrollTop = scroller.scrollHeight;
        expect(canvas.getByText('Beginning of the timeline')).toBeInTheDocument();
      },
      { timeout: 20_000 },
    );
    const status = canvasElement.querySelector('.govkit-decision-timeline__status');
    await expect(status?.textContent).toMatch(/^(\d+) of \1 loaded entries$/);
    await expect(Number(status?.textContent?.split(' ')[0])).toBeGreaterThan(5);
  },
};

/** Jump to an entry many pages down: older pages load until it is there, then it has focus. */
export const JumpToOlderEntry: Story = {
  args: { pageSize: 5, live: false },
  play: async ({ canvas }) => {
    await canvas.findByText(/loaded entries/, {}, ready);
    const response = await fetch(
      `/api/experiment-console/governance/timeline?execution_id=${SEEDED_OVERRIDE_EXECUTIONS.review}&limit=200`,
    );
    const { entries } = (await response.json()) as { entries: { entry_id: string }[] };
    const last = entries.at(-1)?.entry_id ?? '';
    await userEvent.type(canvas.getByLabelText('Jump to entry'), `${last}{Enter}`);
    await waitFor(
      () => expect(document.activeElement?.getAttribute('data-entry-id')).toBe(last),
      ready,
    );
  },
};

const stream = createTimelineStreamControl();
let listRequests = 0;
const frameBase = {
  execution_id: SEEDED_OVERRIDE_EXECUTIONS.review,
  generated_at: '2026-01-15T12:00:00Z',
};

/**
 * The stream drives the page: a lock engaged on an override shows on its entry without any
 * refetch of the timeline; a dropped connection shows "Reconnecting", then "Live" again.
 */
export const LiveStream: Story = {
  // One page holds the whole execution, so no page load interleaves with the count below.
  args: { pageSize: 50, live: { initialDelayMs: 1500 } },
  beforeEach: ({ msw }) => {
    listRequests = 0;
    msw.use(
      overrideEndpoint(timelineEndpoints.stream, stream.resolver),
      overrideEndpoint(timelineEndpoints.list, () => {
        listRequests += 1;
        // Counted, then answered by the mock server.
        return undefined;
      }),
    );
  },
  play: async ({ canvas, canvasElement }) => {
    await canvas.findByText(/loaded entries/, {}, ready);
    await waitFor(() => expect(stream.connections).toBe(1), ready);
    const article = await waitFor(() => {
      const found = canvasElement.querySelector('article[data-kind="override_action"]');
      if (!found) throw new Error('no override entry yet');
      return found;
    }, ready);
    const overrideId = await (async () => {
      const response = await fetch(
        `/api/experiment-console/governance/timeline?execution_id=${SEEDED_OVERRIDE_EXECUTIONS.review}&limit=200`,
      );
      const { entries } = (await response.json()) as {
        entries: { entry_id: string; detail: { override_id?: string } }[];
      };
      const id = article.getAttribute('data-entry-id');
      return entries.find((e) => e.entry_id === id)?.detail.override_id ?? '';
    })();
    const requestsBefore = listRequests;
    stream.send({ ...frameBase, type: 'snapshot', locks: [] });
    await expect(await canvas.findByText('Live', {}, ready)).toBeVisible();
    stream.send({
      ...frameBase,
      type: 'lock_event',
      override_id: overrideId,
      event: 'acquired',
      lock_state: {
        override_id: overrideId,
        recommendation_id: 'r',
        lock: { tier: 'Override actor', actor: { id: 'user-manager', name: 'Morgan Manager' } },
        cooldown: null,
      },
    });
    await expect(
      await canvas.findByText('Reversal lock held by Morgan Manager (Override actor)', {}, ready),
    ).toBeVisible();
    stream.send({
      ...frameBase,
      type: 'lock_event',
      override_id: overrideId,
      event: 'released',
      lock_state: { override_id: overrideId, recommendation_id: 'r', lock: null, cooldown: null },
    });
    await expect(await canvas.findByText('Reversal lock released', {}, ready)).toBeVisible();
    // Applied to the cache: the timeline itself was never fetched again.
    await expect(listRequests).toBe(requestsBefore);
    // Reconnection with backoff.
    stream.drop();
    await expect(await canvas.findByText(/Reconnecting in/, {}, ready)).toBeVisible();
    await waitFor(() => expect(stream.connections).toBe(2), ready);
    stream.send({ ...frameBase, type: 'snapshot', locks: [] });
    await expect(await canvas.findByText('Live', {}, ready)).toBeVisible();
    await expect(listRequests).toBe(requestsBefore);
  },
};
