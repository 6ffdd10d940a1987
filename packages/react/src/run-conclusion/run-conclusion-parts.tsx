import type {
  ComponentPropsWithoutRef,
  ForwardRefExoticComponent,
  ReactElement,
  RefAttributes,
} from 'react';
import { WidgetRegion, WidgetTitle, type WidgetTitleProps } from '../shared/widget-parts';
import type { RunConclusionState } from './use-run-conclusion';

export interface RunConclusionRootProps extends ComponentPropsWithoutRef<'section'> {
  state: RunConclusionState;
  titleId: string;
}

/** The conclusion: a named region with `data-state` (`gated` when inference was suppressed). */
export const RunConclusionRoot: ForwardRefExoticComponent<
  RunConclusionRootProps & RefAttributes<HTMLElement>
> = WidgetRegion;

export type RunConclusionTitleProps = WidgetTitleProps;

/** The conclusion's heading. */
export const RunConclusionTitle: (props: RunConclusionTitleProps) => ReactElement = WidgetTitle;

/**
 * The data-warnings alert of a gated run: `role="alert"`, so a reader hears at once that the
 * snapshot is less reliable, before any other content.
 */
export function RunConclusionAlert(props: ComponentPropsWithoutRef<'div'>) {
  return <div role="alert" data-tone="warning" {...props} />;
}

export interface RunConclusionSectionProps extends ComponentPropsWithoutRef<'div'> {
  section: 'takeaway' | 'next-action' | 'evidence' | 'warnings';
}

/** One part of the conclusion, with `data-section`. */
export function RunConclusionSection({ section, ...props }: RunConclusionSectionProps) {
  return <div data-section={section} {...props} />;
}
