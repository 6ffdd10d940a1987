import { InternalServerError, NotFoundError } from '@govkit/sdk';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { GATED_MANIFEST, SUCCEEDED_MANIFEST } from '../runs/run-governance.fixtures';
import { apiErrorOf } from '../test/api-error-of';
import { narrow } from '../test/narrow';
import { RunManifestReceipt } from './run-manifest-receipt';

const meta = {
  title: 'Run governance/Run manifest receipt',
  component: RunManifestReceipt,
  args: { manifest: SUCCEEDED_MANIFEST, onRetry: fn() },
} satisfies Meta<typeof RunManifestReceipt>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** The flow people use: open "Show technical details" and read the receipt. */
export const ExpandTechnicalDetails: Story = {
  play: async ({ canvas }) => {
    const trigger = canvas.getByRole('button', { name: 'Show technical details' });
    await userEvent.click(trigger);
    await expect(trigger).toHaveAttribute('aria-expanded', 'true');
    await expect(
      canvas.getByText('6 steps succeeded, 0 skipped, 0 failed (lock: abc123)'),
    ).toBeVisible();
    const steps = within(canvas.getByRole('list', { name: 'Steps in the order they ran' }));
    await expect(steps.getAllByRole('listitem')).toHaveLength(6);
    await expect(steps.getAllByRole('listitem')[0]).toHaveAttribute(
      'data-step',
      'parse_normalize_pack',
    );
  },
};

/** Gated: inference and validation skipped, the profile step failed. */
export const GatedRun: Story = {
  args: { manifest: GATED_MANIFEST, defaultDetailsOpen: true },
};

export const Loading: Story = { args: { manifest: undefined } };

export const Empty: Story = {
  args: { manifest: { ...SUCCEEDED_MANIFEST, steps: [] }, defaultDetailsOpen: true },
};

export const ErrorState: Story = {
  name: 'Error',
  args: {
    manifest: undefined,
    error: apiErrorOf(InternalServerError, 500, 'Run store unavailable'),
  },
  play: async ({ canvas, args }) => {
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Run store unavailable');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

export const NotFound: Story = {
  args: {
    runId: 'run-404',
    manifest: undefined,
    error: apiErrorOf(NotFoundError, 404, 'Run not found: run-404'),
  },
};

export const Dark: Story = { args: { defaultDetailsOpen: true }, globals: { theme: 'dark' } };

export const DarkGated: Story = {
  args: { manifest: GATED_MANIFEST, defaultDetailsOpen: true },
  globals: { theme: 'dark' },
};

export const German: Story = {
  args: { defaultDetailsOpen: true },
  globals: { locale: 'de' },
  play: async ({ canvas }) => {
    await expect(
      canvas.getByText('6 Schritte erfolgreich, 0 übersprungen, 0 fehlgeschlagen (Sperre: abc123)'),
    ).toBeVisible();
  },
};

export const Narrow: Story = {
  args: { defaultDetailsOpen: true },
  decorators: [narrow(340)],
};
