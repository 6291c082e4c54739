import type { Label } from "@banli/kernel";
import { ui } from "../i18n/messages.js";
import { bo } from "../i18n/messages-back-office.js";
import { dw } from "../i18n/messages-delegation.js";

export interface NavSection {
  readonly href: string;
  readonly label: Label;
  readonly end?: boolean;
}

const onlyAuditor = (roles: ReadonlyArray<string>) =>
  roles.length > 0 && roles.every((role) => role === "auditor");

/**
 * The main navigation for a user's roles: everyone reads the 工作台, cases and statistics;
 * 委托 for whoever may delegate (not auditors, who change nothing), 管理 for administrators,
 * 审计 for auditors. The pages and the server check the same again; this only spares users links
 * to pages that would refuse them. Unknown roles (signed out, still loading): the common ones.
 */
export const sectionsFor = (
  roles: ReadonlyArray<string> | undefined,
): ReadonlyArray<NavSection> => [
  { href: "/", label: ui.home, end: true },
  { href: "/cases", label: ui.cases },
  { href: "/stats", label: ui.statistics },
  ...(roles === undefined || onlyAuditor(roles)
    ? []
    : [{ href: "/delegations", label: dw.delegations }]),
  ...(roles?.includes("administrator") ? [{ href: "/admin", label: ui.admin }] : []),
  ...(roles?.includes("auditor") ? [{ href: "/audit", label: bo.audit }] : []),
];
