import { BadRequestError } from '@govkit/sdk';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  QPCR_EXECUTION,
  QPCR_PREVIEW,
  QPCR_SNAPSHOT_ID,
} from '../exports/narrative-export.fixtures';
import { de } from '../locales/de';
import { apiErrorOf } from '../test/api-error-of';
import { expectNoAxeViolations } from '../test/expect-no-axe-violations';
import { renderWithGovkit, useMockGovkitServer } from '../test/render-with-govkit';
import { ConnectedExperimentPreview } from './connected-experiment-preview';
import { ExperimentPreview } from './experiment-preview';
import { slaRiskOf } from './use-experiment-preview-view';

function rows() {
  return screen.getAllByRole('row').slice(1);
}

describe('ExperimentPreview (presentational)', () => {
  it('simulates every stage: projected due and its change, blockers, SLA risk, narrative', async () => {
    const onRun = vi.fn();
    const { container } = render(<ExperimentPreview preview={QPCR_PREVIEW} onRun={onRun} />);
    expect(screen.getByRole('region', { name: 'Governance preview' })).toHaveAttribute(
      'data-state',
      'ready',
    );
    expect(screen.getByText(/qPCR release v2/)).toBeInTheDocument();
    expect(screen.getByText('1 of 3 stages blocked')).toBeInTheDocument();
    const [first, , third] = rows();
    expect(first).toHaveAttribute('data-risk', 'medium');
    expect(first).toHaveTextContent('1. Scientific review');
    expect(first).toHaveTextContent('36 h');
    expect(first).toHaveTextContent('12 hr later than baseline');
    expect(third).toHaveAttribute('data-risk', 'high');
    expect(within(third as HTMLElement).getByText('Blocked')).toBeInTheDocument();
    expect(third).toHaveTextContent('Awaiting reagent lot release');
    expect(screen.getByRole('region', { name: 'Warnings' })).toHaveTextContent(
      'Stage override for index 7 ignored; blueprint has 3 stages',
    );
    expect(screen.getByRole('heading', { name: 'Governance Preview' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Run again' }));
    expect(onRun).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
  });

  it('rates SLA risk: blocked is high, a regression or later due date medium, else low', () => {
    const base = QPCR_PREVIEW.stage_insights[1];
    if (!base) throw new Error('fixture');
    const ready = { ...base, delta_projected_due_minutes: 0, delta_status: 'unchanged' as const };
    expect(slaRiskOf(ready)).toBe('low');
    expect(slaRiskOf({ ...ready, delta_projected_due_minutes: -60 })).toBe('low');
    expect(slaRiskOf({ ...ready, delta_new_blockers: ['x'] })).toBe('medium');
    expect(slaRiskOf({ ...ready, delta_status: 'regressed' })).toBe('medium');
    expect(slaRiskOf({ ...ready, status: 'blocked' })).toBe('high');
  });

  it('shows loading, empty and error states', async () => {
    const onRetry = vi.fn();
    const { container, rerender } = render(<ExperimentPreview />);
    expect(screen.getByRole('status')).toHaveTextContent('Simulating the approval ladder');
    await expectNoAxeViolations(container);
    rerender(<ExperimentPreview preview={{ ...QPCR_PREVIEW, stage_insights: [] }} />);
    expect(screen.getByText('No stages to simulate')).toBeInTheDocument();
    rerender(
      <ExperimentPreview
        error={apiErrorOf(
          BadRequestError,
          400,
          'Preview requires a published workflow template snapshot',
        )}
        onRetry={onRetry}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Preview requires a published workflow template snapshot');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalled();
    await expectNoAxeViolations(container);
  });

  it('speaks German', () => {
    renderWithGovkit(<ExperimentPreview preview={QPCR_PREVIEW} />, {
      locale: 'de',
      translations: { de },
    });
    expect(screen.getByRole('heading', { name: 'Governance-Vorschau' })).toBeInTheDocument();
    expect(screen.getByText('1 von 3 Stufen blockiert')).toBeInTheDocument();
    expect(rows()[2]).toHaveTextContent('Hoch');
  });
});

describe('ConnectedExperimentPreview', () => {
  useMockGovkitServer();

  it('simulates through the mock server, and a run on an unlinked execution is a 400', async () => {
    const { container } = renderWithGovkit(
      <ConnectedExperimentPreview
        executionId={QPCR_EXECUTION}
        request={{ workflow_template_snapshot_id: QPCR_SNAPSHOT_ID }}
      />,
    );
    expect(await screen.findByText('1 of 3 stages blocked')).toBeInTheDocument();
    expect(rows()[2]).toHaveAttribute('data-risk', 'high');
    await expectNoAxeViolations(container);
  });

  it('shows the server refusal for an execution without a protocol template', async () => {
    renderWithGovkit(
      <ConnectedExperimentPreview
        executionId="exec-unlinked-001"
        request={{ workflow_template_snapshot_id: QPCR_SNAPSHOT_ID }}
      />,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Execution missing linked protocol template for preview',
    );
  });
});
