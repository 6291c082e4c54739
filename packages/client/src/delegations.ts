/** What `principalsOf` reads of a grant, as `delegations.list` answers it. */
export interface HeldGrant {
  /** The grant holds today (not revoked, not past its last day). */
  readonly active: boolean;
  readonly deputy: { readonly userId: string };
  readonly principal: { readonly userId: string; readonly name: string; readonly unitId: string };
}

/** Someone a deputy may act for (代理). */
export interface Principal {
  readonly userId: string;
  readonly name: string;
  /** Their unit, as the grant records it: where to look them up in the directory. */
  readonly unitId: string;
}

/**
 * The principals of the grants `userId` holds today, each once, by name: whom a console offers
 * to act for. The server checks the grant again on every call made in a principal's name.
 */
export const principalsOf = (
  grants: ReadonlyArray<HeldGrant>,
  userId: string,
): ReadonlyArray<Principal> => {
  const byId = new Map<string, Principal>();
  for (const g of grants) {
    if (g.active && g.deputy.userId === userId && g.principal.userId !== userId)
      byId.set(g.principal.userId, {
        userId: g.principal.userId,
        name: g.principal.name,
        unitId: g.principal.unitId,
      });
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
};
