/**
 * One case of each of the seven processes from start to finish, as the office would take it:
 * each step by the demo user whose role it is (packages/api/src/demo/bureau.ts), the command as
 * the kernel defines it (packages/kernel/src/processes/<process>/commands.ts). The paths follow
 * the kernel's own scenarios (packages/kernel/src/shared/testing/scenarios), on the demo
 * bureau's units, people and registers. The browser fills each command's generated form from
 * these payloads, field by field.
 */

/** A file chosen in a form's file picker: uploaded, then its fields filled from the answer. */
export interface FileToUpload {
  readonly $file: { readonly name: string; readonly mimeType: string; readonly text: string };
  readonly medium: "paper" | "electronic";
}

export interface Step {
  readonly by: string;
  readonly command: { readonly _tag: string; readonly [field: string]: unknown };
  /** The status the case shows afterwards (its key in the kernel's `statusLabels`). */
  readonly status?: string;
  /** First tried wrongly: the server refuses it, and the form shows the refusal in words. */
  readonly refusedFirst?: {
    readonly command: { readonly _tag: string; readonly [field: string]: unknown };
    readonly says: string;
  };
}

export interface Journey {
  readonly process: string;
  readonly steps: ReadonlyArray<Step>;
  /** The terminal status the case ends in. */
  readonly ends: string;
}

/**
 * The server's clock in the journeys (see shifted-clock.mjs): a working day inside the years the
 * holiday calendar covers, so every time limit the kernel counts can be counted.
 */
export const serverClock = "2026-06-15T09:00:00+08:00";

/** A day `days` after the server's first day. */
export const bureauDate = (days = 0): string =>
  new Date(Date.parse(serverClock) + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

const today = bureauDate();
const year = Number(today.slice(0, 4));
const due = bureauDate(21);
const chengguo = { unitId: "chengguo", unitName: "成果转化处" };
const person = (userId: string, name: string) => ({ userId, name });
const pdf = (name: string, text: string): FileToUpload => ({
  $file: { name, mimeType: "application/pdf", text },
  medium: "electronic",
});
/** Register numbers far above the demo's, so they never meet one the demo used. */
const serial = 900 + Math.floor(Math.random() * 90);

export const journeys: ReadonlyArray<Journey> = [
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
          title: "关于加快建设科技创新平台的督办（端到端）",
          content: "请按市政府部署推进科技创新平台建设，按期报送落实情况。",
          receivedOn: today,
          timeLimit: bureauDate(28),
          attachments: [pdf("督办通知.pdf", "督办通知正文")],
        },
        status: "Registered",
      },
      {
        by: "zhuren",
        command: { _tag: "ProposeHandling", opinion: "拟请张副局长阅示，交成果转化处办理。" },
        status: "Proposed",
      },
      {
        by: "bangongshi",
        command: { _tag: "SubmitForInstruction", leader: person("fenguan", "张副局长") },
        status: "Submitted",
      },
      {
        by: "fenguan",
        command: { _tag: "GiveInstruction", instruction: "同意，请成果转化处抓紧办理。" },
        status: "Instructed",
      },
      { by: "bangongshi", command: { _tag: "RecordInstruction" }, status: "Recorded" },
      {
        by: "bangongshi",
        command: { _tag: "AssignUnits", lead: { ...chengguo, dueOn: due }, coUnits: [] },
        status: "Assigned",
      },
      { by: "chengban", command: { _tag: "AcceptAssignment" }, status: "Handling" },
      {
        by: "chengban",
        command: {
          _tag: "SubmitFeedback",
          summary: "平台建设方案已印发，书面报告已报送市政府督查室。",
          reportedToSuperiorOn: today,
          // 存查并归档 needs the report on paper and electronically (its decider's rule).
          attachments: [
            { ...pdf("办理情况报告（纸质扫描）.pdf", "纸质报告扫描件"), medium: "paper" },
            pdf("办理情况报告.pdf", "办理情况报告"),
          ],
        },
        status: "Reported",
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
          petitioner: { name: "刘某某", contact: "13900000000" },
          subject: "反映科技型中小企业补贴申报问题（端到端）",
          content: "来信反映补贴申报系统填报说明不清，希望尽快答复。",
          receivedOn: today,
          attachments: [],
        },
        status: "Registered",
      },
      {
        by: "bangongshi",
        command: { _tag: "ProposeHandling", opinion: "拟交成果转化处核实办理。" },
        status: "Proposed",
      },
      // 退回 with a reason: the director sends the proposal back, the clerk proposes again.
      {
        by: "zhuren",
        command: { _tag: "SendBack", reason: "请写明办理时限" },
        status: "Registered",
      },
      {
        by: "bangongshi",
        command: { _tag: "ProposeHandling", opinion: "拟交成果转化处核实办理，15日内答复。" },
        status: "Proposed",
      },
      {
        by: "zhuren",
        command: { _tag: "ReviewProposal", importance: "一般", opinion: "同意" },
        status: "ToAssign",
      },
      {
        by: "bangongshi",
        command: { _tag: "AssignUnits", lead: { ...chengguo, dueOn: due }, coUnits: [] },
        status: "Assigned",
      },
      { by: "chengban", command: { _tag: "AcceptAssignment" }, status: "Handling" },
      {
        by: "chengban",
        command: {
          _tag: "ReportResult",
          result: "已电话联系来信人并说明填报方法。",
          attachments: [],
        },
        status: "Reported",
      },
      {
        by: "bangongshi",
        // A refused action: an answer dated in the future (the kernel's 不能晚于今天 rule; the
        // form cannot know the server's today, so the server refuses it).
        refusedFirst: {
          command: {
            _tag: "ConcludePetition",
            answer: "已答复来信人。",
            answeredOn: bureauDate(30),
          },
          says: "不能晚于今天",
        },
        command: {
          _tag: "ConcludePetition",
          answer: "已答复来信人，来信人表示理解。",
          answeredOn: today,
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
          proposalNumber: `市政协十四届五次会议第0${serial}号`,
          kind: "政协提案",
          title: "关于完善科技成果转化服务体系的提案（端到端）",
          proposer: "王委员",
          content: "建议建设市级科技成果转化公共服务平台。",
          publishedOn: today,
          attachments: [],
        },
        status: "Found",
      },
      {
        by: "bangongshi",
        command: {
          _tag: "ConfirmIdentification",
          withinDuties: true,
          divisions: [chengguo],
          opinion: "属我局职责，建议签收。",
        },
        status: "Identified",
      },
      { by: "bangongshi", command: { _tag: "SignFor" }, status: "SignedFor" },
      {
        by: "bangongshi",
        command: {
          _tag: "ConsultFirstRound",
          category: "成果转化",
          units: [{ ...chengguo, role: "主办", agrees: true }],
          summary: "成果转化处同意主办。",
        },
        status: "FirstRoundHeld",
      },
      {
        by: "bangongshi",
        command: {
          _tag: "ConsultSecondRound",
          units: [{ ...chengguo, role: "主办", agrees: true }],
          summary: "确认成果转化处主办。",
        },
        status: "SecondRoundHeld",
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
        status: "PlanDrafted",
      },
      { by: "zhuren", command: { _tag: "SubmitPlan" }, status: "PlanSubmitted" },
      {
        by: "bangongshi",
        command: {
          _tag: "RecordMeetingDecision",
          decision: "通过",
          meetingOn: today,
          minutes: "同意办理工作意见。",
        },
        status: "Approved",
      },
      {
        by: "bangongshi",
        command: { _tag: "AssignUnits", lead: { ...chengguo, dueOn: due }, coUnits: [] },
        status: "Assigned",
      },
      { by: "chengban", command: { _tag: "AcceptAssignment" }, status: "Handling" },
      {
        by: "chengban",
        command: {
          _tag: "SubmitReply",
          replyClass: "A",
          summary: "平台已列入年度计划并启动建设。",
          attachments: [pdf("答复函.pdf", "答复函")],
        },
        status: "Replied",
      },
      {
        by: "bangongshi",
        command: { _tag: "UploadReply", organs: ["市政协"], uploadedOn: today },
        status: "Uploaded",
      },
      {
        by: "bangongshi",
        command: { _tag: "RecordSatisfaction", satisfaction: "满意" },
        status: "Answered",
      },
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
          title: "2015年第5次局长办公会纪要（端到端）",
          responsible: "武汉市科学技术局",
          year: 2015,
          date: "2015-05-12",
          attachments: [],
        },
        status: "Collected",
      },
      {
        by: "dangan",
        command: {
          _tag: "OrganiseItem",
          scheme: { year: 2015, version: "2015-1" },
          classCode: "BGS-01 综合",
          retention: "D10",
          orgCode: "BGS",
          pages: 8,
          indexTerms: ["局长办公会", "纪要"],
        },
        status: "Organised",
      },
      {
        by: "dangan",
        command: { _tag: "FileItem", archivalCode: `Z109-WS·2015-D10-BGS-0${serial}` },
        status: "Filed",
      },
      {
        by: "dangan",
        command: {
          _tag: "StoreItem",
          location: { repository: "一号库房", shelf: "A-03", box: "0009" },
        },
        status: "Stored",
      },
      {
        by: "dangan",
        command: {
          _tag: "ProposeDestruction",
          listNumber: `销〔${year}〕${serial}号`,
          reason: "保管期满，经鉴定无继续保存价值",
        },
        status: "DestructionProposed",
      },
      {
        by: "jianding",
        command: {
          _tag: "ApproveDestruction",
          opinion: "同意销毁",
          witnesses: [person("bangongshi", "王经办"), person("zhuren", "李主任")],
        },
        status: "DestructionApproved",
      },
      { by: "bangongshi", command: { _tag: "WitnessDestruction" } },
      { by: "zhuren", command: { _tag: "WitnessDestruction" } },
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
          title: "关于开展科技成果转化项目申报工作的通知（端到端）",
          kind: "通知",
          direction: "下行文",
          important: false,
          mainTo: ["各区科技局"],
          copyTo: [],
          body: "为加快推进科技成果转化，现就项目申报工作通知如下。",
          unitName: "成果转化处",
          attachments: [],
        },
        status: "Drafted",
      },
      {
        by: "chuzhang",
        command: { _tag: "CheckDraft", opinion: "同意，请办公室审稿。" },
        status: "Checked",
      },
      {
        by: "shenhe",
        command: { _tag: "ReviewDraft", opinion: "文字已核，格式规范。" },
        status: "Reviewed",
      },
      {
        by: "zhuren",
        command: {
          _tag: "SubmitForSignature",
          opinion: "拟同意，呈张副局长签发。",
          leader: person("fenguan", "张副局长"),
        },
        status: "AwaitingLeaderSignature",
      },
      { by: "fenguan", command: { _tag: "SignDraft", opinion: "同意发。" }, status: "Signed" },
      {
        by: "jiyao",
        command: { _tag: "AssignNumber", number: `武科〔${year}〕${serial}号` },
        status: "Numbered",
      },
      { by: "wenyin", command: { _tag: "PrintDocument", copies: 20 }, status: "Printed" },
      { by: "jiyao", command: { _tag: "SealDocument" }, status: "Sealed" },
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
          senderOrgan: "市人民政府办公厅",
          senderNumber: `武政办〔${year}〕${serial}号`,
          title: "关于做好科技创新券发放工作的通知（端到端）",
          documentKind: "通知",
          receivedOn: today,
          attachments: [],
        },
        status: "Registered",
      },
      {
        by: "zhuren",
        command: {
          _tag: "SubmitToLeader",
          opinion: "拟呈张副局长审批，交成果转化处办理。",
          route: "分管领导审批",
          leader: person("fenguan", "张副局长"),
        },
        status: "AwaitingApproval",
      },
      {
        by: "fenguan",
        command: { _tag: "GiveApproval", opinion: "请成果转化处办理。", dueOn: due },
        status: "Instructed",
      },
      {
        by: "jiyao",
        command: {
          _tag: "Dispatch",
          kind: "办件",
          readers: [],
          handling: { lead: { ...chengguo, dueOn: due }, coUnits: [] },
        },
        status: "Assigned",
      },
      { by: "chengban", command: { _tag: "AcceptAssignment" }, status: "Handling" },
      {
        by: "chengban",
        command: { _tag: "SubmitReply", summary: "已按通知要求完成发放工作。", attachments: [] },
        status: "Replied",
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
          title: "我局召开科技成果转化工作推进会（端到端）",
          body: "我局召开全市科技成果转化工作推进会，部署下一阶段重点工作。",
          draftingUnit: chengguo,
          classification: "非密",
          formedOn: today,
          mustDisclose: true,
          attachments: [],
        },
        status: "DivisionReview",
      },
      {
        by: "chuzhang",
        command: { _tag: "ReviewByDivisionHead", opinion: "内容属实，同意上载。" },
        status: "OfficerReview",
      },
      {
        by: "xinxiyuan",
        command: { _tag: "ReviewByInformationOfficer", opinion: "信息内容无误。" },
        status: "DirectorReview",
      },
      {
        by: "zhuren",
        command: { _tag: "ReviewByOfficeDirector", opinion: "同意。" },
        status: "Approved",
      },
      { by: "zhuren", command: { _tag: "SubmitToInformationCentre" }, status: "WithCentre" },
      {
        by: "bangongshi",
        command: {
          _tag: "RecordPublication",
          publishedOn: today,
          url: "https://kjj.wuhan.gov.cn/xwzx/gzdt/e2e.html",
        },
      },
    ],
  },
];
