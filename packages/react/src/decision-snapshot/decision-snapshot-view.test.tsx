import { SEEDED_REPLAY } from '@govkit/mock-server';
import { NotFoundError } from '@govkit/sdk';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BLOCK_DECISION_DETAIL } from '../replay/replay-widget.fixtures';
import { apiErrorOf } from '../test/api-error-of';
import { expectNoAxeViolations } from '../test/expect-no-axe-violations';
import { renderWithGovkit, useMockGovkitServer } from '../test/render-with-govkit';
import { ConnectedDecisionSnapshotView } from './connected-decision-snapshot-view';
import { DecisionSnapshotView } from './decision-snapshot-view';

const value = (label: string) =>
  screen.getByText(label, { selector: 'dt' }).nextElementSibling as HTMLElement;

describe('DecisionSnapshotView', () => {
  it('shows policy, source event, decision, reason, findings, actions and metrics', async () => {
    const { container } = renderWithGovkit(
      <DecisionSnapshotView decisionId="dec-001" detail={BLOCK_DECISION_DETAIL} />,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Decision dec-001');
    expect(value('Decision')).toHaveTextContent('Block');
    expect(value('Reason')).toHaveTextContent('Redline violation');
    expect(value('Policy')).toHaveTextContent('default');
    expect(value('Source event')).toHaveTextContent(
      'TASK_CREATED from eventbus, id evt-001 Dec 3, 2026, 9:10 AM',
    );
    expect(value('Decision time')).toHaveTextContent('123 ms');
    const findings = screen.getByRole('region', { name: 'Findings' });
    expect(within(findings).getByText('HIGH')).toHaveAttribute('data-tone', 'critical');
    expect(within(findings).getByText('Dangerous operation detected')).toBeInTheDocument();
    expect(within(findings).getByText(/"path": "\/etc\/passwd"/)).toBeInTheDocument();
    const actions = screen.getByRole('region', { name: 'Actions' });
    expect(actions).toHaveTextContent('BLOCK_TASKOK');
    expect(screen.getByRole('region', { name: 'Metrics' })).toHaveTextContent(
      'decision_time_ms123 ms',
    );
    await expectNoAxeViolations(container);
  });

  it('reads the legacy supervisor payload', () => {
    renderWithGovkit(
      <DecisionSnapshotView
        decisionId="d"
        detail={{
          decision_id: 'd',
          decision_snapshot: {
            decision_id: 'd',
            decision_type: 'pause',
            reason: 'Needs review',
            findings: [
              {
                category: 'risk',
                severity: 'medium',
                description: 'Risky tool',
                evidence: ['tool=x'],
              },
            ],
            actions: [{ action_type: 'pause_gate', target: 'task-1', params: {} }],
          },
        }}
      />,
    );
    expect(value('Decision')).toHaveTextContent('Pause');
    expect(value('Policy')).toHaveTextContent('Not recorded');
    expect(screen.getByText('Risky tool')).toBeInTheDocument();
    expect(screen.getByText('MEDIUM')).toBeInTheDocument();
  });

  it('shows loading, empty, unknown shape and not-found states', async () => {
    const { unmount, container } = renderWithGovkit(<DecisionSnapshotView decisionId="d" />);
    expect(screen.getByRole('region')).toHaveAttribute('aria-busy', 'true');
    await expectNoAxeViolations(container);
    unmount();
    const second = renderWithGovkit(
      <DecisionSnapshotView
        decisionId="d"
        detail={{ decision_id: 'd', decision_snapshot: null }}
      />,
    );
    expect(screen.getByText('No snapshot stored')).toBeInTheDocument();
    second.unmount();
    const third = renderWithGovkit(
      <DecisionSnapshotView
        decisionId="d"
        detail={{ decision_id: 'd', decision_snapshot: { error: '<b>x</b>' } }}
      />,
    );
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'unknown');
    expect(screen.getByText(/"error": "<b>x<\/b>"/)).toBeInTheDocument();
    third.unmount();
    renderWithGovkit(
      <DecisionSnapshotView
        decisionId="nope"
        error={apiErrorOf(NotFoundError, 404, 'Decision not found: nope')}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Decision not found');
  });
});

describe('ConnectedDecisionSnapshotView', () => {
  useMockGovkitServer();

  it("loads seed 002's decision", async () => {
    renderWithGovkit(<ConnectedDecisionSnapshotView decisionId={SEEDED_REPLAY.docDecisionId} />);
    expect(await screen.findByText('Dangerous operation detected')).toBeInTheDocument();
  });
});
