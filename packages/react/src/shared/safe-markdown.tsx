import type { ComponentPropsWithoutRef } from 'react';
import Markdown, { type Components, type Options } from 'react-markdown';
import { sanitizeUrl } from './sanitize-url';

export interface SafeMarkdownProps {
  /** Markdown from the API (coaching notes, narratives, evidence). Never trusted. */
  children: string;
  className?: string;
  /**
   * remark plugins, e.g. `[remarkGfm]` from `remark-gfm` for the tables of narrative dossiers.
   * They only add syntax: raw HTML is still dropped and every URL still sanitised. Not bundled by
   * default, so widgets that do not need them stay small.
   */
  remarkPlugins?: Options['remarkPlugins'];
}

// Links from API text open as plain links that leak no referrer and pass on no ranking.
function SafeLink({ node: _node, ...props }: ComponentPropsWithoutRef<'a'> & { node?: unknown }) {
  return <a {...props} rel="noopener noreferrer nofollow" />;
}

// An image whose URL was unsafe is shown as its alt text: an <img src=""> would make the browser
// request the page itself again.
function SafeImage({
  node: _node,
  src,
  alt,
  ...props
}: ComponentPropsWithoutRef<'img'> & { node?: unknown }) {
  if (!src) return <span className="govkit-markdown__image-alt">{alt}</span>;
  return <img {...props} src={src} alt={alt ?? ''} loading="lazy" referrerPolicy="no-referrer" />;
}

const components: Components = { a: SafeLink, img: SafeImage };

/**
 * Markdown from the API, rendered safely: raw HTML in the source is dropped (never parsed into
 * elements), and every link and image URL goes through {@link sanitizeUrl}, so `javascript:` and
 * `data:` URLs become empty. react-markdown builds React elements, never `innerHTML`.
 */
export function SafeMarkdown({ children, className, remarkPlugins }: SafeMarkdownProps) {
  return (
    <div className={className ? `govkit-markdown ${className}` : 'govkit-markdown'}>
      <Markdown
        skipHtml
        urlTransform={sanitizeUrl}
        components={components}
        remarkPlugins={remarkPlugins}
      >
        {children}
      </Markdown>
    </div>
  );
}
