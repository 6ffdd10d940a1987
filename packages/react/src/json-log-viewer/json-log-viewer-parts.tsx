import { type ComponentPropsWithoutRef, forwardRef, type ReactNode } from 'react';
import type { JsonTreeRow } from './json-tree-model';
import type { JsonLogViewerState } from './use-json-log-viewer';

export interface JsonLogViewerRootProps extends ComponentPropsWithoutRef<'section'> {
  state: JsonLogViewerState;
  /** The first rows of a log whose rest still loads: `data-partial` and `aria-busy`. */
  partial?: boolean | undefined;
}

/**
 * The viewer: a region with its state as `data-state` (and `aria-busy` while loading, or while
 * the rest of a partly shown log loads).
 */
export const JsonLogViewerRoot = forwardRef<HTMLElement, JsonLogViewerRootProps>(
  function JsonLogViewerRoot({ state, partial, ...props }, ref) {
    return (
      <section
        ref={ref}
        aria-busy={state === 'loading' || partial || undefined}
        data-state={state}
        data-partial={partial || undefined}
        {...props}
      />
    );
  },
);

/** The tree (`role="tree"`); it is also the scroll container of the virtualized rows. */
export const JsonLogViewerTree = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(
  function JsonLogViewerTree(props, ref) {
    return <div ref={ref} role="tree" {...props} />;
  },
);

export interface JsonLogViewerRowProps extends ComponentPropsWithoutRef<'div'> {
  row: JsonTreeRow;
  active: boolean;
  match: boolean;
  currentMatch: boolean;
}

/**
 * One node (`role="treeitem"` with level, position and expansion for assistive technology).
 * Rows are flat siblings, as virtualization needs; `aria-level` carries the nesting.
 */
export const JsonLogViewerRow = forwardRef<HTMLDivElement, JsonLogViewerRowProps>(
  function JsonLogViewerRow({ row, active, match, currentMatch, ...props }, ref) {
    return (
      <div
        ref={ref}
        role="treeitem"
        aria-level={row.level}
        aria-posinset={row.posInSet}
        aria-setsize={row.setSize}
        aria-expanded={row.childCount > 0 ? row.expanded : undefined}
        aria-selected={active}
        tabIndex={active ? 0 : -1}
        data-kind={row.kind}
        data-match={match || undefined}
        data-current-match={currentMatch || undefined}
        {...props}
      />
    );
  },
);

export interface HighlightedTextProps {
  text: string;
  /** Occurrences (case-insensitive) are wrapped in `<mark>`. */
  query: string;
}

/** Text with every occurrence of the search marked; always text nodes, never HTML. */
export function HighlightedText({ text, query }: HighlightedTextProps): ReactNode {
  const needle = query.trim().toLowerCase();
  if (!needle) return text;
  const haystack = text.toLowerCase();
  const parts: ReactNode[] = [];
  let from = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, from)) {
    if (at > from) parts.push(text.slice(from, at));
    parts.push(<mark key={at}>{text.slice(at, at + needle.length)}</mark>);
    from = at + needle.length;
  }
  if (parts.length === 0) return text;
  if (from < text.length) parts.push(text.slice(from));
  return parts;
}
