'use client';

// @govkit/react/decision-trace-table: the decision trace table, alone.

export { type DecisionTraceFilters, useDecisionTrace } from '../replay/use-decision-trace';
export {
  ConnectedDecisionTraceTable,
  type ConnectedDecisionTraceTableProps,
} from './connected-decision-trace-table';
export {
  type DecisionTraceRow,
  toDecisionTraceRow,
  toDecisionTraceRows,
} from './decision-trace-row';
export {
  type DecisionTraceExport,
  DecisionTraceTable,
  type DecisionTraceTableProps,
} from './decision-trace-table';
export {
  type DecisionTraceMessages,
  decisionTraceMessages,
} from './decision-trace-table-messages';
export {
  csvField,
  serializeTrace,
  type TraceExportFormat,
  traceToCsv,
  traceToJson,
} from './trace-export';
export {
  DEFAULT_TRACE_SORTING,
  type DecisionTraceColumnId,
  type DecisionTraceFeatures,
  type DecisionTraceTableModel,
  type DecisionTraceTableState,
  type UseDecisionTraceTableOptions,
  useDecisionTraceTable,
} from './use-decision-trace-table';
