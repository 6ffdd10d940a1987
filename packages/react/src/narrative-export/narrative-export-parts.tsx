import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import type { NarrativeExportPanelState } from './use-narrative-export-panel';

export interface NarrativeExportRootProps extends ComponentPropsWithoutRef<'section'> {
  state: NarrativeExportPanelState;
  titleId: string;
}

/** The panel: a named region with `data-state` (and `aria-busy` while loading). */
export const NarrativeExportRoot = forwardRef<HTMLElement, NarrativeExportRootProps>(
  function NarrativeExportRoot({ state, titleId, ...props }, ref) {
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

export interface NarrativeExportFieldProps extends ComponentPropsWithoutRef<'div'> {
  label: string;
}

/** One labelled value (`<dt>`/`<dd>`) of a `<dl>`. */
export function NarrativeExportField({ label, children, ...props }: NarrativeExportFieldProps) {
  return (
    <div {...props}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
