import type { DemoStep } from "../demo/cases.js";

/**
 * One complete case of each of the seven processes, from its first step to its closing one, as
 * the demo bureau's people would do it: each step names the user whose role the step needs
 * (`by`). Numbers from registers (督/信/收, 发文字号, 档号) are left out, so the server takes them,
 * as in real use. The clock runs from 2026-09-01 09:00 (+08:00), so every date below is in
 * the past of the step that names it and every deadline after it.
 */
export interface FullCase {
  readonly process: string;
  /** The status the case ends in (a terminal one: the case is closed). */
  readonly ends: string;
  readonly steps: ReadonlyArray<DemoStep>;
}

const pdf = (
  id: string,
  name: string,
  c: string,
  medium: "paper" | "electronic" = "electronic",
) => ({
  id,
  name,
  mediaType: "application/pdf",
  size: 10_240,
  sha256: c.repeat(64),
  medium,
});
const chengguo = { unitId: "chengguo", unitName: "成果转化处" };
const due = "2026-10-30";

export const fullCases: ReadonlyArray<FullCase> = [
  {
    process: "supervision",
    ends: "Filed",
    steps: [
      {
        by: "bangongshi",
        command: {
          _tag: "RegisterItem",
          kind: "督办件",
          sourceOrgan: "市政府督查室",
          title: "关于科技型企业培育工作的督办",
          content: "请报送科技型企业培育工作进展。",
          receivedOn: "2026-09-01",
          timeLimit: due,
          attachments: [pdf("notice", "督办通知.pdf", "a")],
        },
      },
      { by: "zhuren", command: { _tag: "ProposeHandling", opinion: "拟请张副局长阅示。" } },
      {
        by: "bangongshi",
        command: { _tag: "SubmitForInstruction", leader: { userId: "fenguan", name: "张副局长" } },
      },
      { by: "fenguan", command: { _tag: "GiveInstruction", instruction: "请成果转化处办理。" } },
      { by: "bangongshi", command: { _tag: "RecordInstruction" } },
      {
        by: "bangongshi",
        command: { _tag: "AssignUnits", lead: { ...chengguo, dueOn: due }, coUnits: [] },
      },
      { by: "chengban", command: { _tag: "AcceptAssignment" } },
      { by: "chengban", command: { _tag: "ReportProgress", text: "已完成摸底。" } },
      {
        by: "chengban",
        command: {
          _tag: "SubmitFeedback",
          summary: "已完成，书面报告已报市政府督查室。",
          reportedToSuperiorOn: "2026-09-01",
          attachments: [
            pdf("report-paper", "报告（纸质）.pdf", "b", "paper"),
            pdf("report-e", "报告.pdf", "c"),
          ],
        },
      },
      { by: "bangongshi", command: { _tag: "FileCase" } },
    ],
  },
  {
    process: "petition",
    ends: "Concluded",
    steps: [
      {
        by: "bangongshi",
        command: {
          _tag: "RegisterPetition",
          channel: "letter",
          origin: "public",
          petitioner: { name: "刘某", contact: "13800000000" },
          subject: "反映科技项目补贴发放问题",
          content: "来信反映补贴迟迟未到账。",
          receivedOn: "2026-09-01",
          attachments: [],
        },
      },
      { by: "bangongshi", command: { _tag: "ProposeHandling", opinion: "拟交成果转化处核实。" } },
      { by: "zhuren", command: { _tag: "ReviewProposal", importance: "一般", opinion: "同意" } },
      {
        by: "bangongshi",
        command: { _tag: "AssignUnits", lead: { ...chengguo, dueOn: due }, coUnits: [] },
      },
      { by: "chengban", command: { _tag: "AcceptAssignment" } },
      {
        by: "chengban",
        command: {
          _tag: "ReportResult",
          result: "已核查，补贴已发放。",
          attachments: [pdf("result", "办理结果.pdf", "d")],
        },
      },
      {
        by: "bangongshi",
        command: {
          _tag: "ConcludePetition",
          answer: "经核查，补贴已于9月发放到位。",
          answeredOn: "2026-09-01",
        },
      },
    ],
  },
  {
    process: "proposal",
    ends: "Closed",
    steps: [
      {
        by: "bangongshi",
        command: {
          _tag: "RecordItem",
          proposalNumber: "第20260123号",
          kind: "人大建议",
          title: "关于加快科技成果转化的建议",
          proposer: "刘代表",
          content: "建议设立成果转化专项资金。",
          publishedOn: "2026-09-01",
          attachments: [],
        },
      },
      {
        by: "bangongshi",
        command: {
          _tag: "ConfirmIdentification",
          withinDuties: true,
          divisions: [chengguo],
          opinion: "属我局成果转化职责。",
        },
      },
      { by: "bangongshi", command: { _tag: "SignFor" } },
      {
        by: "bangongshi",
        command: {
          _tag: "ConsultFirstRound",
          category: "成果转化",
          units: [{ ...chengguo, role: "主办", agrees: true }],
          summary: "成果转化处同意主办。",
        },
      },
      {
        by: "bangongshi",
        command: {
          _tag: "ConsultSecondRound",
          units: [{ ...chengguo, role: "主办", agrees: true }],
          summary: "确认成果转化处主办。",
        },
      },
      {
        by: "bangongshi",
        command: {
          _tag: "DraftPlan",
          plan: "成果转化处主办，三个月内答复。",
          lead: chengguo,
          coUnits: [],
          complex: false,
        },
      },
      { by: "zhuren", command: { _tag: "SubmitPlan" } },
      {
        by: "bangongshi",
        command: {
          _tag: "RecordMeetingDecision",
          decision: "通过",
          meetingOn: "2026-09-01",
          minutes: "同意办理工作意见。",
        },
      },
      {
        by: "bangongshi",
        command: { _tag: "AssignUnits", lead: { ...chengguo, dueOn: due }, coUnits: [] },
      },
      { by: "chengban", command: { _tag: "AcceptAssignment" } },
      {
        by: "chengban",
        command: {
          _tag: "SubmitReply",
          replyClass: "A",
          summary: "专项资金已设立。",
          attachments: [pdf("reply", "答复函.pdf", "e")],
        },
      },
      {
        by: "bangongshi",
        command: { _tag: "UploadReply", organs: ["市人大"], uploadedOn: "2026-09-01" },
      },
      { by: "bangongshi", command: { _tag: "RecordSatisfaction", satisfaction: "满意" } },
      { by: "zhuren", command: { _tag: "CloseCase" } },
    ],
  },
  {
    process: "archive",
    ends: "Destroyed",
    steps: [
      {
        by: "dangan",
        command: {
          _tag: "CollectItem",
          category: "WS",
          kind: "重大会议及领导讲话",
          title: "2015年第3次局长办公会纪要",
          responsible: "武汉市科学技术局",
          year: 2015,
          date: "2015-03-10",
          attachments: [pdf("minutes", "纪要扫描件.pdf", "f", "paper")],
        },
      },
      {
        by: "dangan",
        command: {
          _tag: "OrganiseItem",
          scheme: { year: 2015, version: "2015-1" },
          classCode: "BGS-01 综合",
          retention: "D10",
          orgCode: "BGS",
          pages: 12,
          indexTerms: ["局长办公会", "纪要"],
        },
      },
      // No 档号 given: the server takes the next 件号 from the 档号 register.
      { by: "dangan", command: { _tag: "FileItem" } },
      {
        by: "dangan",
        command: { _tag: "StoreItem", location: { repository: "一号库房", shelf: "A-03" } },
      },
      {
        by: "dangan",
        command: {
          _tag: "ProposeDestruction",
          listNumber: "销〔2026〕1号",
          reason: "保管期满，经鉴定无继续保存价值",
        },
      },
      {
        by: "jianding",
        command: {
          _tag: "ApproveDestruction",
          opinion: "同意销毁",
          witnesses: [
            { userId: "bangongshi", name: "王经办" },
            { userId: "zhuren", name: "李主任" },
          ],
        },
      },
      { by: "zhuren", command: { _tag: "WitnessDestruction" } },
      { by: "bangongshi", command: { _tag: "WitnessDestruction" } },
      { by: "dangan", command: { _tag: "DestroyItem", method: "粉碎" } },
    ],
  },
  {
    process: "outgoing",
    ends: "Distributed",
    steps: [
      {
        by: "chengban",
        command: {
          _tag: "DraftDocument",
          title: "关于开展2026年科技活动周的通知",
          kind: "通知",
          direction: "下行文",
          important: false,
          mainTo: ["各区科技局"],
          copyTo: [],
          body: "各区科技局：……",
          unitName: "成果转化处",
          attachments: [],
        },
      },
      { by: "chuzhang", command: { _tag: "CheckDraft", opinion: "同意，请办公室审核。" } },
      { by: "shenhe", command: { _tag: "ReviewDraft", opinion: "文字已核，格式规范。" } },
      {
        by: "zhuren",
        command: {
          _tag: "SubmitForSignature",
          opinion: "拟同意，呈张副局长审签。",
          leader: { userId: "fenguan", name: "张副局长" },
        },
      },
      { by: "fenguan", command: { _tag: "SignDraft", opinion: "同意发。" } },
      // No 发文字号 given: the server takes the next one under the 机关代字 named.
      { by: "jiyao", command: { _tag: "AssignNumber", prefix: "武科" } },
      { by: "wenyin", command: { _tag: "PrintDocument", copies: 20 } },
      { by: "jiyao", command: { _tag: "SealDocument" } },
      {
        by: "chengban",
        command: {
          _tag: "DistributeDocument",
          recipients: ["各区科技局"],
          method: "电子公文系统",
        },
      },
    ],
  },
  {
    process: "incoming",
    ends: "Filed",
    steps: [
      {
        by: "jiyao",
        command: {
          _tag: "RegisterDocument",
          senderOrgan: "省科学技术厅",
          senderNumber: "鄂科技发〔2026〕5号",
          title: "关于开展2026年度科技成果转化评估工作的通知",
          documentKind: "通知",
          receivedOn: "2026-09-01",
          timeLimit: due,
          attachments: [pdf("doc", "来文扫描件.pdf", "1")],
        },
      },
      {
        by: "zhuren",
        command: {
          _tag: "SubmitToLeader",
          opinion: "拟呈张副局长审批，交成果转化处办理。",
          route: "分管领导审批",
          leader: { userId: "fenguan", name: "张副局长" },
        },
      },
      { by: "fenguan", command: { _tag: "GiveApproval", opinion: "请成果转化处办理。" } },
      {
        by: "jiyao",
        command: {
          _tag: "Dispatch",
          kind: "办件",
          readers: [],
          handling: { lead: { ...chengguo, dueOn: due }, coUnits: [] },
        },
      },
      { by: "chengban", command: { _tag: "AcceptAssignment" } },
      {
        by: "chengban",
        command: {
          _tag: "SubmitReply",
          summary: "已按要求完成评估。",
          attachments: [pdf("reply", "办理情况报告.pdf", "2")],
        },
      },
      { by: "jiyao", command: { _tag: "FileDocument" } },
    ],
  },
  {
    process: "publication",
    ends: "Published",
    steps: [
      {
        by: "luru",
        command: {
          _tag: "UploadItem",
          column: "工作动态",
          title: "市科技局调研科技成果转化工作",
          body: "9月1日，局领导带队调研……",
          draftingUnit: chengguo,
          classification: "非密",
          formedOn: "2026-09-01",
          mustDisclose: true,
          attachments: [],
        },
      },
      { by: "chuzhang", command: { _tag: "ReviewByDivisionHead", opinion: "内容属实。" } },
      { by: "xinxiyuan", command: { _tag: "ReviewByInformationOfficer", opinion: "无误。" } },
      { by: "zhuren", command: { _tag: "ReviewByOfficeDirector", opinion: "同意上载。" } },
      { by: "zhuren", command: { _tag: "SubmitToInformationCentre" } },
      {
        by: "zhuren",
        command: {
          _tag: "RecordPublication",
          publishedOn: "2026-09-01",
          url: "https://kjj.wuhan.gov.cn/xwzx/gzdt/202609/t20260901_001.html",
        },
      },
    ],
  },
];
