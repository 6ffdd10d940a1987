import type { DecisionTimelineMessages } from './decision-timeline-messages';

/**
 * The message of an API key: the prefix and the key in camel case (`type` + `override_action` →
 * `typeOverrideAction`, `jump` + `not-found` → `jumpNotFound`), so no table maps them.
 */
export const messageKeyOf = (prefix: string, key: string) =>
  `${prefix}${key.replace(/(?:^|[_-])(\w)/g, (_, letter: string) => letter.toUpperCase())}` as keyof DecisionTimelineMessages;
