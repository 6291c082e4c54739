import type {
  AssignUnits,
  ProposeHandling,
  RecordInstruction,
  RegisterItem,
  SubmitFeedback,
  SupervisionCommand,
} from "../../../processes/supervision/index.js";
import { AttachmentId } from "../../attachment.js";
import type { Command } from "../../decider.js";
import type {
  AcceptAssignment,
  GiveInstruction,
  SubmitForInstruction,
} from "../../operations/index.js";
import { cast, commandOn, date, hash, inMarch, units } from "../fixtures.js";

// The test data of supervision: the payloads and people its decider tests use, and the
// scenario the golden fixture (test/fixtures/supervision.jsonl) is recorded from.

/** 2026-03-<day> at 09:00 in Shanghai. */
export const on = inMarch;
export { date };
export const cmd = commandOn<SupervisionCommand>(on);

export { hash };
export const scan = {
  id: AttachmentId.make("att-notice"),
  name: "督办通知.pdf",
  mediaType: "application/pdf",
  size: 2048,
  sha256: hash("a"),
  medium: "electronic",
} as const;
export const paperReport = {
  ...scan,
  id: AttachmentId.make("att-paper"),
  name: "报告（纸质）.pdf",
  sha256: hash("b"),
  medium: "paper",
} as const;
export const eReport = {
  ...scan,
  id: AttachmentId.make("att-e"),
  name: "报告.docx",
  sha256: hash("c"),
} as const;

export const register: RegisterItem = {
  _tag: "RegisterItem",
  number: "督〔2026〕7号",
  superiorNumber: "市督〔2026〕3号",
  kind: "督办件",
  sourceOrgan: "市政府督查室",
  title: "关于科技成果转化工作的督办通知",
  content: "请于 4 月 30 日前报送落实情况。",
  receivedOn: date("2026-03-01"),
  timeLimit: date("2026-04-30"),
  attachments: [scan],
};
export const propose: ProposeHandling = {
  _tag: "ProposeHandling",
  opinion: "拟请张局长阅示，交科技处办理。",
};
export const submit: SubmitForInstruction = {
  _tag: "SubmitForInstruction",
  leader: { userId: cast.leader.userId, name: cast.leader.name },
};
export const instruct: GiveInstruction = {
  _tag: "GiveInstruction",
  instruction: "请科技处牵头，产业处配合，4月20日前报结果。",
  dueOn: date("2026-04-20"),
};
export const recordInstruction: RecordInstruction = { _tag: "RecordInstruction" };
export const lead = { unitId: units.science, unitName: "科技处", dueOn: date("2026-04-20") };
export const co = { unitId: units.industry, unitName: "产业处", dueOn: date("2026-04-10") };
export const assign: AssignUnits = { _tag: "AssignUnits", lead, coUnits: [co] };
export const accept: AcceptAssignment = { _tag: "AcceptAssignment" };
export const feedback: SubmitFeedback = {
  _tag: "SubmitFeedback",
  summary: "已完成，书面报告已报市政府督查室。",
  reportedToSuperiorOn: date("2026-03-20"),
  attachments: [paperReport, eReport],
};

/** The scenario of the golden fixture: one case through every branch (see decider.test.ts). */
export const scenario: ReadonlyArray<Command<SupervisionCommand>> = [
  cmd(cast.clerk, 2, register),
  cmd(cast.director, 2, propose),
  cmd(cast.clerk, 3, submit),
  cmd(cast.leader, 3, { _tag: "SendBack", reason: "请补充" }),
  cmd(cast.director, 3, { _tag: "ProposeHandling", opinion: "已补充，拟请张局长阅示。" }),
  cmd(cast.clerk, 3, submit),
  cmd(cast.clerk, 3, { _tag: "Withdraw", reason: "附件漏传" }),
  cmd(cast.clerk, 3, {
    _tag: "AttachFile",
    attachment: { ...scan, id: AttachmentId.make("att-2"), sha256: hash("f") },
  }),
  cmd(cast.clerk, 3, submit),
  cmd(cast.deputy, 4, instruct, cast.leader),
  cmd(cast.clerk, 4, recordInstruction),
  cmd(cast.clerk, 5, assign),
  cmd(cast.clerk, 5, { _tag: "Withdraw" }),
  cmd(cast.clerk, 5, assign),
  cmd(cast.scienceHead, 5, { _tag: "SendBack", reason: "需产业处主办？" }),
  cmd(cast.clerk, 5, assign),
  cmd(cast.scienceHandler, 6, accept),
  cmd(cast.clerk, 7, {
    _tag: "RecordCoordination",
    problem: "口径",
    outcome: "统一口径",
    unitIds: [],
  }),
  cmd(cast.clerk, 8, {
    _tag: "Press",
    unitId: units.science,
    level: "催办",
    fromSuperior: false,
  }),
  cmd(cast.clerk, 9, {
    _tag: "Press",
    unitId: units.science,
    level: "督办",
    fromSuperior: true,
  }),
  cmd(cast.industryHandler, 9, { _tag: "SubmitCoOpinion", opinion: "同意" }),
  cmd(cast.scienceHandler, 9, { _tag: "ReportProgress", text: "过半" }),
  cmd(cast.scienceHandler, 10, {
    _tag: "RequestExtension",
    newDueOn: date("2026-04-25"),
    reason: "r",
  }),
  cmd(cast.director, 10, { _tag: "RefuseExtension", reason: "不同意" }),
  cmd(cast.scienceHandler, 11, {
    _tag: "RequestExtension",
    newDueOn: date("2026-04-28"),
    reason: "r",
  }),
  cmd(cast.director, 11, { _tag: "ApproveExtension" }),
  cmd(cast.clerk, 12, {
    _tag: "Circulate",
    readers: [{ userId: cast.principal.userId, name: cast.principal.name }],
  }),
  cmd(cast.principal, 12, { _tag: "ConfirmRead" }),
  cmd(cast.scienceHandler, 20, feedback),
  cmd(cast.clerk, 20, { _tag: "SendBack", reason: "请补充数据" }),
  cmd(cast.scienceHandler, 20, feedback),
  cmd(cast.clerk, 21, { _tag: "FileCase" }),
];
