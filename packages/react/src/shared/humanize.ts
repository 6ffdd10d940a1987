/** An API word (`rolled_back`, `REQUIRE_REVIEW`) as words for people (`Rolled back`). */
export function humanize(value: string): string {
  const words = value.toLowerCase().replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
