'use client';

// @govkit/react/predictive-watch-list: the run's industry watch list, alone.

export { useRun } from '../runs/use-run';
export {
  ConnectedPredictiveWatchList,
  type ConnectedPredictiveWatchListProps,
} from './connected-predictive-watch-list';
export { PredictiveWatchList, type PredictiveWatchListProps } from './predictive-watch-list';
export {
  type PredictiveWatchListMessages,
  predictiveWatchListMessages,
} from './predictive-watch-list-messages';
export {
  PredictiveWatchListField,
  type PredictiveWatchListFieldProps,
  PredictiveWatchListHeading,
  type PredictiveWatchListHeadingProps,
  PredictiveWatchListItem,
  type PredictiveWatchListItemProps,
  PredictiveWatchListPanel,
  type PredictiveWatchListPanelProps,
  PredictiveWatchListRoot,
  type PredictiveWatchListRootProps,
  PredictiveWatchListTrigger,
  type PredictiveWatchListTriggerProps,
} from './predictive-watch-list-parts';
export {
  type PredictiveWatchListModel,
  type PredictiveWatchListState,
  type UsePredictiveWatchListOptions,
  usePredictiveWatchList,
  type WatchItem,
} from './use-predictive-watch-list';
