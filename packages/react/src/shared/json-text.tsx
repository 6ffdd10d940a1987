import type { ComponentPropsWithoutRef } from 'react';

export interface JsonTextProps extends Omit<ComponentPropsWithoutRef<'pre'>, 'children'> {
  /** Any JSON value from the API; shown indented, as text nodes only (never parsed as markup). */
  value: unknown;
}

/**
 * API JSON as readable text. Focusable, because a long payload scrolls inside it and keyboard
 * users must be able to scroll it too.
 */
export function JsonText({ value, className, ...props }: JsonTextProps) {
  return (
    <pre
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the block scrolls; keyboard users scroll it when focused (WCAG 2.1.1).
      tabIndex={0}
      className={className ? `govkit-json ${className}` : 'govkit-json'}
      {...props}
    >
      {JSON.stringify(value, null, 2) ?? String(value)}
    </pre>
  );
}
