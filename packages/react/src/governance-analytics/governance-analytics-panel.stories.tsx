import { InternalServerError, PermissionDeniedError } from '@govkit/sdk';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { apiErrorOf } from '../test/api-error-of';
import {
  ANALYTICS_REPORT,
  EMPTY_ANALYTICS_REPORT,
  largeAnalyticsReport,
} from './governance-analytics.fixtures';
import { GovernanceAnalyticsPanel } from './governance-analytics-panel';

const meta = {
  title: 'Governance/Governance analytics panel',
  component: GovernanceAnalyticsPanel,
  args: { report: ANALYTICS_REPORT, onRetry: fn(), onTableViewsChange: fn() },
} satisfies Meta<typeof GovernanceAnalyticsPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Chart to table and back: the same numbers, readable by everyone. */
export const ChartToTable: Story = {
  play: async ({ canvas, args }) => {
    const sla = canvas.getByRole('region', { name: 'SLA accuracy' });
    const toggle = within(sla).getByRole('button', { name: 'Show as table' });
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(within(sla).getByRole('table')).toBeVisible();
    await expect(args.onTableViewsChange).toHaveBeenLastCalledWith({ sla: true });
    await userEvent.click(toggle);
    await expect(sla).toHaveAttribute('data-view', 'chart');
  },
};

export const AllTables: Story = {
  args: { defaultTableViews: { sla: true, blockers: true, ladder: true, cadence: true } },
};

export const OneExecution: Story = {
  args: {
    executionId: 'exec-qpcr-001',
    report: {
      ...ANALYTICS_REPORT,
      results: ANALYTICS_REPORT.results.filter((r) => r.execution_id === 'exec-qpcr-001'),
    },
  },
};

export const Loading: Story = { args: { report: undefined } };

export const Empty: Story = { args: { report: EMPTY_ANALYTICS_REPORT } };

export const ErrorState: Story = {
  name: 'Error',
  args: {
    report: undefined,
    error: apiErrorOf(InternalServerError, 500, 'Analytics worker unavailable'),
  },
  play: async ({ canvas, args }) => {
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Analytics worker unavailable');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

export const Forbidden: Story = {
  args: {
    report: undefined,
    error: apiErrorOf(PermissionDeniedError, 403, 'Execution not accessible'),
  },
};

/** The most a report holds: 200 previews, 24 reviewers. */
export const Large: Story = { args: { report: largeAnalyticsReport() } };

export const Dark: Story = { globals: { theme: 'dark' } };

export const DarkLarge: Story = {
  args: { report: largeAnalyticsReport() },
  globals: { theme: 'dark' },
};

export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Governance-Analysen' })).toBeVisible();
  },
};
