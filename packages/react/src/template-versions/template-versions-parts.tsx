import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import type { TemplateVersionsState, TemplateVersionView } from './use-template-versions';

export interface TemplateVersionsRootProps extends ComponentPropsWithoutRef<'section'> {
  state: TemplateVersionsState;
  titleId: string;
  /** `read-only` when the viewer may change nothing (not an admin). */
  access: 'read-write' | 'read-only';
}

/** The widget: a named region with `data-state`, `data-access` and `aria-busy` while loading. */
export const TemplateVersionsRoot = forwardRef<HTMLElement, TemplateVersionsRootProps>(
  function TemplateVersionsRoot({ state, titleId, access, ...props }, ref) {
    return (
      <section
        ref={ref}
        aria-labelledby={titleId}
        aria-busy={state === 'loading' || undefined}
        data-state={state}
        data-access={access}
        {...props}
      />
    );
  },
);

export interface TemplateVersionItemProps extends ComponentPropsWithoutRef<'li'> {
  version: TemplateVersionView;
  selected: boolean;
}

/**
 * One version of a template's lineage (newest first), with `data-status`, `data-standing`
 * (`latest` / `retired` / `archived`), `data-forked` and `data-selected` for host styling.
 */
export const TemplateVersionItem = forwardRef<HTMLLIElement, TemplateVersionItemProps>(
  function TemplateVersionItem({ version, selected, ...props }, ref) {
    return (
      <li
        ref={ref}
        data-status={version.status}
        data-standing={version.standing}
        data-forked={version.forkedFrom ? 'true' : undefined}
        data-selected={selected || undefined}
        {...props}
      />
    );
  },
);
