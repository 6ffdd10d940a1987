// Time arithmetic on ISO strings. Engines never read the wall clock here: every instant comes from
// the injected Clock or from stored records.

/** ISO string of an epoch-millisecond instant. */
export function isoFromMs(ms: number): string {
  return new Date(ms).toISOString();
}

/** ISO string `hours` after an ISO instant (SLA due dates, retention windows). */
export function addHoursIso(iso: string, hours: number): string {
  return isoFromMs(Date.parse(iso) + hours * 3_600_000);
}

/** Milliseconds between two ISO instants (`to - from`). */
export function msBetween(fromIso: string, toIso: string): number {
  return Date.parse(toIso) - Date.parse(fromIso);
}
