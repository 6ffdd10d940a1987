import { type ComponentPropsWithoutRef, forwardRef, type ReactElement } from 'react';
import {
  DisclosurePanel,
  type DisclosurePanelProps,
  DisclosureTrigger,
  type DisclosureTriggerProps,
} from '../shared/disclosure';
import {
  DefinitionField,
  type DefinitionFieldProps,
  WidgetRegion,
  type WidgetRegionProps,
  WidgetTitle,
  type WidgetTitleProps,
} from '../shared/widget-parts';
import type { RunManifestReceiptState } from './use-run-manifest-receipt';

export interface RunManifestReceiptRootProps extends WidgetRegionProps {
  state: RunManifestReceiptState;
  detailsOpen: boolean;
}

/** The receipt: a named region with `data-state`, `data-details="open|closed"` and `aria-busy`. */
export const RunManifestReceiptRoot = forwardRef<HTMLElement, RunManifestReceiptRootProps>(
  function RunManifestReceiptRoot({ detailsOpen, ...props }, ref) {
    return <WidgetRegion ref={ref} data-details={detailsOpen ? 'open' : 'closed'} {...props} />;
  },
);

export type RunManifestReceiptTitleProps = WidgetTitleProps;

/** The receipt's heading. */
export const RunManifestReceiptTitle: (props: RunManifestReceiptTitleProps) => ReactElement =
  WidgetTitle;

export type RunManifestReceiptTriggerProps = DisclosureTriggerProps;

/** The "Show technical details" button; `data-state="open|closed"`. */
export const RunManifestReceiptTrigger = DisclosureTrigger;

export type RunManifestReceiptPanelProps = DisclosurePanelProps;

/** The technical details; `hidden` while closed. */
export const RunManifestReceiptPanel = DisclosurePanel;

/** The ordered list of steps, in run order. */
export function RunManifestReceiptSteps(props: ComponentPropsWithoutRef<'ol'>) {
  return <ol {...props} />;
}

export interface RunManifestReceiptStepProps extends ComponentPropsWithoutRef<'li'> {
  name: string;
  status: string;
}

/** One step, with `data-step` (its name) and `data-status`. */
export function RunManifestReceiptStep({ name, status, ...props }: RunManifestReceiptStepProps) {
  return <li data-step={name} data-status={status} {...props} />;
}

export type RunManifestReceiptFieldProps = DefinitionFieldProps<string>;

/** One labelled value (`<dt>`/`<dd>`) of a step or of the run, with `data-field`. */
export const RunManifestReceiptField: (props: RunManifestReceiptFieldProps) => ReactElement =
  DefinitionField;
