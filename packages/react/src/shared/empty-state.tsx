import type { ReactNode } from 'react';

export interface EmptyStateProps {
  title: ReactNode;
  description?: ReactNode;
  /** An action that fills the widget (`Clear filters`). */
  action?: ReactNode;
}

/** What a widget shows when it loaded fine and there is nothing to show. */
export function EmptyState({ title, description, action }: EmptyStateProps) {
  return (
    <div className="govkit-empty-state" role="status">
      <p className="govkit-empty-state__title">{title}</p>
      {description ? <p className="govkit-empty-state__description">{description}</p> : null}
      {action}
    </div>
  );
}
