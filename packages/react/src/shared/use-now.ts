import { useEffect, useState } from 'react';

/**
 * The current time in ms for live countdowns, ticking every `intervalMs`. Pass `controlled` to
 * drive the clock yourself (tests, stories, a server-synchronised clock): it is returned as is
 * and no timer runs. Uncontrolled, it is `undefined` until mounted, so server and first client
 * render agree (no hydration mismatch) and nothing reads the clock at render time on the server.
 */
export function useNow(controlled?: Date | number, intervalMs = 1000): number | undefined {
  const [now, setNow] = useState<number | undefined>(undefined);
  const isControlled = controlled !== undefined;
  useEffect(() => {
    if (isControlled) return;
    setNow(Date.now());
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [isControlled, intervalMs]);
  return isControlled ? new Date(controlled).getTime() : now;
}
