import { useRef } from 'react';
import {
  PENDING_NOTE_PREFIX,
  useCreateCoachingNote,
  useEditCoachingNote,
  useModerateCoachingNote,
} from '../coaching/use-coaching-note-mutations';
import { useCoachingNotes } from '../coaching/use-coaching-notes';
import { CoachingThread, type CoachingThreadProps } from './coaching-thread';

export interface ConnectedCoachingThreadProps
  extends Omit<
    CoachingThreadProps,
    'notes' | 'error' | 'onRetry' | 'onCreate' | 'onEdit' | 'onModerate'
  > {
  /** The override whose notes are shown. */
  overrideId: string;
}

/**
 * The coaching notes thread of one override, fetched and changed through the
 * {@link GovkitProvider}'s client and cache. Every change shows at once and rolls back if the
 * server refuses; settling refetches the thread and the analytics of the note's execution.
 * A 403 on the list shows who may read the notes; a 403 on an action keeps the text.
 */
export function ConnectedCoachingThread({ overrideId, ...props }: ConnectedCoachingThreadProps) {
  const query = useCoachingNotes(overrideId);
  const create = useCreateCoachingNote(overrideId);
  const edit = useEditCoachingNote(overrideId);
  const moderate = useModerateCoachingNote(overrideId);
  const pendingCount = useRef(0);
  return (
    <CoachingThread
      {...props}
      notes={query.data}
      error={query.error ?? undefined}
      onRetry={() => void query.refetch()}
      onCreate={(input) => {
        pendingCount.current += 1;
        return create.mutateAsync({
          ...input,
          pendingId: `${PENDING_NOTE_PREFIX}${pendingCount.current}`,
        });
      }}
      onEdit={(input) => edit.mutateAsync(input)}
      onModerate={(input) => moderate.mutateAsync(input)}
    />
  );
}
