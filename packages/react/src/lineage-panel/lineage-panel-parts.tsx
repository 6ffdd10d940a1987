import { type ComponentPropsWithoutRef, forwardRef, type ReactNode } from 'react';

export type LineagePanelState = 'loading' | 'error' | 'empty' | 'ready';

export interface LineagePanelRootProps extends ComponentPropsWithoutRef<'section'> {
  /** The results' state (`data-state`); `aria-busy` while they load. */
  state: LineagePanelState;
  titleId: string;
}

/** The panel: a region named by its title, with the results' state as `data-state`. */
export const LineagePanelRoot = forwardRef<HTMLElement, LineagePanelRootProps>(
  function LineagePanelRoot({ state, titleId, ...props }, ref) {
    return (
      <section
        ref={ref}
        aria-labelledby={titleId}
        aria-busy={state === 'loading' || undefined}
        data-state={state}
        {...props}
      />
    );
  },
);

export interface LineageFieldItemProps extends ComponentPropsWithoutRef<'div'> {
  field: string;
  label: ReactNode;
  children: ReactNode;
}

/** One labelled value (`<dt>`/`<dd>` in a `<dl>`), its id as `data-field`. */
export function LineageFieldItem({ field, label, children, ...props }: LineageFieldItemProps) {
  return (
    <div data-field={field} {...props}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export interface LineageTimeProps {
  value: { iso: string; text: string } | undefined;
}

/** A time as `<time dateTime>` with localised text. */
export function LineageTime({ value }: LineageTimeProps) {
  return value ? <time dateTime={value.iso}>{value.text}</time> : null;
}
