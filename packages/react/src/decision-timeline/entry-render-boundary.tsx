import { Component, type ReactNode } from 'react';

interface EntryRenderBoundaryProps {
  /** What to show instead of a renderer that threw (the neutral fallback). */
  fallback: ReactNode;
  children: ReactNode;
}

/**
 * Keeps one entry's renderer failing (a host renderer's bug, a server detail no renderer
 * expected) from taking the whole timeline down: that entry shows the neutral fallback instead.
 */
export class EntryRenderBoundary extends Component<EntryRenderBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
