import type { DataSource } from "../../data/data-source.js";
import { demoCast, demoUnits } from "./demo-cast.js";
import { makeDemoDataSource } from "./demo-data-source.js";

const { clerk, director, leader, scienceHandler } = demoCast;
const at = (day: string, hour = 9) => `${day}T${String(hour).padStart(2, "0")}:00:00+08:00`;
const leaderRef = { userId: leader.userId, name: leader.name };
const lead = (dueOn: string) => ({ ...demoUnits.science, dueOn });

/** 市长信箱件 need the result's electronic copy; the bytes live outside the log, so a hash only. */
const electronicReport = {
  id: "att-report-9",
  name: "办理结果.docx",
  mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  size: 4096,
  sha256: "a".repeat(64),
  medium: "electronic",
};

const letter = (number: string, subject: string, receivedOn: string, channel = "letter") => ({
  _tag: "RegisterPetition",
  number,
  channel,
  origin: channel === "mayors-mailbox" ? "superior" : "public",
  petitioner: { name: "刘某", contact: "13800000000" },
  subject,
  content: "来信反映的具体情况。",
  receivedOn,
  attachments: [],
});

const item = (number: string, title: string, receivedOn: string, timeLimit: string) => ({
  _tag: "RegisterItem",
  number,
  kind: "督办件",
  sourceOrgan: "市政府督查室",
  title,
  content: "请按要求办理并反馈。",
  receivedOn,
  timeLimit,
  attachments: [],
});

/**
 * The demo office on 2026-03-20, signed in as 王经办 (局办公室经办人): cases of two processes at
 * different steps, so every box, every traffic light and every kind of form has something in it.
 */
export const makeSeededDemo = (today = "2026-03-20"): DataSource => {
  const { source, actAs } = makeDemoDataSource({ me: clerk, today });
  const p = (caseId: string) => ({
    as: (actor: typeof clerk, day: string, payload: unknown) => {
      actAs(actor, "petition", caseId, payload, at(day));
      return p(caseId);
    },
  });
  const s = (caseId: string) => ({
    as: (actor: typeof clerk, day: string, payload: unknown) => {
      actAs(actor, "supervision", caseId, payload, at(day));
      return s(caseId);
    },
  });
  const propose = { _tag: "ProposeHandling", opinion: "拟交科技处办理。" };
  const general = { _tag: "ReviewProposal", importance: "一般", opinion: "同意，交科技处。" };

  p("petition-3").as(
    clerk,
    "2026-03-18",
    letter("信〔2026〕3号", "反映科技项目补贴发放问题", "2026-03-17"),
  );
  p("petition-5")
    .as(clerk, "2026-03-10", letter("信〔2026〕5号", "咨询高新技术企业认定", "2026-03-09"))
    .as(clerk, "2026-03-11", propose);
  p("petition-7")
    .as(clerk, "2026-03-02", letter("信〔2026〕7号", "Lab 设备采购投诉", "2026-03-01"))
    .as(clerk, "2026-03-03", propose)
    .as(director, "2026-03-04", general);
  p("petition-9")
    .as(
      clerk,
      "2026-01-05",
      letter("信〔2026〕9号", "科技园区停车难", "2026-01-04", "mayors-mailbox"),
    )
    .as(clerk, "2026-01-06", propose)
    .as(director, "2026-01-07", general)
    .as(clerk, "2026-01-08", { _tag: "AssignUnits", lead: lead("2026-03-05"), coUnits: [] })
    .as(scienceHandler, "2026-01-09", { _tag: "AcceptAssignment" })
    .as(scienceHandler, "2026-03-01", {
      _tag: "ReportResult",
      result: "已协调园区增设车位。",
      attachments: [electronicReport],
    });

  s("supervision-2").as(
    clerk,
    "2026-03-02",
    item("督〔2026〕2号", "科技成果转化专项督查", "2026-03-01", "2026-03-10"),
  );
  s("supervision-4")
    .as(
      clerk,
      "2026-03-05",
      item("督〔2026〕4号", "AI 产业政策落实情况", "2026-03-04", "2026-03-24"),
    )
    .as(director, "2026-03-06", propose)
    .as(clerk, "2026-03-06", { _tag: "SubmitForInstruction", leader: leaderRef })
    .as(leader, "2026-03-07", { _tag: "GiveInstruction", instruction: "请办公室抓紧落实。" });
  s("supervision-6")
    .as(clerk, "2026-03-01", item("督〔2026〕6号", "创新平台建设进度", "2026-02-28", "2026-04-30"))
    .as(director, "2026-03-02", propose)
    .as(clerk, "2026-03-02", { _tag: "SubmitForInstruction", leader: leaderRef })
    .as(leader, "2026-03-03", { _tag: "GiveInstruction", instruction: "同意。" })
    .as(clerk, "2026-03-03", { _tag: "RecordInstruction" })
    .as(clerk, "2026-03-04", { _tag: "AssignUnits", lead: lead("2026-04-20"), coUnits: [] })
    .as(scienceHandler, "2026-03-05", { _tag: "AcceptAssignment" })
    .as(director, "2026-03-06", {
      _tag: "Circulate",
      readers: [{ userId: clerk.userId, name: clerk.name }],
    });
  return source;
};
