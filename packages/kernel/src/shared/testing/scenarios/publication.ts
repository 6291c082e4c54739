import type {
  PublicationCommand,
  RecordPublication,
  RejectToClerk,
  ResubmitItem,
  ReviewByDivisionHead,
  ReviewByInformationOfficer,
  ReviewByOfficeDirector,
  SubmitToInformationCentre,
  UploadItem,
} from "../../../processes/publication/index.js";
import { AttachmentId } from "../../attachment.js";
import type { Command } from "../../decider.js";
import { cast, commandOn, date, hash, inMarch, person, units } from "../fixtures.js";

// The test data of publication: the payloads and people its decider tests use, and the
// scenario the golden fixture (test/fixtures/publication.jsonl) is recorded from.

/**
 * The shared cast has no 录入员 or 信息员: they are added here, with a second division head (of
 * another division) and a deputy who reviews for the 处长 under a delegation (委托).
 */
export { person };
export const people = {
  ...cast,
  enterer: person("u-entry", "林录入", "office", "data-entry-clerk"),
  enterer2: person("u-entry2", "何录入", "office", "data-entry-clerk"),
  officer: person("u-info", "马信息员", "office", "information-officer"),
  industryHead: person("u-ind-head", "冯处长", "industry", "division-head"),
  scienceDeputy: person("u-sci-dep", "杨副处长", "science", "division-handler"),
} as const;

/** 2026-03-<day> at 09:00 in Shanghai. */
export const on = inMarch;
export { date };
export const cmd = commandOn<PublicationCommand>(on);

export { hash };
export const photo = {
  id: AttachmentId.make("att-photo"),
  name: "调研现场.jpg",
  mediaType: "image/jpeg",
  size: 40960,
  sha256: hash("a"),
  medium: "electronic",
} as const;

export const upload: UploadItem = {
  _tag: "UploadItem",
  column: "工作动态",
  title: "市科技局赴东湖高新区调研科技成果转化工作",
  body: "3月2日，局领导带队赴东湖高新区调研……",
  draftingUnit: { unitId: units.science, unitName: "科技处" },
  classification: "非密",
  formedOn: date("2026-03-02"),
  mustDisclose: true,
  attachments: [photo],
};
export const headApproves: ReviewByDivisionHead = {
  _tag: "ReviewByDivisionHead",
  opinion: "内容属实，同意上载。",
};
export const officerApproves: ReviewByInformationOfficer = {
  _tag: "ReviewByInformationOfficer",
  opinion: "信息内容无误。",
};
export const directorApproves: ReviewByOfficeDirector = {
  _tag: "ReviewByOfficeDirector",
  opinion: "符合工作动态栏目要求，同意。",
};
export const reject: RejectToClerk = {
  _tag: "RejectToClerk",
  grounds: ["格式"],
  reason: "图片须注明拍摄单位，标题过长。",
};
export const resubmit: ResubmitItem = {
  _tag: "ResubmitItem",
  column: "工作动态",
  title: "市科技局调研东湖高新区成果转化",
  body: "3月2日，局领导带队赴东湖高新区调研……（图：科技处）",
  note: "缩短标题，补注图片来源",
};
export const toCentre: SubmitToInformationCentre = { _tag: "SubmitToInformationCentre" };
export const published: RecordPublication = {
  _tag: "RecordPublication",
  publishedOn: date("2026-03-06"),
  url: "https://kjj.wuhan.gov.cn/xwzx/gzdt/202603/t20260306_001.html",
};

/** The scenario of the golden fixture: one case through every branch (see decider.test.ts). */
export const scenario: ReadonlyArray<Command<PublicationCommand>> = [
  cmd(people.enterer, 3, upload),
  // 撤回 before the 处长 acts, fix, send again.
  cmd(people.enterer, 3, { _tag: "Withdraw", reason: "漏传图片" }),
  cmd(people.enterer, 3, {
    _tag: "AttachFile",
    attachment: { ...photo, id: AttachmentId.make("att-2"), sha256: hash("e") },
  }),
  cmd(people.enterer, 3, { ...resubmit, title: upload.title, note: "补传图片" }),
  // Round 1: the 处长 rejects (content).
  cmd(people.scienceHead, 4, {
    _tag: "RejectToClerk",
    grounds: ["内容"],
    reason: "数据须核实",
  }),
  cmd(people.enterer, 4, resubmit),
  // Round 2: the 处长 approves, takes it back, approves again; the officer rejects (format).
  cmd(people.scienceHead, 5, headApproves),
  cmd(people.scienceHead, 5, { _tag: "Withdraw" }),
  cmd(people.scienceDeputy, 5, headApproves, people.scienceHead),
  cmd(people.officer, 5, { _tag: "RejectToClerk", grounds: ["格式"], reason: "段落格式不符" }),
  cmd(people.enterer2, 6, { ...resubmit, note: "调整段落" }),
  // Round 3: up to the director, who rejects (column).
  cmd(people.scienceHead, 9, headApproves),
  cmd(people.officer, 9, officerApproves),
  cmd(people.director, 9, {
    _tag: "RejectToClerk",
    grounds: ["内容", "格式"],
    reason: "应发公告通知栏目",
  }),
  cmd(people.enterer, 10, { ...resubmit, column: "公告通知" }),
  // Round 4: through every review; to the centre, taken back, sent again; published.
  cmd(people.scienceHead, 10, headApproves),
  cmd(people.officer, 10, officerApproves),
  cmd(people.officer, 10, { _tag: "Withdraw" }),
  cmd(people.officer, 11, officerApproves),
  cmd(cast.clerk, 11, {
    _tag: "Circulate",
    readers: [{ userId: cast.principal.userId, name: cast.principal.name }],
  }),
  cmd(cast.principal, 11, { _tag: "ConfirmRead" }),
  cmd(people.director, 11, { _tag: "AddComment", text: "请信息中心尽快上载" }),
  cmd(people.director, 11, directorApproves),
  cmd(people.director, 12, toCentre),
  cmd(people.director, 12, { _tag: "Withdraw", reason: "附件版本有误" }),
  cmd(people.director, 12, toCentre),
  cmd(people.director, 13, { ...published, publishedOn: date("2026-03-13") }),
];
