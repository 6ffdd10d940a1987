import {
  type ComponentPropsWithoutRef,
  createElement,
  forwardRef,
  type ReactElement,
  type ReactNode,
} from 'react';

export interface WidgetRegionProps extends ComponentPropsWithoutRef<'section'> {
  /** What the widget shows (`loading`, `empty`, `error`, `ready`, …), as `data-state`. */
  state: string;
  /** The id of the widget's title: the region's accessible name. */
  titleId: string;
}

/**
 * A widget's root: a `<section>` named by its title (so a landmark), with `data-state`
 * and `aria-busy` while loading (pass `aria-busy` to decide it otherwise). Every
 * widget's own `…Root` part is this one with its own `data-*` attributes, so the region's
 * semantics are written once.
 */
export const WidgetRegion = forwardRef<HTMLElement, WidgetRegionProps>(function WidgetRegion(
  { state, titleId, ...props },
  ref,
) {
  return (
    <section
      ref={ref}
      aria-labelledby={titleId}
      aria-busy={state === 'loading' || undefined}
      data-state={state}
      {...props}
    />
  );
});

export interface WidgetTitleProps extends ComponentPropsWithoutRef<'h2'> {
  /** Heading level in the host page's outline. Default 2. */
  level?: 2 | 3 | 4 | 5 | 6;
}

/**
 * A widget's heading at the level the host page's outline needs. Every widget's own `…Title`
 * part is this one under its own name, so each widget bundle carries it once, not once per
 * widget it composes (the start-run panel shows four).
 */
export function WidgetTitle({ level = 2, ...props }: WidgetTitleProps): ReactElement {
  return createElement(`h${level}`, props);
}

export interface DefinitionFieldProps<Field extends string = string>
  extends ComponentPropsWithoutRef<'div'> {
  /** The value's id, as `data-field` (a styling and test hook). */
  field: Field;
  label: ReactNode;
  children: ReactNode;
}

/**
 * One labelled value of a `<dl>`: `<div data-field><dt/><dd/></div>` (a `<div>` group is valid
 * HTML and lets a grid lay out label and value as one row). Shared by the widgets' `…Field` parts.
 */
export function DefinitionField({ field, label, children, ...props }: DefinitionFieldProps) {
  return (
    <div data-field={field} {...props}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
