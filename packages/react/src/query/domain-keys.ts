/**
 * The general keys of one API domain (`['govkit', domain, …]`). Each domain's named keys build
 * on these; a domain whose hooks several widgets share lives in a file of its own
 * (`run-governance-keys.ts`), so a widget imports its domain's keys and not every domain's.
 */
export function domainKeys<const Domain extends string>(domain: Domain) {
  const all = ['govkit', domain] as const;
  return {
    /** Every query of the domain. */
    all,
    /** Every query of one kind in the domain (`'list'`, `'detail'`, …). */
    scope: <const Scope extends string>(scope: Scope) => [...all, scope] as const,
    /** One list, by its query parameters. */
    list: (params: object = {}) => [...all, 'list', params] as const,
    /** One resource, by id. */
    detail: (id: string) => [...all, 'detail', id] as const,
  };
}
