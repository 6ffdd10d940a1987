import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findExecutableContent, XSS_CORPUS } from './xss-corpus';
import { XSS_REGISTRY } from './xss-registry';

describe('findExecutableContent (the check itself)', () => {
  it('finds script elements, event handlers and javascript:/data: URLs', () => {
    const root = document.createElement('div');
    root.innerHTML =
      '<script></script><img src="x" onerror="x()"><a href=" javascript:x()">a</a><svg><a xlink:href="data:text/html,x"></a></svg>';
    expect(findExecutableContent(root)).toEqual([
      '<script> element',
      'onerror attribute on <IMG>',
      'href=" javascript:x()" on <A>',
      expect.stringContaining('xlink:href="data:text/html,x"'),
    ]);
  });
});

describe.each(XSS_REGISTRY)('$name with hostile API text', ({ render: renderWidget }) => {
  it.each(XSS_CORPUS.map((payload) => [payload]))('stays inert with %j', (payload) => {
    const { container } = render(renderWidget(payload));
    expect(findExecutableContent(container)).toEqual([]);
  });
});
