import type { Api } from "./ApiProvider.jsx";

/** The server's answers, by the client's own types (nothing restated by hand). */
export type CaseRow = Awaited<ReturnType<Api["cases"]["list"]["query"]>>["rows"][number];
export type CaseView = Awaited<ReturnType<Api["cases"]["get"]["query"]>>;
export type HistoryLine = CaseView["history"][number];
export type InboxCounts = Awaited<ReturnType<Api["inbox"]["counts"]["query"]>>;
export type Box = keyof InboxCounts;
export type ListInput = NonNullable<Parameters<Api["cases"]["list"]["query"]>[0]>;
export type CaseChanged = {
  readonly caseId: string;
  readonly process: string;
  readonly version: number;
  readonly status: string;
};
