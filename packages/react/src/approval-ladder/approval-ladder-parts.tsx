import {
  type ComponentPropsWithoutRef,
  type ForwardRefExoticComponent,
  forwardRef,
  type RefAttributes,
} from 'react';
import { WidgetRegion } from '../shared/widget-parts';
import type { ApprovalLadderState, LadderStageView } from './use-approval-ladder';

export interface ApprovalLadderRootProps extends ComponentPropsWithoutRef<'section'> {
  state: ApprovalLadderState;
  /** The id of the title, which names the ladder for assistive technology. */
  titleId: string;
}

/** The ladder: a named region with its state as `data-state` (and `aria-busy` while loading). */
export const ApprovalLadderRoot: ForwardRefExoticComponent<
  ApprovalLadderRootProps & RefAttributes<HTMLElement>
> = WidgetRegion;

export interface ApprovalLadderStageProps extends ComponentPropsWithoutRef<'li'> {
  view: LadderStageView;
}

/**
 * One stage (`<li>` of the ladder's `<ol>`): `data-status`, `data-current`, `data-overdue`, and
 * `aria-current="step"` on the active one.
 */
export const ApprovalLadderStage = forwardRef<HTMLLIElement, ApprovalLadderStageProps>(
  function ApprovalLadderStage({ view, ...props }, ref) {
    return (
      <li
        ref={ref}
        data-stage-id={view.stage.id}
        data-status={view.stage.status}
        data-current={view.isCurrent || undefined}
        data-overdue={view.overdue || undefined}
        aria-current={view.isCurrent ? 'step' : undefined}
        {...props}
      />
    );
  },
);
