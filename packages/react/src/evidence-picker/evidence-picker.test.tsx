import { overrideEndpoint } from '@govkit/mock-server';
import {
  ConflictError,
  InternalServerError,
  type NarrativeExport,
  type NarrativeExportList,
} from '@govkit/sdk';
import { evidenceEndpoints, exportsEndpoints } from '@govkit/sdk/schemas';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse } from 'msw';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { QPCR_EXECUTION } from '../exports/narrative-export.fixtures';
import { attachRequest } from '../exports/use-attach-evidence';
import type { EvidenceItem } from '../exports/use-evidence-pages';
import { de } from '../locales/de';
import { govkitKeys } from '../query/govkit-keys';
import { apiErrorOf } from '../test/api-error-of';
import { expectNoAxeViolations } from '../test/expect-no-axe-violations';
import { renderWithGovkit, useMockGovkitServer } from '../test/render-with-govkit';
import { ConnectedEvidencePicker } from './connected-evidence-picker';
import { EvidencePicker } from './evidence-picker';
import { ATTACHED_IDS, EVIDENCE_ITEMS } from './evidence-picker.fixtures';

function options() {
  return within(screen.getByRole('listbox', { name: 'Evidence to attach' })).getAllByRole('option');
}

function Controlled() {
  const [ids, setIds] = useState<readonly string[]>([EVIDENCE_ITEMS[2]?.id ?? '']);
  return (
    <>
      <EvidencePicker items={EVIDENCE_ITEMS} selectedIds={ids} onSelectedIdsChange={setIds} />
      <output>{ids.join(',')}</output>
    </>
  );
}

describe('EvidencePicker (presentational)', () => {
  it('lists the items with attached ones marked and not selectable', async () => {
    const { container } = render(
      <EvidencePicker items={EVIDENCE_ITEMS} attachedIds={ATTACHED_IDS} onAttach={() => {}} />,
    );
    const listbox = screen.getByRole('listbox');
    expect(listbox).toHaveAttribute('aria-multiselectable', 'true');
    expect(options()).toHaveLength(5);
    const first = options()[0] as HTMLElement;
    expect(first).toHaveAttribute('aria-disabled', 'true');
    expect(first).toHaveTextContent('Attached');
    await userEvent.click(first);
    expect(screen.getByText('0 selected')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Attach 0 items' })).toBeDisabled();
    await expectNoAxeViolations(container);
  });

  it('is usable with the keyboard alone: arrows, Home/End, Space and Enter toggle', async () => {
    const onChange = vi.fn();
    render(<EvidencePicker items={EVIDENCE_ITEMS} onSelectedIdsChange={onChange} />);
    await userEvent.tab();
    await userEvent.tab();
    expect(options()[0]).toHaveFocus();
    await userEvent.keyboard('{ArrowDown} ');
    expect(options()[1]).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{End}{Enter}');
    expect(options()[4]).toHaveFocus();
    expect(options()[4]).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Home}');
    expect(options()[0]).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    expect(options()[0]).toHaveFocus();
    await userEvent.keyboard('{ArrowDown} ');
    expect(options()[1]).toHaveAttribute('aria-selected', 'false');
    expect(onChange).toHaveBeenLastCalledWith([EVIDENCE_ITEMS[4]?.id]);
    // Only the active option is in the tab order.
    expect(options().filter((o) => o.tabIndex === 0)).toHaveLength(1);
  });

  it('honours a controlled selection', async () => {
    render(<Controlled />);
    expect(options()[2]).toHaveAttribute('aria-selected', 'true');
    await userEvent.click(options()[3] as HTMLElement);
    expect(document.querySelector('output')).toHaveTextContent(
      `${EVIDENCE_ITEMS[2]?.id},${EVIDENCE_ITEMS[3]?.id}`,
    );
  });

  it('filters the loaded items by text and says when nothing matches', async () => {
    render(<EvidencePicker items={EVIDENCE_ITEMS} />);
    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search loaded items' }),
      'deviation',
    );
    expect(options()).toHaveLength(1);
    await userEvent.type(screen.getByRole('searchbox'), 'zzz');
    expect(screen.getByText('No loaded evidence matches')).toBeInTheDocument();
  });

  it('attaches the selection and clears it; a refusal keeps it and shows why', async () => {
    const onAttach = vi
      .fn()
      .mockRejectedValueOnce(apiErrorOf(ConflictError, 409, 'Workflow template retired'))
      .mockResolvedValueOnce(undefined);
    const { rerender } = render(<EvidencePicker items={EVIDENCE_ITEMS} onAttach={onAttach} />);
    await userEvent.click(options()[1] as HTMLElement);
    await userEvent.click(options()[2] as HTMLElement);
    await userEvent.click(screen.getByRole('button', { name: 'Attach 2 items' }));
    expect(onAttach).toHaveBeenCalledWith([EVIDENCE_ITEMS[1], EVIDENCE_ITEMS[2]]);
    expect(screen.getByText('2 selected')).toBeInTheDocument();
    rerender(
      <EvidencePicker
        items={EVIDENCE_ITEMS}
        onAttach={onAttach}
        attachError={apiErrorOf(ConflictError, 409, 'Workflow template retired')}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The evidence was not attached');
    expect(screen.getByRole('alert')).toHaveTextContent('Workflow template retired');
    await userEvent.click(screen.getByRole('button', { name: 'Attach 2 items' }));
    await waitFor(() => expect(screen.getByText('0 selected')).toBeInTheDocument());
  });

  it('shows loading, empty, error with retry and load more', async () => {
    const onRetry = vi.fn();
    const onLoadMore = vi.fn();
    const { rerender, container } = render(<EvidencePicker />);
    expect(container.firstChild).toHaveAttribute('data-state', 'loading');
    expect(container.firstChild).toHaveAttribute('aria-busy', 'true');
    rerender(<EvidencePicker items={[]} />);
    expect(screen.getByText('No evidence of this type')).toBeInTheDocument();
    rerender(
      <EvidencePicker
        error={apiErrorOf(InternalServerError, 500, 'Evidence store offline')}
        onRetry={onRetry}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('Evidence store offline');
    rerender(<EvidencePicker items={EVIDENCE_ITEMS} hasMore onLoadMore={onLoadMore} />);
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(onLoadMore).toHaveBeenCalled();
    await expectNoAxeViolations(container);
  });

  it('speaks German', () => {
    renderWithGovkit(<EvidencePicker items={EVIDENCE_ITEMS} onAttach={() => {}} />, {
      locale: 'de-DE',
      translations: { de },
    });
    expect(screen.getByRole('heading', { name: 'Nachweise anhängen' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '0 Einträge anhängen' })).toBeDisabled();
  });
});

describe('attachRequest', () => {
  it('keeps the attachments of the newest version and adds each new item once', () => {
    const [first, second] = EVIDENCE_ITEMS as [EvidenceItem, EvidenceItem];
    const latest = {
      attachments: [
        {
          id: 'att-1',
          evidence_type: 'file',
          reference_id: 'file-1',
          label: 'plate-layout.csv',
          snapshot: {},
          hydration_context: {},
          created_at: '2026-03-01T00:00:00Z',
        },
      ],
    } as unknown as NarrativeExport;
    expect(attachRequest(latest, [first, first, second]).attachments).toEqual([
      { type: 'file', reference_id: 'file-1', label: 'plate-layout.csv' },
      { type: 'notebook_entry', reference_id: first.id, label: first.label },
      { type: 'notebook_entry', reference_id: second.id, label: second.label },
    ]);
    expect(attachRequest(undefined, [first]).attachments).toHaveLength(1);
  });
});

describe('ConnectedEvidencePicker', () => {
  const server = useMockGovkitServer();

  it('pages through the cursor, attaches across pages and refreshes only the export list', async () => {
    const { container, queryClient } = renderWithGovkit(
      <ConnectedEvidencePicker executionId={QPCR_EXECUTION} pageSize={1} />,
    );
    await waitFor(() => expect(options()).toHaveLength(1));
    await userEvent.click(options()[0] as HTMLElement);
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(options()).toHaveLength(2));
    await userEvent.click(options()[1] as HTMLElement);
    const before = queryClient.getQueryData<NarrativeExportList>(
      govkitKeys.exports.narratives(QPCR_EXECUTION),
    );
    const versions = before?.exports.length ?? 0;
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    await userEvent.click(screen.getByRole('button', { name: 'Attach 2 items' }));
    await screen.findByText('Attached 2 items to a new export version.');
    expect(screen.getByText('0 selected')).toBeInTheDocument();
    await waitFor(() => expect(options()[0]).toHaveAttribute('aria-disabled', 'true'));
    expect(options()[1]).toHaveAttribute('aria-disabled', 'true');
    const after = queryClient.getQueryData<NarrativeExportList>(
      govkitKeys.exports.narratives(QPCR_EXECUTION),
    );
    expect(after?.exports.length).toBe(versions + 1);
    expect(invalidate.mock.calls.map(([filters]) => filters)).toEqual([
      { queryKey: govkitKeys.exports.narratives(QPCR_EXECUTION), exact: true },
    ]);
    await expectNoAxeViolations(container);
  });

  it('keeps the selection and rolls the export list back when the server refuses', async () => {
    server.use(
      overrideEndpoint(exportsEndpoints.create, () =>
        HttpResponse.json({ detail: 'Workflow template is no longer published' }, { status: 409 }),
      ),
    );
    const { queryClient } = renderWithGovkit(
      <ConnectedEvidencePicker executionId={QPCR_EXECUTION} />,
    );
    await waitFor(() => expect(options().length).toBeGreaterThan(1));
    const key = govkitKeys.exports.narratives(QPCR_EXECUTION);
    await waitFor(() => expect(queryClient.getQueryData(key)).toBeDefined());
    const before = queryClient.getQueryData(key);
    const free = options().find((o) => o.getAttribute('aria-disabled') !== 'true') as HTMLElement;
    await userEvent.click(free);
    await userEvent.click(screen.getByRole('button', { name: 'Attach 1 item' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Workflow template is no longer published',
    );
    expect(screen.getByText('1 selected')).toBeInTheDocument();
    expect(free).toHaveAttribute('aria-selected', 'true');
    expect(queryClient.getQueryData(key)).toEqual(before);
  });

  it('asks the server for the chosen type and shows a type with nothing as empty', async () => {
    server.use(
      overrideEndpoint(evidenceEndpoints.data, ({ request }) =>
        new URL(request.url).searchParams.get('domain') === 'qc_metric'
          ? HttpResponse.json({ items: [] })
          : undefined,
      ),
    );
    renderWithGovkit(<ConnectedEvidencePicker executionId={QPCR_EXECUTION} />);
    await waitFor(() => expect(options().length).toBeGreaterThan(0));
    const type = screen.getByRole('combobox', { name: 'Evidence type' });
    await userEvent.selectOptions(type, 'analytics_snapshot');
    await waitFor(() => expect(options()[0]).toHaveTextContent('Analytics snapshot'));
    await userEvent.selectOptions(type, 'qc_metric');
    expect(await screen.findByText('No evidence of this type')).toBeInTheDocument();
  });

  it('shows a refused page as an error with retry', async () => {
    server.use(
      overrideEndpoint(evidenceEndpoints.notebook, () =>
        HttpResponse.json({ detail: 'Invalid execution id filter' }, { status: 400 }),
      ),
    );
    renderWithGovkit(<ConnectedEvidencePicker executionId={QPCR_EXECUTION} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Invalid execution id filter');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
