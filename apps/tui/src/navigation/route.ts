import type { AvailableAction, ProcessName } from "@banli/kernel";

export type Route =
  | { readonly name: "inbox" }
  | { readonly name: "case"; readonly caseId: string; readonly asOf?: string | undefined }
  | { readonly name: "action"; readonly caseId: string; readonly action: AvailableAction }
  | { readonly name: "start" }
  | { readonly name: "startForm"; readonly process: ProcessName; readonly action: AvailableAction };

/** The case the user is on (for `:act` and `:replay`), looking through an open form. */
export const caseOf = (route: Route | undefined): string | undefined =>
  route?.name === "case" || route?.name === "action" ? route.caseId : undefined;
