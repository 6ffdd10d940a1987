import type { CSSProperties } from 'react';

export interface SkeletonProps {
  /** Width the real content will take (`8em`, `60%`), so the layout does not jump on load. */
  width?: CSSProperties['inlineSize'];
  /** `text` is one line of the surrounding font; `block` fills a given height. */
  shape?: 'text' | 'block';
  height?: CSSProperties['blockSize'];
  className?: string;
}

/**
 * A placeholder with the size of the content it stands for. Hidden from assistive technology:
 * the widget around it says it is busy (`aria-busy`) and announces the loading text once.
 */
export function Skeleton({ width, shape = 'text', height, className }: SkeletonProps) {
  return (
    <span
      aria-hidden="true"
      data-shape={shape}
      className={className ? `govkit-skeleton ${className}` : 'govkit-skeleton'}
      style={{ inlineSize: width, blockSize: height }}
    />
  );
}
