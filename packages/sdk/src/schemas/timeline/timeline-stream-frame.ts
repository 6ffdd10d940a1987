import { z } from 'zod';
import { OverrideLiveStateSchema } from '../overrides/override-live-state';
import { openEnum } from '../shared/open-enum';
import { openObject } from '../shared/open-object';
import { IdSchema, TimestampSchema } from '../shared/primitives';

/** First frame of the live stream: every override of the execution with its lock and cooldown. */
export const TimelineSnapshotFrameSchema = openObject({
  type: z.literal('snapshot'),
  execution_id: IdSchema,
  locks: z.array(OverrideLiveStateSchema),
  generated_at: TimestampSchema,
});
export type TimelineSnapshotFrame = z.output<typeof TimelineSnapshotFrameSchema>;

/** A reversal lock was acquired or released (`event`); `lock_state` is the override's state after. */
export const TimelineLockEventFrameSchema = openObject({
  type: z.literal('lock_event'),
  execution_id: IdSchema,
  override_id: IdSchema,
  lock_state: OverrideLiveStateSchema,
  event: z.string(),
  generated_at: TimestampSchema,
});
export type TimelineLockEventFrame = z.output<typeof TimelineLockEventFrameSchema>;

/** One override's cooldown countdown (`remaining_seconds` reaches 0 and stays there). */
export const TimelineCooldownEntrySchema = openObject({
  override_id: IdSchema,
  remaining_seconds: z.number().min(0),
  expires_at: TimestampSchema,
});
export type TimelineCooldownEntry = z.output<typeof TimelineCooldownEntrySchema>;

/** Sent about once per second while any cooldown expiry exists, even at 0. */
export const TimelineCooldownTickFrameSchema = openObject({
  type: z.literal('cooldown_tick'),
  execution_id: IdSchema,
  cooldowns: z.array(TimelineCooldownEntrySchema),
  generated_at: TimestampSchema,
});
export type TimelineCooldownTickFrame = z.output<typeof TimelineCooldownTickFrameSchema>;

const KNOWN_FRAME_TYPES = new Set(['snapshot', 'lock_event', 'cooldown_tick']);

/**
 * A frame type this SDK does not know (a newer server): kept in lenient mode so a stream reader
 * can skip it, rejected in strict mode.
 */
export const UnknownTimelineStreamFrameSchema = openObject({
  type: openEnum(['snapshot', 'lock_event', 'cooldown_tick']).refine(
    (value) => !KNOWN_FRAME_TYPES.has(value),
    { abort: true },
  ),
  execution_id: IdSchema.nullish(),
  generated_at: TimestampSchema.nullish(),
});
export type UnknownTimelineStreamFrame = z.output<typeof UnknownTimelineStreamFrameSchema>;

/** A `data:` frame of `GET /api/experiment-console/governance/timeline/stream`, on `type`. */
export const TimelineStreamFrameSchema = z.union([
  z.discriminatedUnion('type', [
    TimelineSnapshotFrameSchema,
    TimelineLockEventFrameSchema,
    TimelineCooldownTickFrameSchema,
  ]),
  UnknownTimelineStreamFrameSchema,
]);
export type TimelineStreamFrame = z.output<typeof TimelineStreamFrameSchema>;
