import { BadRequestError } from '@govkit/sdk';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
import { QPCR_PREVIEW } from '../exports/narrative-export.fixtures';
import { apiErrorOf } from '../test/api-error-of';
import { narrow } from '../test/narrow';
import { ExperimentPreview } from './experiment-preview';

const meta = {
  title: 'Narrative exports/Experiment preview',
  component: ExperimentPreview,
  args: { preview: QPCR_PREVIEW, onRun: fn(), onRetry: fn() },
} satisfies Meta<typeof ExperimentPreview>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Run again' }));
    await expect(args.onRun).toHaveBeenCalled();
  },
};
export const Large: Story = {
  args: {
    preview: {
      ...QPCR_PREVIEW,
      stage_insights: Array.from({ length: 15 }, (_, i) => ({
        ...(QPCR_PREVIEW.stage_insights[i % 3] as (typeof QPCR_PREVIEW.stage_insights)[number]),
        index: i,
        name: `Stage ${i + 1}`,
      })),
    },
  },
};
export const Loading: Story = { args: { preview: undefined } };
export const Empty: Story = { args: { preview: { ...QPCR_PREVIEW, stage_insights: [] } } };
export const ErrorState: Story = {
  name: 'Error',
  args: {
    preview: undefined,
    error: apiErrorOf(
      BadRequestError,
      400,
      'Preview requires a published workflow template snapshot',
    ),
  },
};
export const Dark: Story = { globals: { theme: 'dark' } };
export const German: Story = { globals: { locale: 'de' } };

/** A phone: the ladder table scrolls sideways inside the panel, an SLA stays on one line. */
export const Narrow: Story = {
  decorators: [narrow(340)],
  play: async ({ canvasElement, canvas }) => {
    const sla = canvasElement.querySelector(
      '.govkit-experiment-preview__table tbody td:nth-of-type(2)',
    );
    const range = document.createRange();
    range.selectNodeContents(sla as Node);
    await expect(range.getClientRects()).toHaveLength(1);
    // The rendered narrative's headings never outshout the widget's own title.
    const title = canvas.getByRole('heading', { level: 2, name: 'Governance preview' });
    const h1 = canvasElement.querySelector('.govkit-markdown h1');
    await expect(h1).toBeTruthy();
    const size = (el: Element) => Number.parseFloat(getComputedStyle(el).fontSize);
    await expect(size(h1 as Element)).toBeLessThanOrEqual(size(title));
  },
};
