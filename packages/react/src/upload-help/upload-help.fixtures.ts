import type { RemoteAssistRequest } from '@govkit/sdk';

/** A request as the server stores it, for the confirmation in tests and stories. */
export const SENT_REMOTE_ASSIST: RemoteAssistRequest = {
  id: 'assist-12',
  workspace_id: 'ws-acme',
  contact_name: 'Dana Whitfield',
  contact_email: 'dana@acme.example',
  export_target: 'QuickBooks invoices',
  message: 'The CSV export has no header row, so the upload finds no invoices.',
  source: 'upload_page',
  status: 'open',
  requested_by: 'user-member',
  created_at: '2026-12-03T09:15:00Z',
};
