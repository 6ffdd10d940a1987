import axe from 'axe-core';

/**
 * Run axe-core over a rendered container and fail with the rule ids, help texts and offending
 * nodes of every violation. Every component test calls it for each state it renders.
 *
 * Colour contrast cannot be computed without layout, so it is checked in real Chromium by the
 * Storybook a11y addon instead of here.
 */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const results = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false } },
    resultTypes: ['violations'],
  });
  const violations = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help}\n${violation.nodes.map((node) => `  ${node.html}`).join('\n')}`,
  );
  if (violations.length > 0) {
    throw new Error(`axe found ${violations.length} violation(s):\n${violations.join('\n')}`);
  }
}
