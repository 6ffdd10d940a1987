import { InternalServerError } from '@govkit/sdk';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { makeTraceItems, SEED_TRACE_ITEMS } from '../replay/replay-widget.fixtures';
import { apiErrorOf } from '../test/api-error-of';
import { toDecisionTraceRows } from './decision-trace-row';
import { DecisionTraceTable } from './decision-trace-table';

const rows = toDecisionTraceRows([
  { trace_items: [...SEED_TRACE_ITEMS, ...makeTraceItems(40, Date.UTC(2026, 11, 3, 9, 5))] },
]);
// Built once per Storybook load: 100,000 rows take a few milliseconds.
const largeRows = toDecisionTraceRows([{ trace_items: makeTraceItems(100_000) }]);

const meta = {
  title: 'Decision replay/Decision trace table',
  component: DecisionTraceTable,
  args: { taskId: 'task-123', rows, onOpenDecision: fn(), onRetry: fn(), onExport: fn() },
} satisfies Meta<typeof DecisionTraceTable>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Loading: Story = { args: { rows: undefined } };

export const Empty: Story = { args: { rows: [] } };

export const ErrorState: Story = {
  name: 'Error',
  args: {
    rows: undefined,
    error: apiErrorOf(InternalServerError, 500, 'Supervisor database unavailable'),
  },
  play: async ({ canvas, args }) => {
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Supervisor database unavailable');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

/**
 * 100,000 rows: scrolling to the end keeps the DOM to the visible window (a real-browser check
 * that a DOM emulation cannot make).
 */
export const Large: Story = {
  args: { rows: largeRows },
  parameters: { test: { timeout: 60_000 } },
  play: async ({ canvasElement, canvas }) => {
    const table = await canvas.findByRole('table');
    const scroller = table.parentElement as HTMLElement;
    const domRows = () => canvasElement.querySelectorAll('tbody tr').length;
    await expect(domRows()).toBeGreaterThan(5);
    await expect(domRows()).toBeLessThan(60);
    for (const fraction of [0.25, 0.5, 0.999, 1]) {
      scroller.scrollTop = (scroller.scrollHeight - scroller.clientHeight) * fraction;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await expect(domRows()).toBeLessThan(60);
    }
    // The oldest row (id 1) is in the window at the end of the trace.
    await waitFor(() =>
      expect(canvasElement.querySelector('[aria-rowindex="100001"]')).not.toBeNull(),
    );
    await expect(canvas.getByRole('status')).toHaveTextContent('100,000 of 100,000 loaded rows');
  },
};

/** Filter, search, sort and open a row's JSON. */
export const FilterAndInspect: Story = {
  play: async ({ canvas }) => {
    await userEvent.selectOptions(canvas.getByLabelText('Kind'), 'audit');
    await userEvent.type(canvas.getByLabelText('Search'), 'blocked');
    await userEvent.click(canvas.getByRole('button', { name: /Time/ }));
    await expect(canvas.getByRole('columnheader', { name: /Time/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    const [first] = canvas.getAllByRole('button', { name: 'Show JSON' });
    await userEvent.click(first as HTMLElement);
    await expect(canvas.getByRole('button', { name: 'Hide JSON' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  },
};

/** A row opens its decision snapshot. */
export const OpenSnapshot: Story = {
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Open decision dec-001' }));
    await expect(args.onOpenDecision).toHaveBeenCalledWith(
      'dec-001',
      expect.objectContaining({ id: 'audit:audit-001' }),
    );
  },
};

export const Dark: Story = { globals: { theme: 'dark' } };

export const DarkLarge: Story = { ...Large, name: 'Dark large', globals: { theme: 'dark' } };

export const German: Story = { globals: { locale: 'de' } };
