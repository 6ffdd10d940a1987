// Setup of every @govkit/react unit test (vitest `setupFiles`).
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';

// Testing Library only cleans up by itself when the runner exposes `afterEach` as a global; ours
// does not, so without this the DOM of one test leaks into the next.
afterEach(cleanup);

// A test that makes React (or a widget) print an error fails: act() warnings, key warnings,
// failed prop types and swallowed exceptions are bugs, not noise. A test that expects an error
// replaces console.error with its own spy, which this wrapper then never sees.
const printError = console.error.bind(console);
let consoleErrors: unknown[][] = [];
console.error = (...args: unknown[]) => {
  consoleErrors.push(args);
  printError(...args);
};
beforeEach(() => {
  consoleErrors = [];
});
afterEach(() => {
  if (consoleErrors.length === 0) return;
  const first = consoleErrors[0]?.map(String).join(' ');
  consoleErrors = [];
  throw new Error(`console.error was called during the test: ${first}`);
});
