import type { Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import '@govkit/react/styles.css';

const preview: Preview = {
  // Stories that talk to the govkit API get it from @govkit/mock-server handlers via MSW.
  loaders: [mswLoader()],
  parameters: { layout: 'padded' },
};

export default preview;
