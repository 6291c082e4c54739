/**
 * The demo's sample cases: each a list of steps, each step a user and the command they issue.
 * Register numbers are left out: the server takes them from the registers, as in real use.
 */
export interface DemoStep {
  readonly by: string;
  readonly command: Readonly<Record<string, unknown>>;
}

export interface DemoCase {
  readonly process: string;
  readonly steps: ReadonlyArray<DemoStep>;
}

const sha = (c: string) => c.repeat(64);
const file = (id: string, name: string, medium: "paper" | "electronic", c: string) => ({
  id,
  name,
  mediaType: "application/pdf",
  size: 20_480,
  sha256: sha(c),
  medium,
});

const register = (title: string, content: string, receivedOn: string, timeLimit: string) => ({
  by: "bangongshi",
  command: {
    _tag: "RegisterItem",
    kind: "督办件",
    sourceOrgan: "市政府督查室",
    title,
    content,
    receivedOn,
    timeLimit,
    attachments: [file("notice", "督办通知.pdf", "electronic", "a")],
  },
});

/** 政务督查 up to a given step: the steps in the order the chart takes them. */
const supervisionSteps = (title: string, content: string, day: string): ReadonlyArray<DemoStep> => [
  register(title, content, day, "2026-12-18"),
  {
    by: "zhuren",
    command: { _tag: "ProposeHandling", opinion: "拟请张副局长阅示，交成果转化处办理。" },
  },
  {
    by: "bangongshi",
    command: { _tag: "SubmitForInstruction", leader: { userId: "fenguan", name: "张副局长" } },
  },
  {
    by: "fenguan",
    command: { _tag: "GiveInstruction", instruction: "同意，请成果转化处抓紧办理，按期反馈。" },
  },
  { by: "bangongshi", command: { _tag: "RecordInstruction" } },
  {
    by: "bangongshi",
    command: {
      _tag: "AssignUnits",
      lead: { unitId: "chengguo", unitName: "成果转化处", dueOn: "2026-12-15" },
      coUnits: [],
    },
  },
  { by: "chengban", command: { _tag: "AcceptAssignment" } },
  {
    by: "chengban",
    command: {
      _tag: "SubmitFeedback",
      summary: "已完成相关工作，书面报告已报送市政府督查室。",
      reportedToSuperiorOn: day,
      attachments: [
        file("report-paper", "办理情况报告（纸质扫描）.pdf", "paper", "b"),
        file("report-e", "办理情况报告.pdf", "electronic", "c"),
      ],
    },
  },
  { by: "bangongshi", command: { _tag: "FileCase" } },
];

const upTo = (steps: ReadonlyArray<DemoStep>, count: number) => steps.slice(0, count);

export const demoCases: ReadonlyArray<DemoCase> = [
  {
    process: "supervision",
    steps: supervisionSteps(
      "关于推进科技成果转化工作的督办",
      "请按照市政府部署，加快推进高校院所科技成果转化，报送落实情况。",
      "2026-09-01",
    ),
  },
  {
    process: "supervision",
    steps: upTo(
      supervisionSteps(
        "关于优化创新创业营商环境的督办",
        "请梳理企业反映的问题并提出整改措施。",
        "2026-09-01",
      ),
      7,
    ),
  },
  {
    process: "supervision",
    steps: upTo(
      supervisionSteps(
        "关于科技企业孵化器建设情况的督办电话记录",
        "市政府督查室来电，了解孵化器建设进度。",
        "2026-09-01",
      ),
      3,
    ),
  },
  {
    process: "supervision",
    steps: upTo(
      supervisionSteps(
        "关于重大科技专项资金使用情况的督办",
        "请报送专项资金使用及绩效情况。",
        "2026-09-01",
      ),
      1,
    ),
  },
  {
    process: "petition",
    steps: [
      {
        by: "bangongshi",
        command: {
          _tag: "RegisterPetition",
          channel: "mayors-mailbox",
          origin: "superior",
          referenceNumber: "市长信箱 20260901-017",
          petitioner: { name: "刘某某", contact: "139****0000" },
          subject: "反映科技型中小企业研发费用补贴申报问题",
          content: "来信人反映研发费用补贴申报系统填报说明不清，希望尽快答复。",
          receivedOn: "2026-09-01",
          attachments: [],
        },
      },
      {
        by: "bangongshi",
        command: { _tag: "ProposeHandling", opinion: "拟交成果转化处核实办理。" },
      },
    ],
  },
  {
    process: "proposal",
    steps: [
      {
        by: "bangongshi",
        command: {
          _tag: "RecordItem",
          proposalNumber: "市政协十四届五次会议第0123号",
          kind: "政协提案",
          title: "关于加快科技成果转化平台建设的提案",
          proposer: "王委员",
          content: "建议整合高校院所资源，建设市级科技成果转化公共服务平台。",
          publishedOn: "2026-09-01",
          attachments: [],
        },
      },
      {
        by: "bangongshi",
        command: {
          _tag: "ConfirmIdentification",
          withinDuties: true,
          divisions: [{ unitId: "chengguo", unitName: "成果转化处" }],
          opinion: "属我局职责，建议签收。",
        },
      },
    ],
  },
  {
    process: "archive",
    steps: [
      {
        by: "dangan",
        command: {
          _tag: "CollectItem",
          category: "WS",
          kind: "重大会议及领导讲话",
          title: "2026年全市科技创新大会局长讲话",
          responsible: "武汉市科学技术局",
          year: 2026,
          date: "2026-08-28",
          attachments: [file("speech", "局长讲话.pdf", "electronic", "d")],
        },
      },
    ],
  },
  {
    process: "outgoing",
    steps: [
      {
        by: "chengban",
        command: {
          _tag: "DraftDocument",
          title: "关于开展2026年度科技成果转化项目申报工作的通知",
          kind: "通知",
          direction: "下行文",
          important: false,
          mainTo: ["各区科技局"],
          copyTo: [],
          body: "为加快推进科技成果转化，现就2026年度项目申报工作通知如下。",
          unitName: "成果转化处",
          attachments: [],
        },
      },
      { by: "chuzhang", command: { _tag: "CheckDraft", opinion: "同意，请办公室审稿。" } },
    ],
  },
  {
    process: "incoming",
    steps: [
      {
        by: "jiyao",
        command: {
          _tag: "RegisterDocument",
          senderOrgan: "市人民政府办公厅",
          senderNumber: "武政办〔2026〕88号",
          title: "市人民政府办公厅关于做好科技创新券发放工作的通知",
          documentKind: "通知",
          receivedOn: "2026-09-01",
          attachments: [],
        },
      },
    ],
  },
  {
    process: "publication",
    steps: [
      {
        by: "luru",
        command: {
          _tag: "UploadItem",
          column: "工作动态",
          title: "我局召开科技成果转化工作推进会",
          body: "9月1日，我局召开全市科技成果转化工作推进会，部署下一阶段重点工作。",
          draftingUnit: { unitId: "chengguo", unitName: "成果转化处" },
          classification: "非密",
          formedOn: "2026-09-01",
          mustDisclose: true,
          attachments: [],
        },
      },
      {
        by: "chuzhang",
        command: { _tag: "ReviewByDivisionHead", opinion: "内容属实，同意上载。" },
      },
    ],
  },
];
