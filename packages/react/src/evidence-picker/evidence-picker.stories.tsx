import { ConflictError, InternalServerError } from '@govkit/sdk';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import type { EvidenceItem } from '../exports/use-evidence-pages';
import { apiErrorOf } from '../test/api-error-of';
import { EvidencePicker, type EvidencePickerProps } from './evidence-picker';
import { ATTACHED_IDS, EVIDENCE_ITEMS, notebookEvidence } from './evidence-picker.fixtures';

const LARGE = notebookEvidence(240);
const PAGE = 20;

/**
 * The picker over `all` served `PAGE` at a time, as a host app would wire its own pages; attach
 * answers with `refuse` (when given) so a story can show a refusal.
 */
function PagedPicker({
  all,
  refuse,
  ...props
}: EvidencePickerProps & { all: EvidenceItem[]; refuse?: unknown }) {
  const [loaded, setLoaded] = useState(PAGE);
  const [attached, setAttached] = useState<string[]>([...ATTACHED_IDS]);
  const [attachError, setAttachError] = useState<unknown>();
  const [attachedCount, setAttachedCount] = useState<number>();
  return (
    <EvidencePicker
      {...props}
      items={all.slice(0, loaded)}
      attachedIds={attached}
      hasMore={loaded < all.length}
      onLoadMore={() => setLoaded((n) => n + PAGE)}
      attachError={attachError}
      attachedCount={attachedCount}
      onAttach={async (items) => {
        props.onAttach?.(items);
        setAttachError(undefined);
        setAttachedCount(undefined);
        if (refuse) {
          setAttachError(refuse);
          throw refuse;
        }
        setAttached((ids) => [...ids, ...items.map((item) => item.id)]);
        setAttachedCount(items.length);
      }}
    />
  );
}

const meta = {
  title: 'Narrative exports/Evidence picker',
  component: EvidencePicker,
  args: {
    items: EVIDENCE_ITEMS,
    attachedIds: ATTACHED_IDS,
    onAttach: fn(),
    onRetry: fn(),
    onSelectedIdsChange: fn(),
  },
} satisfies Meta<typeof EvidencePicker>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Pick with the keyboard: arrows move, Space toggles; the attached entry cannot be picked. */
export const Default: Story = {
  play: async ({ canvas, args }) => {
    const options = canvas.getAllByRole('option');
    (options[0] as HTMLElement).focus();
    await userEvent.keyboard('{ArrowDown} {End} ');
    await expect(options[1]).toHaveAttribute('aria-selected', 'true');
    await expect(options[4]).toHaveAttribute('aria-selected', 'true');
    await userEvent.click(canvas.getByRole('button', { name: 'Attach 2 items' }));
    await expect(args.onAttach).toHaveBeenCalledWith([EVIDENCE_ITEMS[1], EVIDENCE_ITEMS[4]]);
  },
};
export const Loading: Story = { args: { items: undefined } };
export const Empty: Story = { args: { items: [] } };
export const ErrorState: Story = {
  name: 'Error',
  args: {
    items: undefined,
    error: apiErrorOf(InternalServerError, 500, 'Evidence store unavailable'),
  },
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalled();
  },
};

/** 240 entries, 20 a page: pick on the first page, load two more, pick there, attach. */
export const Large: Story = {
  render: (args) => <PagedPicker {...args} all={LARGE} />,
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getAllByRole('option')[3] as HTMLElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Load more' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(canvas.getAllByRole('option')).toHaveLength(60));
    await userEvent.click(canvas.getAllByRole('option')[45] as HTMLElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Attach 2 items' }));
    await expect(args.onAttach).toHaveBeenCalledWith([LARGE[3], LARGE[45]]);
    await expect(
      await canvas.findByText('Attached 2 items to a new export version.'),
    ).toBeVisible();
    await expect(canvas.getAllByRole('option')[45]).toHaveAttribute('aria-disabled', 'true');
  },
};

/** The server refuses (409): the reason shows and the selection stays for another try. */
export const RefusedAttach: Story = {
  render: (args) => (
    <PagedPicker
      {...args}
      all={LARGE}
      refuse={apiErrorOf(ConflictError, 409, 'Workflow template is no longer published')}
    />
  ),
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getAllByRole('option')[2] as HTMLElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Attach 1 item' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('no longer published');
    await expect(canvas.getByText('1 selected')).toBeVisible();
    await expect(canvas.getAllByRole('option')[2]).toHaveAttribute('aria-selected', 'true');
  },
};
export const Dark: Story = { globals: { theme: 'dark' } };
export const LargeDark: Story = {
  render: (args) => <PagedPicker {...args} all={LARGE} />,
  globals: { theme: 'dark' },
};
export const German: Story = { globals: { locale: 'de' } };
