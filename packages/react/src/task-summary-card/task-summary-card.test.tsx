import { SEEDED_REPLAY } from '@govkit/mock-server';
import { InternalServerError, NotFoundError } from '@govkit/sdk';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { de } from '../locales/de';
import { apiErrorOf } from '../test/api-error-of';
import { expectNoAxeViolations } from '../test/expect-no-axe-violations';
import { renderWithGovkit, useMockGovkitServer } from '../test/render-with-govkit';
import { ConnectedTaskSummaryCard } from './connected-task-summary-card';
import { TaskSummaryCard } from './task-summary-card';
import { BLOCKED_TASK_SUMMARY, UNDECIDED_TASK_SUMMARY } from './task-summary-card.fixtures';

function field(name: string): HTMLElement {
  const term = screen.getByText(name, { selector: 'dt' });
  return term.nextElementSibling as HTMLElement;
}

describe('TaskSummaryCard (presentational)', () => {
  it('shows status, last decision and time, blocked reason, backlog and decision count', async () => {
    const { container } = renderWithGovkit(
      <TaskSummaryCard taskId="task-123" summary={BLOCKED_TASK_SUMMARY} />,
    );
    const card = screen.getByRole('region', { name: 'Task task-123' });
    expect(card).toHaveAttribute('data-state', 'ready');
    expect(within(field('Status')).getByText('Blocked')).toHaveAttribute('data-tone', 'critical');
    expect(field('Last decision')).toHaveTextContent('BlockedDec 3, 2026, 9:15 AM');
    expect(within(field('Last decision')).getByText('Dec 3, 2026, 9:15 AM')).toHaveAttribute(
      'datetime',
      '2026-12-03T09:15:00.000Z',
    );
    expect(field('Blocked reason')).toHaveTextContent('REDLINE_001');
    expect(field('Inbox backlog')).toHaveTextContent('1,204');
    expect(field('Decisions')).toHaveTextContent('3');
    await expectNoAxeViolations(container);
  });

  it('says "Not blocked" and "No decision yet" instead of blanks, and shows the empty state', async () => {
    const { container } = render(
      <TaskSummaryCard taskId="task-new" summary={UNDECIDED_TASK_SUMMARY} />,
    );
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'empty');
    expect(field('Blocked reason')).toHaveTextContent('Not blocked');
    expect(field('Last decision')).toHaveTextContent('No decision yet');
    expect(screen.getByRole('status')).toHaveTextContent('No decisions yet');
    await expectNoAxeViolations(container);
  });

  it('keeps the layout while loading: every label with a skeleton, busy, announced once', async () => {
    const { container } = render(<TaskSummaryCard taskId="task-123" />);
    const card = screen.getByRole('region', { name: 'Task task-123' });
    expect(card).toHaveAttribute('aria-busy', 'true');
    expect(card).toHaveAttribute('data-state', 'loading');
    expect(container.querySelectorAll('dt')).toHaveLength(5);
    expect(container.querySelectorAll('dd .govkit-skeleton[aria-hidden="true"]')).toHaveLength(5);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Loading the governance summary of task task-123',
    );
    await expectNoAxeViolations(container);
  });

  it('shows the typed error detail, the request id and a working retry', async () => {
    const onRetry = vi.fn();
    const error = apiErrorOf(InternalServerError, 500, 'Supervisor database unavailable');
    const { container } = render(
      <TaskSummaryCard taskId="task-123" error={error} onRetry={onRetry} />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong');
    expect(alert).toHaveTextContent('Supervisor database unavailable');
    expect(alert).toHaveTextContent('Request ID: req-7f3a');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
  });

  it('says clearly that the task was not found on a 404', async () => {
    const error = apiErrorOf(NotFoundError, 404, 'Task not found: task-x');
    const { container } = render(<TaskSummaryCard taskId="task-x" error={error} />);
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'not-found');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Task not found');
    expect(alert).toHaveTextContent('There is no task task-x, or you are not allowed to see it.');
    expect(alert).toHaveAttribute('data-status', '404');
    await expectNoAxeViolations(container);
  });

  it('speaks German with German numbers and dates in the provider time zone', () => {
    renderWithGovkit(<TaskSummaryCard taskId="task-123" summary={BLOCKED_TASK_SUMMARY} />, {
      locale: 'de-DE',
      translations: { de },
      timeZone: 'Europe/Berlin',
    });
    expect(screen.getByRole('heading', { name: 'Aufgabe task-123' })).toBeInTheDocument();
    expect(field('Letzte Entscheidung')).toHaveTextContent('Blockiert03.12.2026, 10:15');
    expect(field('Posteingang (offen)')).toHaveTextContent('1.204');
    expect(field('Blockierungsgrund')).toHaveTextContent('REDLINE_001');
  });

  it('takes strings from the provider, and the messages prop over the provider', () => {
    renderWithGovkit(
      <TaskSummaryCard
        taskId="t-1"
        summary={BLOCKED_TASK_SUMMARY}
        messages={{ decisionCount: 'Verdicts' }}
      />,
      { messages: { taskSummary: { title: 'Job {taskId}', decisionCount: 'Rulings' } } },
    );
    expect(screen.getByRole('heading', { name: 'Job t-1' })).toBeInTheDocument();
    expect(field('Verdicts')).toHaveTextContent('3');
  });

  it('renders API text as text, and humanises decision types it does not know', () => {
    render(
      <TaskSummaryCard
        taskId="<img src=x onerror=alert(1)>"
        summary={{
          ...BLOCKED_TASK_SUMMARY,
          last_decision_type: 'ESCALATE_TO_HUMAN',
          blocked_reason_code: '<b>x</b>',
        }}
      />,
    );
    expect(screen.getByRole('heading')).toHaveTextContent('Task <img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
    expect(field('Last decision')).toHaveTextContent('Escalate to human');
    expect(field('Blocked reason')).toHaveTextContent('<b>x</b>');
  });
});

describe('ConnectedTaskSummaryCard', () => {
  useMockGovkitServer();

  it("loads seed 002's blocked task through the client and the mock server", async () => {
    const { container } = renderWithGovkit(
      <ConnectedTaskSummaryCard taskId={SEEDED_REPLAY.docTaskId} />,
    );
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'loading');
    expect(await screen.findByText('REDLINE_001')).toBeInTheDocument();
    expect(screen.getByRole('region')).toHaveAttribute('data-state', 'ready');
    expect(within(field('Status')).getByText('Blocked')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('shows "Task not found" for an unknown task, and retries on demand', async () => {
    renderWithGovkit(<ConnectedTaskSummaryCard taskId="task-does-not-exist" />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Task not found');
    expect(alert).toHaveAttribute('data-status', '404');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Task not found');
  });
});
