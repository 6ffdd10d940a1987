import { type ComponentPropsWithoutRef, forwardRef, type ReactNode } from 'react';
import {
  WidgetRegion,
  type WidgetRegionProps,
  WidgetTitle,
  type WidgetTitleProps,
} from '../shared/widget-parts';
import type { ScenarioContextState } from './use-scenario-context';

export interface ScenarioContextRootProps extends WidgetRegionProps {
  state: ScenarioContextState;
  backfilled?: boolean | undefined;
}

/** The widget: a named region with `data-state` (and `data-backfilled`, `aria-busy`). */
export const ScenarioContextRoot = forwardRef<HTMLElement, ScenarioContextRootProps>(
  function ScenarioContextRoot({ backfilled, ...props }, ref) {
    return <WidgetRegion ref={ref} data-backfilled={backfilled || undefined} {...props} />;
  },
);

/** `level`: the heading level in the host page's outline. Default 3 (it usually sits in an entry). */
export type ScenarioContextTitleProps = WidgetTitleProps;

/** The widget's heading. */
export function ScenarioContextTitle({ level = 3, ...props }: ScenarioContextTitleProps) {
  return <WidgetTitle level={level} {...props} />;
}

export interface ScenarioContextRowProps extends ComponentPropsWithoutRef<'div'> {
  /** `scenario`, `notebook` or `metadata`, as `data-row`. */
  row: string;
  label: ReactNode;
  children: ReactNode;
}

/** One labelled row (`<dt>`/`<dd>`) of the context list. */
export function ScenarioContextRow({ row, label, children, ...props }: ScenarioContextRowProps) {
  return (
    <div data-row={row} {...props}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
