import type { Label } from "@banli/kernel";
import type { DelegationGrant } from "../../api/ActingFor.jsx";
import { dw } from "../../i18n/messages-delegation.js";

export type GrantStatus = "active" | "expired" | "revoked";

/** In force, ended by its date, or revoked (revocation first: it is the more telling reason). */
export const grantStatus = (grant: DelegationGrant): GrantStatus =>
  grant.revokedAt !== undefined ? "revoked" : grant.active ? "active" : "expired";

export const statusLabels: Readonly<Record<GrantStatus, Label>> = {
  active: dw.active,
  expired: dw.expired,
  revoked: dw.revoked,
};

/** The grants shown on the page, split by the user's part in them; newest first. */
export const grantsBy = (grants: ReadonlyArray<DelegationGrant>, userId: string) => {
  const newest = [...grants].sort((a, b) => b.grantedAt.localeCompare(a.grantedAt));
  return {
    given: newest.filter((g) => g.principal.userId === userId),
    held: newest.filter((g) => g.deputy.userId === userId),
    // The administrator's list holds everyone's: those between other people go in their own table.
    others: newest.filter((g) => g.principal.userId !== userId && g.deputy.userId !== userId),
  };
};
