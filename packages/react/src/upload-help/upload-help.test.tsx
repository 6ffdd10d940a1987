import { RateLimitError, UnprocessableEntityError } from '@govkit/sdk';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { de } from '../locales/de';
import { apiErrorOf } from '../test/api-error-of';
import { expectNoAxeViolations } from '../test/expect-no-axe-violations';
import { renderWithGovkit, useMockGovkitServer } from '../test/render-with-govkit';
import { ConnectedUploadHelp } from './connected-upload-help';
import { UploadHelp } from './upload-help';
import { SENT_REMOTE_ASSIST } from './upload-help.fixtures';

const trigger = () =>
  screen.getByRole('button', { name: 'Need help exporting data? Request remote assist' });

async function fill(values: Partial<Record<string, string>> = {}) {
  const all = {
    'Your name': 'Dana Whitfield',
    Email: 'dana@acme.example',
    'What were you trying to export?': 'QuickBooks invoices',
    'What went wrong?': 'The CSV export has no header row.',
    ...values,
  };
  for (const [label, value] of Object.entries(all)) {
    if (value) await userEvent.type(screen.getByLabelText(label), value);
  }
}

describe('UploadHelp (presentational)', () => {
  it('is a closed disclosure that opens a labelled form and moves focus into it', async () => {
    const { container } = render(<UploadHelp onSubmit={vi.fn()} />);
    expect(trigger()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('form')).toBeNull();
    await expectNoAxeViolations(container);
    await userEvent.click(trigger());
    expect(trigger()).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('region', { name: 'Request remote assist' })).toBeVisible();
    expect(screen.getByLabelText('Your name')).toHaveFocus();
    await expectNoAxeViolations(container);
    // Cancel closes it and gives focus back to the link.
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(trigger()).toHaveFocus();
    expect(trigger()).toHaveAttribute('aria-expanded', 'false');
  });

  it('validates with the contract, names each problem at its field and focuses the first', async () => {
    const onSubmit = vi.fn();
    const { container } = render(<UploadHelp defaultOpen onSubmit={onSubmit} />);
    await fill({ Email: 'dana@', 'What went wrong?': 'short', 'Your name': '' });
    await userEvent.click(screen.getByRole('button', { name: 'Send request' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const name = screen.getByLabelText('Your name');
    expect(name).toHaveFocus();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Please fill this in.');
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription(
      'Please enter a valid email address.',
    );
    expect(screen.getByLabelText('What went wrong?')).toHaveAccessibleDescription(
      'At least 10 characters. Please write at least 10 characters.',
    );
    await expectNoAxeViolations(container);
    // Typing clears that field's message.
    await userEvent.type(name, 'Dana');
    expect(name).not.toHaveAttribute('aria-invalid');
  });

  it('sends the trimmed request from the upload page and confirms what was sent', async () => {
    const onSubmit = vi.fn(() => Promise.resolve(SENT_REMOTE_ASSIST));
    const { container } = render(<UploadHelp defaultOpen onSubmit={onSubmit} />);
    await fill({ 'Your name': '  Dana Whitfield  ' });
    await userEvent.click(screen.getByRole('button', { name: 'Send request' }));
    expect(onSubmit).toHaveBeenCalledWith({
      contact_name: 'Dana Whitfield',
      contact_email: 'dana@acme.example',
      export_target: 'QuickBooks invoices',
      message: 'The CSV export has no header row.',
      source: 'upload_page',
    });
    const title = await screen.findByRole('heading', { name: 'Request sent' });
    expect(title).toHaveFocus();
    const sent = title.parentElement as HTMLElement;
    expect(within(sent).getByText('QuickBooks invoices')).toBeVisible();
    expect(within(sent).getByText(SENT_REMOTE_ASSIST.message)).toBeVisible();
    await expectNoAxeViolations(container);
    // Another request keeps who you are and clears what you asked.
    await userEvent.click(screen.getByRole('button', { name: 'Send another request' }));
    expect(screen.getByLabelText('Your name')).toHaveValue('  Dana Whitfield  ');
    expect(screen.getByLabelText('What went wrong?')).toHaveValue('');
  });

  it('explains a rate limit with when to retry, and keeps everything typed', async () => {
    const onSubmit = vi.fn(() => Promise.reject(new Error('refused')));
    const { rerender, container } = render(<UploadHelp defaultOpen onSubmit={onSubmit} />);
    await fill();
    await userEvent.click(screen.getByRole('button', { name: 'Send request' }));
    const limited = new RateLimitError({
      status: 429,
      body: {
        detail: 'Too many remote assist requests for this workspace. Please try again later.',
      },
      headers: new Headers({ 'retry-after': '1500' }),
      detail: 'Too many remote assist requests for this workspace. Please try again later.',
    });
    rerender(<UploadHelp defaultOpen onSubmit={onSubmit} error={limited} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Too many requests for this workspace');
    expect(alert).toHaveTextContent('You can send another request in about 25 min.');
    expect(screen.getByLabelText('What went wrong?')).toHaveValue(
      'The CSV export has no header row.',
    );
    expect(screen.getByLabelText('Email')).toHaveValue('dana@acme.example');
    await expectNoAxeViolations(container);
  });

  it('shows other refusals with their detail, and a sending state', () => {
    const { rerender } = render(
      <UploadHelp
        defaultOpen
        onSubmit={vi.fn()}
        error={apiErrorOf(UnprocessableEntityError, 422, 'workspace_id is required')}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The request could not be sentworkspace_id is required',
    );
    rerender(<UploadHelp defaultOpen onSubmit={vi.fn()} pending />);
    expect(screen.getByRole('button', { name: 'Sending…' })).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent('Sending…');
  });

  it('can be controlled, and speaks German', async () => {
    const onOpenChange = vi.fn();
    renderWithGovkit(<UploadHelp open={false} onOpenChange={onOpenChange} onSubmit={vi.fn()} />, {
      locale: 'de',
      translations: { de },
    });
    await userEvent.click(
      screen.getByRole('button', { name: 'Hilfe beim Datenexport? Fernunterstützung anfordern' }),
    );
    expect(onOpenChange).toHaveBeenCalledWith(true);
    expect(screen.queryByRole('region')).toBeNull();
  });
});

describe('ConnectedUploadHelp', () => {
  useMockGovkitServer();

  it('files the request with the mock server and confirms it as stored', async () => {
    const { container } = renderWithGovkit(<ConnectedUploadHelp workspaceId="ws-new" />);
    await userEvent.click(trigger());
    await fill();
    await userEvent.click(screen.getByRole('button', { name: 'Send request' }));
    expect(await screen.findByRole('heading', { name: 'Request sent' })).toBeVisible();
    expect(screen.getByText('QuickBooks invoices')).toBeVisible();
    await expectNoAxeViolations(container);
  });

  it('meets the rate limit on the sixth request within the hour and keeps the form', async () => {
    renderWithGovkit(<ConnectedUploadHelp workspaceId="ws-busy" defaultOpen />);
    await fill();
    for (let i = 0; i < 5; i += 1) {
      await userEvent.click(screen.getByRole('button', { name: 'Send request' }));
      await userEvent.click(await screen.findByRole('button', { name: 'Send another request' }));
      await fill({ 'Your name': '', Email: '' });
    }
    await userEvent.click(screen.getByRole('button', { name: 'Send request' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Too many requests for this workspace');
    expect(alert).toHaveTextContent(/about \d+ min/);
    await waitFor(() =>
      expect(screen.getByLabelText('What went wrong?')).toHaveValue(
        'The CSV export has no header row.',
      ),
    );
  });
});
