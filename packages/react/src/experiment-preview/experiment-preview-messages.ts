/** Every string of the experiment preview. `{name}`, `{version}`, `{count}`, `{duration}`. */
export interface ExperimentPreviewMessages {
  title: string;
  loading: string;
  emptyTitle: string;
  emptyDescription: string;
  template: string;
  generatedAt: string;
  runAgain: string;
  warnings: string;
  simulation: string;
  stage: string;
  role: string;
  status: string;
  sla: string;
  slaHours: string;
  noSla: string;
  projectedDue: string;
  later: string;
  earlier: string;
  blockers: string;
  noBlockers: string;
  newBlocker: string;
  resolvedBlocker: string;
  risk: string;
  riskLow: string;
  riskMedium: string;
  riskHigh: string;
  ready: string;
  blocked: string;
  narrative: string;
  summary: string;
}

declare module '../i18n/message-catalog' {
  interface GovkitMessageCatalog {
    experimentPreview: ExperimentPreviewMessages;
  }
}

export const experimentPreviewMessages: ExperimentPreviewMessages = {
  title: 'Governance preview',
  loading: 'Simulating the approval ladder',
  emptyTitle: 'No stages to simulate',
  emptyDescription: 'The workflow template snapshot has no approval stages.',
  template: '{name} v{version}',
  generatedAt: 'Simulated {time}',
  runAgain: 'Run again',
  warnings: 'Warnings',
  simulation: 'Ladder simulation',
  stage: 'Stage',
  role: 'Role',
  status: 'Status',
  sla: 'SLA',
  slaHours: '{count} h',
  noSla: 'None',
  projectedDue: 'Projected due',
  later: '{duration} later than baseline',
  earlier: '{duration} earlier than baseline',
  blockers: 'Blockers',
  noBlockers: 'None',
  newBlocker: 'new',
  resolvedBlocker: 'Resolved: {name}',
  risk: 'SLA risk',
  riskLow: 'Low',
  riskMedium: 'Medium',
  riskHigh: 'High',
  ready: 'Ready',
  blocked: 'Blocked',
  narrative: 'Preview narrative',
  summary: '{count} of {total} stages blocked',
};
