import { useCallback } from 'react';
import { useGovkitSettings } from '../provider/govkit-context';

/**
 * Turns a user id from the API into what people read: the host's name for it
 * (`<GovkitProvider userName>`), else the id itself, so a widget never shows a blank.
 */
export function useUserName(): (id: string | number) => string {
  const { userName } = useGovkitSettings();
  return useCallback(
    (id: string | number) => {
      const text = String(id);
      return userName?.(text) || text;
    },
    [userName],
  );
}
