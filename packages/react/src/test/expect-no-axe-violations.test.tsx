import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './expect-no-axe-violations';

describe('expectNoAxeViolations', () => {
  it('passes accessible markup', async () => {
    const { container } = render(
      <button type="button" aria-label="Retry">
        ↻
      </button>,
    );
    await expectNoAxeViolations(container);
  });

  it('fails on a violation, naming the rule', async () => {
    const { container } = render(
      <button type="button">
        <span />
      </button>,
    );
    await expect(expectNoAxeViolations(container)).rejects.toThrow(/button-name/);
  });
});
