import type {
  ComponentPropsWithoutRef,
  ForwardRefExoticComponent,
  ReactElement,
  RefAttributes,
} from 'react';
import { DefinitionField, type DefinitionFieldProps, WidgetRegion } from '../shared/widget-parts';

export type LineagePanelState = 'loading' | 'error' | 'empty' | 'ready';

export interface LineagePanelRootProps extends ComponentPropsWithoutRef<'section'> {
  /** The results' state (`data-state`); `aria-busy` while they load. */
  state: LineagePanelState;
  titleId: string;
}

/** The panel: a region named by its title, with the results' state as `data-state`. */
export const LineagePanelRoot: ForwardRefExoticComponent<
  LineagePanelRootProps & RefAttributes<HTMLElement>
> = WidgetRegion;

export type LineageFieldItemProps = DefinitionFieldProps;

/** One labelled value (`<dt>`/`<dd>` in a `<dl>`), its id as `data-field`. */
export const LineageFieldItem: (props: LineageFieldItemProps) => ReactElement = DefinitionField;

export interface LineageTimeProps {
  value: { iso: string; text: string } | undefined;
}

/** A time as `<time dateTime>` with localised text. */
export function LineageTime({ value }: LineageTimeProps) {
  return value ? <time dateTime={value.iso}>{value.text}</time> : null;
}
