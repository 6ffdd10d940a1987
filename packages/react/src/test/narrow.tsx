import type { Decorator } from '@storybook/react-vite';

/**
 * A story decorator that renders the widget in a phone-wide column: 342 px by default, a 390 px
 * screen less the preview's padding on both sides. Narrow stories use it so their play functions
 * check the layout people see on a phone.
 */
export function narrow(width = 342): Decorator {
  return (Story) => (
    <div style={{ maxInlineSize: width }}>
      <Story />
    </div>
  );
}
