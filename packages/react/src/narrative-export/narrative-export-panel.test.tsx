import {
  ArtifactExpiredError,
  ArtifactIntegrityError,
  ArtifactNotReadyError,
  InternalServerError,
  type NarrativeExportList,
} from '@govkit/sdk';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import remarkGfm from 'remark-gfm';
import { describe, expect, it, vi } from 'vitest';
import {
  EXPIRED_EXPORT,
  FAILED_PACKAGING_EXPORT,
  QPCR_EXECUTION,
  QPCR_EXPORTS,
  READY_EXPORT,
} from '../exports/narrative-export.fixtures';
import { de } from '../locales/de';
import { govkitKeys } from '../query/govkit-keys';
import { apiErrorOf } from '../test/api-error-of';
import { expectNoAxeViolations } from '../test/expect-no-axe-violations';
import { renderWithGovkit, useMockGovkitServer } from '../test/render-with-govkit';
import { ConnectedNarrativeExportPanel } from './connected-narrative-export-panel';
import { NarrativeExportPanel } from './narrative-export-panel';

function field(name: string): HTMLElement {
  const term = screen.getAllByText(name, { selector: 'dt' })[0] as HTMLElement;
  return term.nextElementSibling as HTMLElement;
}

function packaging(): HTMLElement {
  return screen.getByRole('region', { name: 'Packaged artifact' });
}

describe('NarrativeExportPanel (presentational)', () => {
  it("offers the evidence picker slot under the selected export's evidence", () => {
    const renderEvidencePicker = vi.fn(() => <p>picker slot</p>);
    render(
      <NarrativeExportPanel
        exports={QPCR_EXPORTS.exports}
        renderEvidencePicker={renderEvidencePicker}
      />,
    );
    const evidence = screen.getByRole('region', { name: /^Evidence/ });
    expect(within(evidence).getByText('picker slot')).toBeInTheDocument();
    expect(renderEvidencePicker).toHaveBeenLastCalledWith(QPCR_EXPORTS.exports[0]);
  });

  it('shows the newest version, its approval, packaging, evidence and the rendered dossier', async () => {
    const { container } = render(
      <NarrativeExportPanel
        exports={QPCR_EXPORTS.exports}
        onDownload={() => {}}
        markdownPlugins={[remarkGfm]}
      />,
    );
    const panel = screen.getByRole('region', { name: 'Narrative export' });
    expect(panel).toHaveAttribute('data-state', 'ready');
    const select = screen.getByLabelText('Version');
    expect(select).toHaveValue(QPCR_EXPORTS.exports[0]?.id);
    expect(within(select).getAllByRole('option')).toHaveLength(QPCR_EXPORTS.exports.length);
    expect(field('Approval')).toHaveTextContent('Pending');
    expect(field('Requested by')).toHaveTextContent('Max Member');
    // The dossier is Markdown rendered as elements (its table, its headings).
    const dossier = screen.getByRole('region', { name: 'Dossier' });
    expect(within(dossier).getByRole('heading', { name: /Execution Narrative/ })).toBeVisible();
    expect(within(dossier).getAllByRole('table').length).toBeGreaterThan(0);
    // Not packaged yet: the download is offered but disabled, and says why.
    expect(within(packaging()).getByRole('button', { name: 'Download zip' })).toBeDisabled();
    expect(packaging()).toHaveTextContent('The zip can be downloaded once packaging is ready.');
    expect(packaging()).toHaveTextContent('Packaging starts once the ladder is approved.');
    await expectNoAxeViolations(container);
  });

  it('switches versions (uncontrolled and controlled) and renders the ladder slot', async () => {
    const onChange = vi.fn();
    const renderLadder = vi.fn((x: { id: string }) => <p>ladder of {x.id}</p>);
    render(
      <NarrativeExportPanel
        exports={QPCR_EXPORTS.exports}
        onSelectedExportChange={onChange}
        renderLadder={renderLadder}
      />,
    );
    await userEvent.selectOptions(screen.getByLabelText('Version'), READY_EXPORT.id);
    expect(onChange).toHaveBeenCalledWith(READY_EXPORT.id);
    expect(screen.getByText(`ladder of ${READY_EXPORT.id}`)).toBeInTheDocument();
    expect(field('Approval')).toHaveTextContent('Approved');
    expect(within(packaging()).getByText('Ready')).toBeInTheDocument();
    expect(packaging()).toHaveTextContent(READY_EXPORT.artifact_checksum ?? 'missing');
    const evidence = screen.getByRole('region', { name: /Evidence/ });
    expect(within(evidence).getAllByRole('listitem')).toHaveLength(6);
    expect(evidence).toHaveTextContent('Notebook entry');
    expect(evidence).toHaveTextContent('Plate layout');
  });

  it('shows packaging attempts and the last error of a failed artifact', () => {
    render(<NarrativeExportPanel exports={[FAILED_PACKAGING_EXPORT]} />);
    expect(field('Packaging attempts')).toHaveTextContent('5');
    expect(within(packaging()).getByText('Failed')).toBeInTheDocument();
    expect(field('Last error')).not.toBeEmptyDOMElement();
  });

  it.each([
    [
      'not ready',
      apiErrorOf(ArtifactNotReadyError, 409, 'Narrative export artifact not ready'),
      'The artifact is not ready yet',
      'not-ready',
    ],
    [
      'expired',
      apiErrorOf(ArtifactExpiredError, 410, 'Narrative export artifact expired'),
      'The artifact has expired',
      'expired',
    ],
    [
      'integrity (client)',
      ArtifactIntegrityError.checksumMismatch('a'.repeat(64), 'b'.repeat(64)),
      'Integrity check failed',
      'integrity',
    ],
    [
      'other',
      apiErrorOf(InternalServerError, 500, 'Artifact payload is unavailable'),
      'Artifact payload is unavailable',
      'other',
    ],
  ])('explains a %s download refusal', async (_name, error, text, refusal) => {
    const { container } = render(
      <NarrativeExportPanel
        exports={[READY_EXPORT]}
        onDownload={() => {}}
        download={{ status: 'error', exportId: READY_EXPORT.id, error }}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(text);
    expect(alert.closest('[data-refusal]')).toHaveAttribute('data-refusal', refusal);
    if (refusal === 'integrity') {
      expect(packaging()).toHaveTextContent('Checked in this browser.');
      expect(packaging()).toHaveTextContent('a'.repeat(64));
      expect(packaging()).toHaveTextContent('b'.repeat(64));
    }
    await expectNoAxeViolations(container);
  });

  it('keeps its layout while loading, and shows empty and error states', async () => {
    const onRetry = vi.fn();
    const { container, rerender } = render(<NarrativeExportPanel />);
    expect(screen.getByRole('region')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Loading the narrative exports');
    await expectNoAxeViolations(container);
    rerender(<NarrativeExportPanel exports={[]} />);
    expect(screen.getByRole('status')).toHaveTextContent('No narrative exports yet');
    rerender(
      <NarrativeExportPanel
        error={apiErrorOf(InternalServerError, 500, 'Export store offline')}
        onRetry={onRetry}
      />,
    );
    await userEvent.click(
      within(screen.getByRole('alert')).getByRole('button', { name: 'Try again' }),
    );
    expect(onRetry).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
  });

  it('speaks German', () => {
    renderWithGovkit(<NarrativeExportPanel exports={[READY_EXPORT]} onDownload={() => {}} />, {
      locale: 'de-DE',
      translations: { de },
    });
    expect(screen.getByRole('heading', { name: 'Narrativer Export' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'ZIP herunterladen' })).toBeEnabled();
    expect(field('Freigabe')).toHaveTextContent('Freigegeben');
  });
});

describe('ConnectedNarrativeExportPanel', () => {
  useMockGovkitServer();

  it('downloads the ready zip, verifies its SHA-256 and hands the file over', async () => {
    const onFile = vi.fn();
    const { container } = renderWithGovkit(
      <ConnectedNarrativeExportPanel
        executionId={QPCR_EXECUTION}
        defaultSelectedExportId={READY_EXPORT.id}
        onFile={onFile}
      />,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Download zip' }));
    expect(await screen.findByText(/the SHA-256 checksum matches/)).toBeInTheDocument();
    expect(onFile).toHaveBeenCalledTimes(1);
    const file = onFile.mock.calls[0]?.[0];
    expect(file.filename).toBe(
      `execution_${QPCR_EXECUTION}_narrative_v${READY_EXPORT.version}.zip`,
    );
    expect(file.checksum).toBe(READY_EXPORT.artifact_checksum);
    expect(file.bytes.byteLength).toBeGreaterThan(0);
    expect(packaging()).toHaveAttribute('data-download', 'done');
    await expectNoAxeViolations(container);
  });

  it('never saves a zip whose bytes do not match the checksum it was promised', async () => {
    const onFile = vi.fn();
    const { queryClient } = renderWithGovkit(
      <ConnectedNarrativeExportPanel
        executionId={QPCR_EXECUTION}
        defaultSelectedExportId={READY_EXPORT.id}
        onFile={onFile}
      />,
    );
    const button = await screen.findByRole('button', { name: 'Download zip' });
    // A stale or tampered checksum in the cache: the browser's own check must catch it.
    queryClient.setQueryData<NarrativeExportList>(
      govkitKeys.exports.narratives(QPCR_EXECUTION),
      (list) =>
        list && {
          exports: list.exports.map((x) =>
            x.id === READY_EXPORT.id ? { ...x, artifact_checksum: 'f'.repeat(64) } : x,
          ),
        },
    );
    await userEvent.click(button);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Integrity check failed');
    expect(packaging()).toHaveTextContent('Checked in this browser.');
    expect(onFile).not.toHaveBeenCalled();
  });

  it('shows a retired artifact as expired, with no download offered', async () => {
    renderWithGovkit(
      <ConnectedNarrativeExportPanel
        executionId={QPCR_EXECUTION}
        defaultSelectedExportId={EXPIRED_EXPORT.id}
        onFile={() => {}}
      />,
    );
    await screen.findByText('Expired', { selector: '.govkit-status-badge' });
    // Expired artifacts offer no download; the explanation is the disabled button's description.
    expect(screen.getByRole('button', { name: 'Download zip' })).toBeDisabled();
    expect(packaging()).toHaveAttribute('data-artifact-status', 'expired');
  });

  it('loads an execution with no exports as the empty state', async () => {
    renderWithGovkit(<ConnectedNarrativeExportPanel executionId="exec-unlinked-001" />);
    await waitFor(() => expect(screen.getByRole('region')).toHaveAttribute('data-state', 'empty'));
  });
});
