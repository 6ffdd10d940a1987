import { type ComponentPropsWithoutRef, createElement, forwardRef, type ReactNode } from 'react';
import type { ScenarioContextState } from './use-scenario-context';

export interface ScenarioContextRootProps extends ComponentPropsWithoutRef<'section'> {
  state: ScenarioContextState;
  /** The id of the title, which names the region. */
  titleId: string;
  backfilled?: boolean | undefined;
}

/** The widget: a named region with `data-state` (and `data-backfilled`, `aria-busy`). */
export const ScenarioContextRoot = forwardRef<HTMLElement, ScenarioContextRootProps>(
  function ScenarioContextRoot({ state, titleId, backfilled, ...props }, ref) {
    return (
      <section
        ref={ref}
        aria-labelledby={titleId}
        aria-busy={state === 'loading' || undefined}
        data-state={state}
        data-backfilled={backfilled || undefined}
        {...props}
      />
    );
  },
);

export interface ScenarioContextTitleProps extends ComponentPropsWithoutRef<'h3'> {
  /** Heading level in the host page's outline. Default 3 (it usually sits inside an entry). */
  level?: 2 | 3 | 4 | 5 | 6;
}

/** The widget's heading. */
export function ScenarioContextTitle({ level = 3, ...props }: ScenarioContextTitleProps) {
  return createElement(`h${level}`, props);
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
