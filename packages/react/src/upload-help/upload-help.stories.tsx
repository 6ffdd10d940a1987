import { RateLimitError, UnprocessableEntityError } from '@govkit/sdk';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
import { apiErrorOf } from '../test/api-error-of';
import { UploadHelp } from './upload-help';
import { SENT_REMOTE_ASSIST } from './upload-help.fixtures';

const meta = {
  title: 'Run governance/Upload help',
  component: UploadHelp,
  args: { onSubmit: fn(async () => SENT_REMOTE_ASSIST) },
} satisfies Meta<typeof UploadHelp>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Open the form, fill it in and send: the confirmation shows what was sent. */
export const Default: Story = {
  play: async ({ canvas, args }) => {
    await userEvent.click(
      canvas.getByRole('button', { name: 'Need help exporting data? Request remote assist' }),
    );
    await expect(canvas.getByLabelText('Your name')).toHaveFocus();
    await userEvent.type(canvas.getByLabelText('Your name'), 'Dana Whitfield');
    await userEvent.type(canvas.getByLabelText('Email'), 'dana@acme.example');
    await userEvent.type(
      canvas.getByLabelText('What were you trying to export?'),
      'QuickBooks invoices',
    );
    await userEvent.type(canvas.getByLabelText('What went wrong?'), 'The CSV has no header row.');
    await userEvent.click(canvas.getByRole('button', { name: 'Send request' }));
    await expect(args.onSubmit).toHaveBeenCalledOnce();
    await expect(await canvas.findByRole('heading', { name: 'Request sent' })).toHaveFocus();
  },
};

export const Closed: Story = {};

export const Open: Story = { args: { defaultOpen: true } };

/** Sending with empty fields names each problem at its field. */
export const Invalid: Story = {
  args: { defaultOpen: true },
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Send request' }));
    await expect(args.onSubmit).not.toHaveBeenCalled();
    await expect(canvas.getByLabelText('Your name')).toHaveAttribute('aria-invalid', 'true');
  },
};

export const Sending: Story = { args: { defaultOpen: true, pending: true } };

export const Sent: Story = { args: { defaultOpen: true, sent: SENT_REMOTE_ASSIST } };

export const RateLimited: Story = {
  args: {
    defaultOpen: true,
    defaultValues: { contact_name: 'Dana Whitfield', contact_email: 'dana@acme.example' },
    error: new RateLimitError({
      status: 429,
      body: {
        detail: 'Too many remote assist requests for this workspace. Please try again later.',
      },
      headers: new Headers({ 'retry-after': '1500' }),
      detail: 'Too many remote assist requests for this workspace. Please try again later.',
    }),
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent('about 25 min');
  },
};

export const ErrorState: Story = {
  name: 'Error',
  args: {
    defaultOpen: true,
    error: apiErrorOf(UnprocessableEntityError, 422, 'Invalid remote assist request: message'),
  },
};

export const Dark: Story = { args: { defaultOpen: true }, globals: { theme: 'dark' } };

export const DarkSent: Story = {
  args: { defaultOpen: true, sent: SENT_REMOTE_ASSIST },
  globals: { theme: 'dark' },
};

export const German: Story = {
  args: { defaultOpen: true },
  globals: { locale: 'de' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Anfrage senden' })).toBeVisible();
  },
};
