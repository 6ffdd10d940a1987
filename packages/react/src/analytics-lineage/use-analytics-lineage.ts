import type {
  AnalyticsNotebookLineageBucket,
  AnalyticsScenarioLineageBucket,
  AnalyticsSnapshotTimelineDetail,
  GovernanceLineageSummary,
} from '@govkit/sdk';
import { formatMessage } from '../i18n/message-catalog';
import { useMessages } from '../i18n/use-messages';
import { useFormat } from '../shared/use-format';
import {
  type AnalyticsLineageMessages,
  analyticsLineageMessages,
} from './analytics-lineage-messages';

export interface UseAnalyticsLineageOptions {
  /** The aggregates to show (the analytics report's `lineage_summary`). Wins over `detail`. */
  summary?: GovernanceLineageSummary | null | undefined;
  /** An `analytics_snapshot` entry's detail: its `lineage_summary` is shown. */
  detail?: AnalyticsSnapshotTimelineDetail | null | undefined;
  /** How many items each side lists, by executed count. Default 5 (as BioLabs). */
  topN?: number | undefined;
  loading?: boolean | undefined;
  error?: unknown;
  messages?: Partial<AnalyticsLineageMessages> | undefined;
}

/** `none`: both sides are empty, and the widget renders nothing. */
export type AnalyticsLineageState = 'loading' | 'error' | 'none' | 'ready';

export type AnalyticsLineageSideId = 'scenarios' | 'notebooks';

export interface AnalyticsLineageItem {
  key: string;
  /** Name or title, else the id, else "Scenario lineage" / "Notebook lineage". */
  label: string;
  /** The id when the label is a name; the folder or execution when known. */
  detail?: string | undefined;
  executed: number;
  reversed: number;
  net: number;
  /** Counts as people read them. */
  executedText: string;
  reversedText: string;
  netText: string;
  /** Executed count relative to the side's largest, in percent (at least 5 so a bar shows). */
  barPercent: number;
  /** Share of the executed overrides that were reversed, in percent of the bar. */
  reversedPercent: number;
}

export interface AnalyticsLineageSide {
  id: AnalyticsLineageSideId;
  title: string;
  /** "12 executed · 3 reversed · net impact 9"; absent for an empty side. */
  totals?: string | undefined;
  /** The top items by executed count. */
  items: AnalyticsLineageItem[];
  /** How many items the side has in all. */
  count: number;
}

export interface AnalyticsLineageModel {
  state: AnalyticsLineageState;
  messages: AnalyticsLineageMessages;
  sides: AnalyticsLineageSide[];
}

interface Bucket {
  id: string | undefined;
  name: string | undefined;
  detail: string | undefined;
  executed: number;
  reversed: number;
  net: number;
}

function scenarioBucket(bucket: AnalyticsScenarioLineageBucket): Bucket {
  return {
    id: bucket.scenario_id == null ? undefined : String(bucket.scenario_id),
    name: bucket.scenario_name ?? undefined,
    detail: bucket.folder_name ?? undefined,
    executed: bucket.executed_count,
    reversed: bucket.reversed_count,
    net: bucket.net_count,
  };
}

function notebookBucket(bucket: AnalyticsNotebookLineageBucket): Bucket {
  return {
    id: bucket.notebook_entry_id == null ? undefined : String(bucket.notebook_entry_id),
    name: bucket.notebook_title ?? undefined,
    detail: bucket.execution_id == null ? undefined : String(bucket.execution_id),
    executed: bucket.executed_count,
    reversed: bucket.reversed_count,
    net: bucket.net_count,
  };
}

// Below this a bar would be invisible next to a large neighbour; BioLabs floors it at 5 % too.
const MIN_BAR_PERCENT = 5;

/**
 * The headless analytics lineage view: per side (scenarios, notebook entries) the totals and the
 * top items by executed count, with bar widths relative to the side's largest item. `none` when
 * both sides are empty (the widget then renders nothing).
 */
export function useAnalyticsLineage({
  summary: summaryProp,
  detail,
  topN = 5,
  loading,
  error,
  messages: overrides,
}: UseAnalyticsLineageOptions): AnalyticsLineageModel {
  const messages = useMessages('analyticsLineage', analyticsLineageMessages, overrides);
  const format = useFormat();
  if (error !== undefined && error !== null) return { state: 'error', messages, sides: [] };
  if (loading) return { state: 'loading', messages, sides: [] };
  const summary = summaryProp ?? detail?.lineage_summary;
  const scenarios = (summary?.scenarios ?? []).map(scenarioBucket);
  const notebooks = (summary?.notebooks ?? []).map(notebookBucket);
  if (scenarios.length === 0 && notebooks.length === 0) {
    return { state: 'none', messages, sides: [] };
  }
  const side = (
    id: AnalyticsLineageSideId,
    buckets: Bucket[],
    fallback: string,
  ): AnalyticsLineageSide => {
    const top = [...buckets]
      .sort((a, b) => b.executed - a.executed || b.net - a.net)
      .slice(0, Math.max(1, topN));
    const max = Math.max(1, ...top.map((bucket) => bucket.executed));
    const sum = (pick: (bucket: Bucket) => number) =>
      buckets.reduce((total, bucket) => total + pick(bucket), 0);
    const items = top.map((bucket, index): AnalyticsLineageItem => {
      const label = bucket.name || bucket.id || fallback;
      const detailParts = [bucket.name && bucket.id ? bucket.id : undefined, bucket.detail].filter(
        (part): part is string => Boolean(part),
      );
      return {
        key: `${bucket.id ?? 'unknown'}:${index}`,
        label,
        detail: detailParts.length > 0 ? detailParts.join(' · ') : undefined,
        executed: bucket.executed,
        reversed: bucket.reversed,
        net: bucket.net,
        executedText: format.number(bucket.executed),
        reversedText: format.number(bucket.reversed),
        netText: format.number(bucket.net),
        barPercent: Math.max(MIN_BAR_PERCENT, (Math.max(0, bucket.executed) / max) * 100),
        reversedPercent:
          bucket.executed > 0
            ? Math.min(100, (Math.max(0, bucket.reversed) / bucket.executed) * 100)
            : 0,
      };
    });
    return {
      id,
      title: id === 'scenarios' ? messages.scenarios : messages.notebooks,
      totals:
        buckets.length > 0
          ? formatMessage(messages.totals, {
              executed: format.number(sum((bucket) => bucket.executed)),
              reversed: format.number(sum((bucket) => bucket.reversed)),
              net: format.number(sum((bucket) => bucket.net)),
            })
          : undefined,
      items,
      count: buckets.length,
    };
  };
  return {
    state: 'ready',
    messages,
    sides: [
      side('scenarios', scenarios, messages.scenarioFallback),
      side('notebooks', notebooks, messages.notebookFallback),
    ],
  };
}
