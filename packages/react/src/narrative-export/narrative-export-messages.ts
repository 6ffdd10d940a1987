/**
 * Every string of the narrative export panel. `{version}` is an export version, `{status}` a
 * status word, `{time}` a formatted date, `{count}` a number.
 */
export interface NarrativeExportMessages {
  title: string;
  loading: string;
  emptyTitle: string;
  emptyDescription: string;
  version: string;
  versionOption: string;
  approval: string;
  requestedBy: string;
  generatedAt: string;
  events: string;
  template: string;
  templateVersion: string;
  approvedBy: string;
  notes: string;
  packaging: string;
  artifactStatus: string;
  attempts: string;
  packagedAt: string;
  retention: string;
  checksum: string;
  artifactError: string;
  queueAwaitingApproval: string;
  queueQueued: string;
  queueGuardrailBlocked: string;
  download: string;
  downloading: string;
  downloaded: string;
  downloadUnavailable: string;
  notReadyTitle: string;
  notReadyDetail: string;
  expiredTitle: string;
  expiredDetail: string;
  integrityTitle: string;
  integrityDetail: string;
  integrityClient: string;
  integrityServer: string;
  expected: string;
  observed: string;
  attachments: string;
  noAttachments: string;
  dossier: string;
  statusQueued: string;
  statusProcessing: string;
  statusReady: string;
  statusRetrying: string;
  statusFailed: string;
  statusExpired: string;
  approvalPending: string;
  approvalApproved: string;
  approvalRejected: string;
  evidenceTimelineEvent: string;
  evidenceFile: string;
  evidenceNotebookEntry: string;
  evidenceAnalyticsSnapshot: string;
  evidenceQcMetric: string;
  evidenceRemediationReport: string;
}

declare module '../i18n/message-catalog' {
  interface GovkitMessageCatalog {
    narrativeExport: NarrativeExportMessages;
  }
}

export const narrativeExportMessages: NarrativeExportMessages = {
  title: 'Narrative export',
  loading: 'Loading the narrative exports',
  emptyTitle: 'No narrative exports yet',
  emptyDescription: 'Generate an export to bundle the dossier and its evidence for approval.',
  version: 'Version',
  versionOption: 'Version {version} · {status} · {time}',
  approval: 'Approval',
  requestedBy: 'Requested by',
  generatedAt: 'Generated',
  events: 'Events',
  template: 'Workflow template',
  templateVersion: '{key} v{version}',
  approvedBy: 'Decided by',
  notes: 'Notes',
  packaging: 'Packaged artifact',
  artifactStatus: 'Status',
  attempts: 'Packaging attempts',
  packagedAt: 'Packaged',
  retention: 'Kept until',
  checksum: 'SHA-256',
  artifactError: 'Last error',
  queueAwaitingApproval: 'Packaging starts once the ladder is approved.',
  queueQueued: 'Queued for packaging.',
  queueGuardrailBlocked: 'Packaging is held by a blocked guardrail simulation.',
  download: 'Download zip',
  downloading: 'Downloading and verifying…',
  downloaded: 'Downloaded {filename}: the SHA-256 checksum matches.',
  downloadUnavailable: 'The zip can be downloaded once packaging is ready.',
  notReadyTitle: 'The artifact is not ready yet',
  notReadyDetail: 'Packaging is still running. Try again once the status is Ready.',
  expiredTitle: 'The artifact has expired',
  expiredDetail:
    'It passed its retention window and was retired. Generate a new export version to package it again.',
  integrityTitle: 'Integrity check failed',
  integrityDetail:
    'The file does not match its SHA-256 checksum, so it was not saved. The export is marked failed; packaging must run again.',
  integrityClient: 'Checked in this browser.',
  integrityServer: 'Checked by the server before sending.',
  expected: 'Expected',
  observed: 'Received',
  attachments: 'Evidence ({count})',
  noAttachments: 'No evidence attached.',
  dossier: 'Dossier',
  statusQueued: 'Queued',
  statusProcessing: 'Packaging',
  statusReady: 'Ready',
  statusRetrying: 'Retrying',
  statusFailed: 'Failed',
  statusExpired: 'Expired',
  approvalPending: 'Pending',
  approvalApproved: 'Approved',
  approvalRejected: 'Rejected',
  evidenceTimelineEvent: 'Timeline event',
  evidenceFile: 'File',
  evidenceNotebookEntry: 'Notebook entry',
  evidenceAnalyticsSnapshot: 'Analytics snapshot',
  evidenceQcMetric: 'QC metric',
  evidenceRemediationReport: 'Remediation report',
};
