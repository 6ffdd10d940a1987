import { type ReactElement, useEffect, useState } from 'react';

/**
 * A clock for stories: starts at `start` and advances one second per second, so a countdown
 * shows live against a fixed, seeded world (the mock store's clock is frozen).
 */
export function StoryClock({
  start,
  children,
}: {
  start: number;
  children: (now: number) => ReactElement;
}) {
  const [now, setNow] = useState(start);
  useEffect(() => {
    const id = setInterval(() => setNow((value) => value + 1000), 1000);
    return () => clearInterval(id);
  }, []);
  return children(now);
}
