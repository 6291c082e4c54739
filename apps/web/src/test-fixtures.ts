/** Answers of the server as the component tests' fake server gives them (shapes of @banli/api). */

export const row = (n: number, extra: Record<string, unknown> = {}) => ({
  caseId: `case-${n}`,
  process: "supervision",
  processLabel: { zh: "政务督查", en: "Supervision" },
  number: `督〔2026〕${n}号`,
  title: `关于第${n}项工作的督办`,
  status: "awaitingProposal",
  statusLabel: { zh: "待拟办", en: "Awaiting proposal" },
  stepLabel: { zh: "拟办", en: "Propose" },
  closed: false,
  version: 1,
  position: n,
  openedAt: "2026-11-20T09:00:00+08:00",
  openedBy: "bangongshi",
  openedByUnit: "bangongshi",
  updatedAt: "2026-11-21T10:30:00+08:00",
  dueOn: "2026-12-18",
  urgency: undefined,
  classification: undefined,
  closedAt: undefined,
  handlers: [],
  units: ["bangongshi"],
  users: ["bangongshi"],
  actedBy: ["bangongshi"],
  readers: [],
  light: "green",
  ...extra,
});

export const counts = { todo: 3, done: 12, toRead: 1, read: 0, started: 7 };
