/** Sort rows by id (snapshots are sorted, so insertion order never matters). */
export const byId = (a: { id: string }, b: { id: string }) =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** The sorted ids of some rows. */
export const sortedIds = (rows: ReadonlyArray<{ id: string }>) => rows.map((r) => r.id).sort();
