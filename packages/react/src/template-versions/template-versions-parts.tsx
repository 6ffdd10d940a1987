import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import type { WidgetAccess } from '../shared/use-refusal-read-only';
import { WidgetRegion, type WidgetRegionProps } from '../shared/widget-parts';
import type { TemplateVersionsState, TemplateVersionView } from './use-template-versions';

export interface TemplateVersionsRootProps extends WidgetRegionProps {
  state: TemplateVersionsState;
  /** `read-only` when the viewer may change nothing (not an admin). */
  access: WidgetAccess;
}

/** The widget: a named region with `data-state`, `data-access` and `aria-busy` while loading. */
export const TemplateVersionsRoot = forwardRef<HTMLElement, TemplateVersionsRootProps>(
  function TemplateVersionsRoot({ access, ...props }, ref) {
    return <WidgetRegion ref={ref} data-access={access} {...props} />;
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
