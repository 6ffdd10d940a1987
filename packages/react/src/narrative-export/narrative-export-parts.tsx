import type { ComponentPropsWithoutRef, ForwardRefExoticComponent, RefAttributes } from 'react';
import { WidgetRegion } from '../shared/widget-parts';
import type { NarrativeExportPanelState } from './use-narrative-export-panel';

export interface NarrativeExportRootProps extends ComponentPropsWithoutRef<'section'> {
  state: NarrativeExportPanelState;
  titleId: string;
}

/** The panel: a named region with `data-state` (and `aria-busy` while loading). */
export const NarrativeExportRoot: ForwardRefExoticComponent<
  NarrativeExportRootProps & RefAttributes<HTMLElement>
> = WidgetRegion;

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
