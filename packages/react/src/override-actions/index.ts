'use client';

// @govkit/react/override-actions: accept / decline / execute / reverse one override, alone.

export {
  OVERRIDE_VERB_TARGETS,
  type OverrideWriteVariables,
  type OverrideWriteVerb,
  overrideTimelineInvalidation,
  useOverrideActionMutation,
} from '../overrides/use-override-action-mutations';
export {
  overrideStateFromEntry,
  recommendationFromState,
  useOverrideRecommendation,
  useOverrideState,
} from '../overrides/use-override-state';
export {
  ConnectedOverrideActions,
  type ConnectedOverrideActionsProps,
} from './connected-override-actions';
export { OverrideActions, type OverrideActionsProps } from './override-actions';
export { type OverrideActionsMessages, overrideActionsMessages } from './override-actions-messages';
export {
  OverrideActionsRoot,
  type OverrideActionsRootProps,
  OverrideHoldNotice,
  type OverrideHoldNoticeProps,
} from './override-actions-parts';
export { OverrideDecisionForm, type OverrideDecisionFormProps } from './override-decision-form';
export {
  LINEAGE_OTHER,
  type LineageFieldValue,
  OverrideLineagePicker,
  type OverrideLineagePickerProps,
} from './override-lineage-picker';
export { OverrideRefusal, type OverrideRefusalProps } from './override-refusal';
export {
  DEFAULT_REVERSAL_COOLDOWN_MINUTES,
  OverrideReverseForm,
  type OverrideReverseFormProps,
} from './override-reverse-form';
export { type OverrideCountdown, useCountdown } from './use-countdown';
export {
  OVERRIDE_ACTION_VERBS,
  type OverrideActionState,
  type OverrideActionsHandlers,
  type OverrideActionsModel,
  type OverrideActionsPolicy,
  type OverrideActionsState,
  type OverrideActionVerb,
  type OverrideDecisionVerb,
  type OverrideHeldLock,
  type OverrideLineageOption,
  type OverrideLineageOptions,
  overrideActionHandler,
  type UseOverrideActionsOptions,
  useOverrideActions,
} from './use-override-actions';
