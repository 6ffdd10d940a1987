import {
  ArtifactExpiredError,
  ArtifactIntegrityError,
  ArtifactNotReadyError,
  InternalServerError,
} from '@govkit/sdk';
import type { Meta, StoryObj } from '@storybook/react-vite';
import remarkGfm from 'remark-gfm';
import { expect, fn, userEvent } from 'storybook/test';
import { ApprovalLadder } from '../approval-ladder/approval-ladder';
import {
  FAILED_PACKAGING_EXPORT,
  QPCR_EXPORTS,
  READY_EXPORT,
  STORE_NOW,
} from '../exports/narrative-export.fixtures';
import { apiErrorOf } from '../test/api-error-of';
import { NarrativeExportPanel } from './narrative-export-panel';

const meta = {
  title: 'Narrative exports/Narrative export panel',
  component: NarrativeExportPanel,
  args: {
    exports: QPCR_EXPORTS.exports,
    onDownload: fn(),
    onRetry: fn(),
    markdownPlugins: [remarkGfm],
    renderLadder: (record) => (
      <ApprovalLadder record={record} now={STORE_NOW} headingLevel={3} onAction={async () => {}} />
    ),
  },
} satisfies Meta<typeof NarrativeExportPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** The approved, packaged version: download the zip. */
export const ReadyToDownload: Story = {
  args: { defaultSelectedExportId: READY_EXPORT.id },
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Download zip' }));
    await expect(args.onDownload).toHaveBeenCalledWith(READY_EXPORT);
  },
};

export const Downloaded: Story = {
  args: {
    defaultSelectedExportId: READY_EXPORT.id,
    download: {
      status: 'done',
      exportId: READY_EXPORT.id,
      filename: 'execution_exec-qpcr-001_narrative_v3.zip',
    },
  },
};

const refused = (error: unknown): Story => ({
  args: {
    exports: [READY_EXPORT],
    download: { status: 'error', exportId: READY_EXPORT.id, error },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toBeVisible();
  },
});

export const RefusedNotReady = refused(
  apiErrorOf(ArtifactNotReadyError, 409, 'Narrative export artifact not ready'),
);
export const RefusedExpired = refused(
  apiErrorOf(ArtifactExpiredError, 410, 'Narrative export artifact expired'),
);
export const RefusedIntegrity = refused(
  ArtifactIntegrityError.checksumMismatch(
    READY_EXPORT.artifact_checksum ?? 'a'.repeat(64),
    '9f2c'.repeat(16),
  ),
);
export const PackagingFailed: Story = { args: { exports: [FAILED_PACKAGING_EXPORT] } };
export const Loading: Story = { args: { exports: undefined } };
export const Empty: Story = { args: { exports: [] } };
export const ErrorState: Story = {
  name: 'Error',
  args: {
    exports: undefined,
    error: apiErrorOf(InternalServerError, 500, 'Export store unavailable'),
  },
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalled();
  },
};
export const Dark: Story = { globals: { theme: 'dark' } };
export const German: Story = { globals: { locale: 'de' } };
