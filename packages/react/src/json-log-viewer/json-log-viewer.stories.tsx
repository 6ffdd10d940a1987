import { InternalServerError, NotFoundError } from '@govkit/sdk';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { apiErrorOf } from '../test/api-error-of';
import { narrow } from '../test/narrow';
import { JsonLogViewer } from './json-log-viewer';
import { createLargePipelineLog, SMALL_PIPELINE_LOG } from './json-log-viewer.fixtures';

const meta = {
  title: 'Lineage/JSON log viewer',
  component: JsonLogViewer,
  args: { value: SMALL_PIPELINE_LOG, onRetry: fn(), onCopy: fn() },
} satisfies Meta<typeof JsonLogViewer>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Expanded: Story = { args: { defaultExpandDepth: 3 } };

/** Search inside the log: matches are highlighted, Enter jumps to the next one. */
export const SearchInsideLog: Story = {
  play: async ({ canvas, args }) => {
    const search = canvas.getByRole('searchbox', { name: 'Search in log' });
    await userEvent.type(search, 'pipeline');
    await waitFor(() => expect(canvas.getByText('1 of 2')).toBeVisible());
    await expect(canvas.getAllByText('Pipeline', { selector: 'mark' })[0]).toBeVisible();
    await userEvent.type(search, '{Enter}');
    await expect(canvas.getByText('2 of 2')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Copy path' }));
    await expect(args.onCopy).toHaveBeenCalledWith('$.events[2].message', 'path');
  },
};

/** Keyboard: arrows move the focus through the tree, Right opens, Left closes. */
export const KeyboardNavigation: Story = {
  play: async ({ canvas }) => {
    const [first] = canvas.getAllByRole('treeitem');
    first?.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowRight}{ArrowRight}');
    await expect(document.activeElement).toHaveAttribute('aria-level', '2');
    await userEvent.keyboard('{ArrowLeft}');
    await expect(document.activeElement).toHaveTextContent(/^▾events/);
  },
};

export const Loading: Story = { args: { value: undefined } };

export const Empty: Story = { args: { value: {} } };

export const InvalidJson: Story = { args: { value: undefined, source: '{"events": [1, 2' } };

export const ErrorState: Story = {
  name: 'Error',
  args: {
    value: undefined,
    error: apiErrorOf(InternalServerError, 500, 'Lineage store unavailable'),
  },
  play: async ({ canvas, args }) => {
    const alert = canvas.getByRole('alert');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

export const NotFound: Story = {
  args: { value: undefined, error: apiErrorOf(NotFoundError, 404, 'Lineage not found') },
};

/** A 12 MB log (≈ 2 MB gzipped, 54,406 events): only the rows in view are in the DOM. */
export const Large: Story = {
  loaders: [async () => ({ log: createLargePipelineLog(12 * 1024 * 1024) })],
  render: (args, { loaded }) => (
    <JsonLogViewer {...args} value={loaded.log} defaultExpandDepth={2} />
  ),
  play: async ({ canvas, canvasElement }) => {
    const tree = await canvas.findByRole('tree');
    await expect(canvas.getAllByRole('treeitem').length).toBeLessThan(60);
    tree.scrollTop = tree.scrollHeight / 2;
    await waitFor(() => {
      const indexes = [...canvasElement.querySelectorAll('[role="treeitem"]')].map((row) =>
        Number(row.getAttribute('data-index')),
      );
      expect(Math.max(...indexes)).toBeGreaterThan(20_000);
    });
    await expect(canvas.getAllByRole('treeitem').length).toBeLessThan(60);
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { defaultExpandDepth: 3 },
};

export const German: Story = { globals: { locale: 'de' } };

export const Narrow: Story = {
  decorators: [narrow(360)],
};
