'use client';

// @govkit/react/scenario-context: an override's lineage context (seed 000), alone.

export { useTimelineEntry } from '../overrides/use-timeline-entry';
export {
  ConnectedScenarioContextWidget,
  type ConnectedScenarioContextWidgetProps,
} from './connected-scenario-context-widget';
export {
  type ScenarioContextMessages,
  scenarioContextMessages,
} from './scenario-context-messages';
export {
  ScenarioContextRoot,
  type ScenarioContextRootProps,
  ScenarioContextRow,
  type ScenarioContextRowProps,
  ScenarioContextTitle,
  type ScenarioContextTitleProps,
} from './scenario-context-parts';
export { ScenarioContextWidget, type ScenarioContextWidgetProps } from './scenario-context-widget';
export {
  lineageOfEntry,
  type ScenarioContextMetadataItem,
  type ScenarioContextModel,
  type ScenarioContextSource,
  type ScenarioContextState,
  type ScenarioLineage,
  type UseScenarioContextOptions,
  useScenarioContext,
} from './use-scenario-context';
