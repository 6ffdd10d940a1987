import { PermissionDeniedError } from '@govkit/sdk';
import { useEffect, useRef, useState } from 'react';

/**
 * Send a form's request and keep everything the user typed whatever happens: the caller clears
 * its fields only in `onDone`. A refusal is kept as `error` (a 403 also calls `onForbidden`, so
 * the widget can withdraw its other controls).
 */
export function useKeptSubmission(options: {
  onDone?: (() => void) | undefined;
  onForbidden?: (() => void) | undefined;
}) {
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>();
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const { onDone, onForbidden } = options;
  async function send(request: () => unknown): Promise<void> {
    setSending(true);
    setError(undefined);
    try {
      await request();
      if (!mounted.current) return;
      onDone?.();
    } catch (refusal) {
      if (!mounted.current) return;
      setError(refusal);
      if (refusal instanceof PermissionDeniedError) onForbidden?.();
    } finally {
      if (mounted.current) setSending(false);
    }
  }
  return { sending, error, send };
}
