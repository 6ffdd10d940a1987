import type {
  ComponentPropsWithoutRef,
  ForwardRefExoticComponent,
  ReactElement,
  RefAttributes,
} from 'react';
import {
  DefinitionField,
  type DefinitionFieldProps,
  WidgetRegion,
  WidgetTitle,
  type WidgetTitleProps,
} from '../shared/widget-parts';
import type { TaskSummaryCardState, TaskSummaryFieldId } from './use-task-summary-card';

export interface TaskSummaryCardRootProps extends ComponentPropsWithoutRef<'section'> {
  state: TaskSummaryCardState;
  /** The id of the title, which names the card for assistive technology. */
  titleId: string;
}

/** The card: a named region with its state as `data-state` (and `aria-busy` while loading). */
export const TaskSummaryCardRoot: ForwardRefExoticComponent<
  TaskSummaryCardRootProps & RefAttributes<HTMLElement>
> = WidgetRegion;

export type TaskSummaryCardTitleProps = WidgetTitleProps;

/** The card's heading. */
export const TaskSummaryCardTitle: (props: TaskSummaryCardTitleProps) => ReactElement = WidgetTitle;

/** The list of labelled values. */
export function TaskSummaryCardFields(props: ComponentPropsWithoutRef<'dl'>) {
  return <dl {...props} />;
}

export type TaskSummaryCardFieldProps = DefinitionFieldProps<TaskSummaryFieldId>;

/** One labelled value (`<dt>`/`<dd>`), with its id as `data-field`. */
export const TaskSummaryCardField: (props: TaskSummaryCardFieldProps) => ReactElement =
  DefinitionField;
