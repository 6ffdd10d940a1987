import { useState } from 'react';

/** Whether the acting user may still change anything here (`data-access` on the region). */
export type WidgetAccess = 'read-write' | 'read-only';

/**
 * The "a 403 makes the widget read-only" state the acting widgets share: read-only when the host
 * says so (`readOnly`) or once the server refused an action with a 403 (`refuse`, called from
 * the refused form, which keeps what the user typed). It stays read-only for this mount: the
 * server has said this user may not act here, and offering the controls again would only earn
 * the same refusal.
 */
export function useRefusalReadOnly(readOnlyProp: boolean | undefined) {
  const [refused, setRefused] = useState(false);
  const readOnly = Boolean(readOnlyProp) || refused;
  return {
    readOnly,
    access: (readOnly ? 'read-only' : 'read-write') as WidgetAccess,
    refuse: () => setRefused(true),
  };
}
