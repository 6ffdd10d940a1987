import type { TaskGovernanceSummary } from '@govkit/sdk';
import type { ReactElement } from 'react';
// --- lineage (seed 004) ---
import { JsonLogViewer } from '../json-log-viewer/json-log-viewer';
import { LineagePanel } from '../lineage-panel/lineage-panel';
// --- end lineage ---
import { ErrorState } from '../shared/error-state';
import { SafeMarkdown } from '../shared/safe-markdown';
import { TaskSummaryCard } from '../task-summary-card/task-summary-card';

/** One widget (or shared part) that shows API text, rendered with a hostile string. */
export interface XssRegistryEntry {
  name: string;
  /** Put `payload` in EVERY API field the widget shows as text, markdown, JSON or URL. */
  render: (payload: string) => ReactElement;
}

const summary = (payload: string): TaskGovernanceSummary => ({
  task_id: payload,
  status: payload,
  last_decision_type: payload,
  last_decision_ts: '2026-12-03T09:15:00Z',
  blocked_reason_code: payload,
  inbox_backlog: 1,
  decision_count: 1,
});

/** Every widget that shows API text. A new widget appends its entry here. */
export const XSS_REGISTRY: readonly XssRegistryEntry[] = [
  { name: 'SafeMarkdown', render: (payload) => <SafeMarkdown>{payload}</SafeMarkdown> },
  { name: 'ErrorState', render: (payload) => <ErrorState error={new Error(payload)} /> },
  {
    name: 'TaskSummaryCard',
    render: (payload) => <TaskSummaryCard taskId={payload} summary={summary(payload)} />,
  },
  // --- lineage (seed 004) ---
  {
    name: 'JsonLogViewer',
    // Keys, string values and the search (highlighted with <mark>) all carry the payload.
    render: (payload) => (
      <JsonLogViewer
        value={{ [payload]: payload, nested: { list: [payload], [payload]: { x: payload } } }}
        defaultExpandDepth={4}
        defaultQuery={payload.slice(0, 4)}
      />
    ),
  },
  {
    name: 'JsonLogViewer (source)',
    render: (payload) => <JsonLogViewer source={payload} />,
  },
  {
    name: 'LineagePanel',
    render: (payload) => {
      const record = {
        lineage_id: payload,
        report_generation_id: payload,
        lead_id: payload,
        pipeline_run_id: payload,
        template_version_id: payload,
        pipeline_duration_seconds: 1,
        raw_inputs_size_bytes: 1,
        compression_ratio: 50,
        created_at: '2026-12-03T09:15:00Z',
        access_count: 1,
        last_accessed_at: null,
      };
      return (
        <LineagePanel
          stats={{
            total_records: 1,
            recent_records_24h: 1,
            template_distribution: [{ version: payload, count: 1 }],
            total_storage_mb: 1,
          }}
          records={[record]}
          defaultSelectedId={payload}
          defaultFilters={{ lead_id: payload }}
          audit={[
            {
              id: payload,
              lineage_id: payload,
              action: payload,
              user_id: payload,
              ip_address: payload,
              user_agent: payload,
              accessed_at: '2026-12-03T09:15:00Z',
            },
          ]}
          download={{
            status: 'done',
            lineageId: payload,
            progress: { receivedBytes: 1, totalBytes: 1 },
            error: undefined,
            filename: payload,
          }}
          onDownload={() => undefined}
        />
      );
    },
  },
  // --- end lineage ---
];
