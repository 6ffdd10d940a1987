import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test/expect-no-axe-violations';
import { SafeMarkdown } from './safe-markdown';

describe('SafeMarkdown', () => {
  it('renders markdown with safe links that leak no referrer', async () => {
    const { container } = render(
      <SafeMarkdown>{'**Bold** and a [policy](https://example.org/p "Policy").'}</SafeMarkdown>,
    );
    expect(screen.getByText('Bold').tagName).toBe('STRONG');
    const link = screen.getByRole('link', { name: 'policy' });
    expect(link).toHaveAttribute('href', 'https://example.org/p');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow');
    await expectNoAxeViolations(container);
  });

  it('drops raw HTML and empties unsafe link and image URLs', () => {
    const { container } = render(
      <SafeMarkdown>
        {'<b onclick="x()">raw</b> [a](javascript:alert(1)) ![i](data:image/png;base64,AAAA)'}
      </SafeMarkdown>,
    );
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByText('a')).toHaveAttribute('href', '');
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('i')).toHaveClass('govkit-markdown__image-alt');
  });
});
