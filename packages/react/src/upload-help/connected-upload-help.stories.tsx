import { overrideEndpoint } from '@govkit/mock-server';
import { runGovernanceEndpoints } from '@govkit/sdk/schemas';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { HttpResponse } from 'msw';
import { expect, userEvent } from 'storybook/test';
import { ConnectedUploadHelp } from './connected-upload-help';

const meta: Meta<typeof ConnectedUploadHelp> = {
  title: 'Run governance/Upload help/Connected',
  component: ConnectedUploadHelp,
  args: { workspaceId: 'ws-story', defaultOpen: true },
  parameters: { govkit: { mockApi: true } },
};

export default meta;
type Story = StoryObj<typeof meta>;

async function fill(canvas: Parameters<NonNullable<Story['play']>>[0]['canvas']) {
  await userEvent.type(canvas.getByLabelText('Your name'), 'Dana Whitfield');
  await userEvent.type(canvas.getByLabelText('Email'), 'dana@acme.example');
  await userEvent.type(canvas.getByLabelText('What were you trying to export?'), 'Xero contacts');
  await userEvent.type(canvas.getByLabelText('What went wrong?'), 'The export stops at 500 rows.');
  await userEvent.click(canvas.getByRole('button', { name: 'Send request' }));
}

/** Files the request with the mock server and confirms it as stored. */
export const Default: Story = {
  play: async ({ canvas }) => {
    await fill(canvas);
    await expect(
      await canvas.findByRole('heading', { name: 'Request sent' }, { timeout: 10_000 }),
    ).toBeVisible();
    await expect(canvas.getByText('Xero contacts')).toBeVisible();
  },
};

/** The workspace is over its hourly limit: 429 with Retry-After, the form stays as typed. */
export const RateLimited: Story = {
  beforeEach: ({ msw }) => {
    msw.use(
      overrideEndpoint(runGovernanceEndpoints.remoteAssistCreate, () =>
        HttpResponse.json(
          {
            detail: 'Too many remote assist requests for this workspace. Please try again later.',
            code: 'remote_assist_rate_limited',
          },
          { status: 429, headers: { 'Retry-After': '600' } },
        ),
      ),
    );
  },
  play: async ({ canvas }) => {
    await fill(canvas);
    await expect(await canvas.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(
      'about 10 min',
    );
    await expect(canvas.getByLabelText('What were you trying to export?')).toHaveValue(
      'Xero contacts',
    );
  },
};
