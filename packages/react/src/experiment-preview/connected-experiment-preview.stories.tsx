import { overrideEndpoint } from '@govkit/mock-server';
import { previewEndpoints } from '@govkit/sdk/schemas';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay } from 'msw';
import { expect } from 'storybook/test';
import { QPCR_EXECUTION, QPCR_SNAPSHOT_ID } from '../exports/narrative-export.fixtures';
import { ConnectedExperimentPreview } from './connected-experiment-preview';

const meta: Meta<typeof ConnectedExperimentPreview> = {
  title: 'Narrative exports/Experiment preview/Connected',
  component: ConnectedExperimentPreview,
  args: {
    executionId: QPCR_EXECUTION,
    request: { workflow_template_snapshot_id: QPCR_SNAPSHOT_ID },
  },
  parameters: { govkit: { mockApi: true } },
};

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByText('1 of 3 stages blocked', {}, { timeout: 10_000 }),
    ).toBeVisible();
  },
};

export const Loading: Story = {
  beforeEach: ({ msw }) => {
    msw.use(overrideEndpoint(previewEndpoints.create, () => delay('infinite')));
  },
};

/** An execution without a protocol template: the server's 400. */
export const Refused: Story = {
  args: { executionId: 'exec-unlinked-001' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(
      'Execution missing linked protocol template',
    );
  },
};
