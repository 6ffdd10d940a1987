import { overrideEndpoint } from '@govkit/mock-server';
import { evidenceEndpoints, exportsEndpoints } from '@govkit/sdk/schemas';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, HttpResponse } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
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

/** The options of the picker's listbox (the type `<select>` has options too). */
async function listOptions(canvas: ReturnType<typeof within>) {
  return within(await canvas.findByRole('listbox', {}, FIND)).getAllByRole('option');
}

/** One entry a page: pick on page one and page two, attach both to a new export version. */
export const Default: Story = {
  play: async ({ canvas }) => {
    await userEvent.click((await listOptions(canvas))[0] as HTMLElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Load more' }));
    await waitFor(async () => expect(await listOptions(canvas)).toHaveLength(2), FIND);
    await userEvent.click((await listOptions(canvas))[1] as HTMLElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Attach 2 items' }));
    await expect(
      await canvas.findByText('Attached 2 items to a new export version.', {}, FIND),
    ).toBeVisible();
    await waitFor(
      async () => expect((await listOptions(canvas))[1]).toHaveAttribute('aria-disabled', 'true'),
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
    const free = (await listOptions(canvas)).find(
      (option) => option.getAttribute('aria-disabled') !== 'true',
    ) as HTMLElement;
    await userEvent.click(free);
    await userEvent.click(canvas.getByRole('button', { name: 'Attach 1 item' }));
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
