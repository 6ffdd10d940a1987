import { overrideEndpoint } from '@govkit/mock-server';
import { evidenceEndpoints, exportsEndpoints } from '@govkit/sdk';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, HttpResponse } from 'msw';
import { expect, userEvent, waitFor } from 'storybook/test';
import { QPCR_EXECUTION } from '../exports/narrative-export.fixtures';
import { ConnectedEvidencePicker } from './connected-evidence-picker';

const meta: Meta<typeof ConnectedEvidencePicker> = {
  title: 'Narrative exports/Evidence picker/Connected',
  component: ConnectedEvidencePicker,
  args: { executionId: QPCR_EXECUTION, pageSize: 1 },
  parameters: { govkit: { mockApi: true } },
};

export default meta;
type Story = StoryObj<typeof meta>;

const FIND = { timeout: 10_000 };

/** One entry a page: pick on page one and page two, attach both to a new export version. */
export const Default: Story = {
  play: async ({ canvas }) => {
    const first = await canvas.findByRole('option', {}, FIND);
    await userEvent.click(first);
    await userEvent.click(canvas.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(canvas.getAllByRole('option')).toHaveLength(2), FIND);
    await userEvent.click(canvas.getAllByRole('option')[1] as HTMLElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Attach 2 items' }));
    await expect(
      await canvas.findByText('Attached 2 items to a new export version.', {}, FIND),
    ).toBeVisible();
    await waitFor(
      () => expect(canvas.getAllByRole('option')[1]).toHaveAttribute('aria-disabled', 'true'),
      FIND,
    );
  },
};

/** A 409 from export creation: the reason shows, the selection is kept. */
export const RefusedAttach: Story = {
  args: { pageSize: 20 },
  beforeEach: ({ msw }) => {
    msw.use(
      overrideEndpoint(exportsEndpoints.create, () =>
        HttpResponse.json({ detail: 'Workflow template is no longer published' }, { status: 409 }),
      ),
    );
  },
  play: async ({ canvas }) => {
    await canvas.findAllByRole('option', {}, FIND);
    const free = canvas
      .getAllByRole('option')
      .find((option) => option.getAttribute('aria-disabled') !== 'true') as HTMLElement;
    await userEvent.click(free);
    await userEvent.click(canvas.getByRole('button', { name: 'Attach 1 items' }));
    await expect(await canvas.findByRole('alert', {}, FIND)).toHaveTextContent(
      'no longer published',
    );
    await expect(canvas.getByText('1 selected')).toBeVisible();
  },
};

export const Loading: Story = {
  beforeEach: ({ msw }) => {
    msw.use(overrideEndpoint(evidenceEndpoints.notebook, () => delay('infinite')));
  },
};

export const ErrorState: Story = {
  name: 'Error',
  beforeEach: ({ msw }) => {
    msw.use(
      overrideEndpoint(evidenceEndpoints.notebook, () =>
        HttpResponse.json({ detail: 'Invalid execution id filter' }, { status: 400 }),
      ),
    );
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert', {}, FIND)).toHaveTextContent('Invalid execution');
  },
};

export const Dark: Story = { globals: { theme: 'dark' }, args: { pageSize: 20 } };
