import { type ComponentPropsWithoutRef, forwardRef, useId } from 'react';
import { useControllableState } from '../internal/use-controllable-state';

export interface UseDisclosureOptions {
  open?: boolean | undefined;
  defaultOpen: boolean;
  onOpenChange?: ((open: boolean) => void) | undefined;
  /** Component name for the controlled/uncontrolled warning. */
  caller: string;
}

/** The open state (controllable) of a show/hide section and the props that wire button to panel. */
export function useDisclosure({
  open: prop,
  defaultOpen,
  onOpenChange,
  caller,
}: UseDisclosureOptions) {
  const panelId = useId();
  const [open, setOpen] = useControllableState({
    prop,
    defaultProp: defaultOpen,
    onChange: onOpenChange,
    caller,
  });
  const triggerProps = {
    'aria-expanded': open,
    'aria-controls': panelId,
    onClick: () => setOpen((value) => !value),
  };
  return { open, setOpen, triggerProps, panelId };
}

export interface DisclosureTriggerProps extends ComponentPropsWithoutRef<'button'> {
  'aria-expanded': boolean;
  'aria-controls': string;
}

/** The button that shows and hides a panel; `data-state="open|closed"`. */
export const DisclosureTrigger = forwardRef<HTMLButtonElement, DisclosureTriggerProps>(
  function DisclosureTrigger(props, ref) {
    return (
      <button
        ref={ref}
        type="button"
        data-state={props['aria-expanded'] ? 'open' : 'closed'}
        {...props}
      />
    );
  },
);

export interface DisclosurePanelProps extends ComponentPropsWithoutRef<'div'> {
  open: boolean;
}

/** The panel; `hidden` while closed, so its content is out of the tab order and the AT tree. */
export function DisclosurePanel({ open, ...props }: DisclosurePanelProps) {
  return <div hidden={!open} data-state={open ? 'open' : 'closed'} {...props} />;
}
