import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StatusBadge } from './status-badge';
import { statusTone } from './status-tone';

describe('StatusBadge', () => {
  it('exposes the normalised status and its tone as data attributes', () => {
    render(<StatusBadge status="RETRY_RECOMMENDED" />);
    const badge = screen.getByText('Retry recommended');
    expect(badge.dataset.status).toBe('retry_recommended');
    expect(badge.dataset.tone).toBe('warning');
    expect(badge.className).toBe('govkit-status-badge');
  });

  it('passes label, className and DOM props through', () => {
    render(<StatusBadge status="blocked" label="Blocked by redline" className="x" title="t" />);
    const badge = screen.getByTitle('t');
    expect(badge.textContent).toBe('Blocked by redline');
    expect(badge.className).toBe('govkit-status-badge x');
    expect(badge.dataset.tone).toBe('critical');
  });
});

describe('statusTone', () => {
  it.each([
    ['ALLOWED', 'positive'],
    ['allow', 'positive'],
    ['PAUSED', 'warning'],
    ['in-progress', 'warning'],
    ['BLOCK', 'critical'],
    ['reversed', 'info'],
    ['something_new', 'neutral'],
  ])('%s is %s', (status, tone) => {
    expect(statusTone(status)).toBe(tone);
  });
});
