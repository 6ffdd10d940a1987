import {
  type ComponentPropsWithoutRef,
  type ForwardRefExoticComponent,
  forwardRef,
  type RefAttributes,
} from 'react';
import { WidgetRegion } from '../shared/widget-parts';
import type { EvidencePickerState } from './use-evidence-picker';

export interface EvidencePickerRootProps extends ComponentPropsWithoutRef<'section'> {
  state: EvidencePickerState;
  titleId: string;
}

/** The picker: a named region with `data-state` (and `aria-busy` while loading). */
export const EvidencePickerRoot: ForwardRefExoticComponent<
  EvidencePickerRootProps & RefAttributes<HTMLElement>
> = WidgetRegion;

export interface EvidencePickerOptionProps extends ComponentPropsWithoutRef<'div'> {
  selected: boolean;
  attached: boolean;
  active: boolean;
}

/**
 * One option of the multi-select listbox. Focus is roving (only the active option is in the tab
 * order); an attached item is `aria-disabled` and keeps `aria-selected` so it reads as chosen.
 */
export const EvidencePickerOption = forwardRef<HTMLDivElement, EvidencePickerOptionProps>(
  function EvidencePickerOption({ selected, attached, active, ...props }, ref) {
    return (
      <div
        ref={ref}
        role="option"
        aria-selected={selected || attached}
        aria-disabled={attached || undefined}
        tabIndex={active ? 0 : -1}
        data-selected={selected || undefined}
        data-attached={attached || undefined}
        {...props}
      />
    );
  },
);
