import { describe, expect, it } from 'vitest';
import { sanitizeUrl } from './sanitize-url';

describe('sanitizeUrl', () => {
  it.each([
    'https://example.org/a?b=c#d',
    'http://example.org',
    'mailto:ops@example.org',
    '/runs/1',
    '#top',
    '?page=2',
    'logs/a.json',
  ])('keeps %s', (url) => {
    expect(sanitizeUrl(url)).toBe(url);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'DATA:image/svg+xml,<svg onload=alert(1)>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '\\\\evil.example\\share',
  ])('drops %j', (url) => {
    expect(sanitizeUrl(url)).toBe('');
  });
});
