import { type ComponentPropsWithoutRef, createElement, forwardRef, type ReactNode } from 'react';
import {
  DisclosurePanel,
  type DisclosurePanelProps,
  DisclosureTrigger,
  type DisclosureTriggerProps,
} from '../shared/disclosure';
import type { RunManifestReceiptState } from './use-run-manifest-receipt';

export interface RunManifestReceiptRootProps extends ComponentPropsWithoutRef<'section'> {
  state: RunManifestReceiptState;
  titleId: string;
  detailsOpen: boolean;
}

/** The receipt: a named region with `data-state`, `data-details="open|closed"` and `aria-busy`. */
export const RunManifestReceiptRoot = forwardRef<HTMLElement, RunManifestReceiptRootProps>(
  function RunManifestReceiptRoot({ state, titleId, detailsOpen, ...props }, ref) {
    return (
      <section
        ref={ref}
        aria-labelledby={titleId}
        aria-busy={state === 'loading' || undefined}
        data-state={state}
        data-details={detailsOpen ? 'open' : 'closed'}
        {...props}
      />
    );
  },
);

export interface RunManifestReceiptTitleProps extends ComponentPropsWithoutRef<'h2'> {
  level?: 2 | 3 | 4 | 5 | 6;
}

/** The receipt's heading. */
export function RunManifestReceiptTitle({ level = 2, ...props }: RunManifestReceiptTitleProps) {
  return createElement(`h${level}`, props);
}

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

export interface RunManifestReceiptFieldProps extends ComponentPropsWithoutRef<'div'> {
  field: string;
  label: ReactNode;
  children: ReactNode;
}

/** One labelled value (`<dt>`/`<dd>`) of a step or of the run, with `data-field`. */
export function RunManifestReceiptField({
  field,
  label,
  children,
  ...props
}: RunManifestReceiptFieldProps) {
  return (
    <div data-field={field} {...props}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
