import type {
  AssignUnits,
  PetitionCommand,
  ProposeHandling,
  RegisterPetition,
  ReportResult,
  ReviewProposal,
} from "../../../processes/petition/index.js";
import { AttachmentId } from "../../attachment.js";
import type { Command } from "../../decider.js";
import type {
  AcceptAssignment,
  GiveInstruction,
  SubmitForInstruction,
} from "../../operations/index.js";
import { cast, commandOn, date, hash, units } from "../fixtures.js";

// The test data of petition: the payloads and people its decider tests use, and the
// scenario the golden fixture (test/fixtures/petition.jsonl) is recorded from.

export const on = (day: number, month = 3) =>
  `2026-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}T09:00:00+08:00`;
export { date };
export const cmd = commandOn<PetitionCommand>(on);
export { hash };
export const eResult = {
  id: AttachmentId.make("att-result"),
  name: "办理结果.docx",
  mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  size: 4096,
  sha256: hash("a"),
  medium: "electronic",
} as const;
export const paperResult = {
  ...eResult,
  id: AttachmentId.make("att-paper"),
  sha256: hash("b"),
  medium: "paper",
} as const;

export const letter: RegisterPetition = {
  _tag: "RegisterPetition",
  number: "信〔2026〕3号",
  channel: "letter",
  origin: "public",
  petitioner: { name: "刘某", contact: "13800000000" },
  subject: "反映科技项目补贴发放问题",
  content: "……",
  receivedOn: date("2026-03-01"),
  attachments: [],
};
export const mailbox: RegisterPetition = {
  ...letter,
  number: "信〔2026〕4号",
  channel: "mayors-mailbox",
  origin: "superior",
  referenceNumber: "市长信箱20260301-17",
};
export const propose: ProposeHandling = { _tag: "ProposeHandling", opinion: "拟交科技处办理。" };
export const general: ReviewProposal = {
  _tag: "ReviewProposal",
  importance: "一般",
  opinion: "同意",
};
export const important: ReviewProposal = {
  _tag: "ReviewProposal",
  importance: "重要",
  opinion: "请报局领导",
};
export const submit: SubmitForInstruction = {
  _tag: "SubmitForInstruction",
  leader: { userId: cast.leader.userId, name: cast.leader.name },
};
export const instruct: GiveInstruction = {
  _tag: "GiveInstruction",
  instruction: "请科技处认真核查。",
};
export const lead = { unitId: units.science, unitName: "科技处", dueOn: date("2026-04-30") };
export const assign: AssignUnits = { _tag: "AssignUnits", lead, coUnits: [] };
export const accept: AcceptAssignment = { _tag: "AcceptAssignment" };
export const result: ReportResult = {
  _tag: "ReportResult",
  result: "已核查并发放。",
  attachments: [eResult],
};

/**
 * The scenario of the golden fixture: an important mayor's-mailbox petition through 报批, 延期
 * and 统一回复 (see decider.test.ts).
 */
export const scenario: ReadonlyArray<Command<PetitionCommand>> = [
  cmd(cast.clerk, 2, mailbox),
  cmd(cast.clerk, 2, propose),
  cmd(cast.director, 2, { _tag: "SendBack", reason: "请补充" }),
  cmd(cast.clerk, 2, propose),
  cmd(cast.director, 3, important),
  cmd(cast.clerk, 3, submit),
  cmd(cast.deputy, 4, instruct, cast.leader),
  cmd(cast.clerk, 4, {
    _tag: "AssignUnits",
    lead,
    coUnits: [{ unitId: units.industry, unitName: "产业处", dueOn: date("2026-04-20") }],
  }),
  cmd(cast.scienceHandler, 5, accept),
  cmd(cast.industryHandler, 6, { _tag: "SubmitCoOpinion", opinion: "已核实" }),
  cmd(cast.clerk, 7, {
    _tag: "Press",
    unitId: units.science,
    level: "催办",
    fromSuperior: true,
  }),
  cmd(cast.scienceHandler, 8, { _tag: "ReportProgress", text: "核查中" }),
  cmd(cast.scienceHandler, 10, {
    _tag: "RequestExtension",
    newDueOn: date("2026-05-20"),
    reason: "r",
  }),
  cmd(cast.principal, 11, { _tag: "ApproveExtension", notice: "延期理由已告知" }),
  cmd(cast.scienceHandler, 20, result),
  cmd(cast.clerk, 21, {
    _tag: "ReplyToMailbox",
    reply: "您好，……",
    repliedOn: date("2026-03-21"),
  }),
];
