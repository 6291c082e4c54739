/**
 * A realistic log for the replay and verify benchmarks: cases of 政务督查 (supervision) and
 * 来信来访 (petition) driven command by command through the kernel's own deciders, so every
 * stored event is one the kernel produced and its schemas must decode. Cases differ in their
 * numbers, titles, dates and paths (with or without 报批, 延期, 退回), as a year of the office's
 * work would.
 */
import {
  type Actor,
  AttachmentId,
  CaseId,
  type Command,
  CommandId,
  Instant,
  LocalDate,
  type Petition,
  petition,
  type Supervision,
  supervision,
  UnitId,
  UserId,
} from "@banli/kernel";
import { Either } from "effect";
import type { EncodedEvent } from "../codec.js";
import { makeEventCodec } from "../codec.js";

const person = (id: string, name: string, unit: string, role: Actor["roles"][number]): Actor => ({
  userId: UserId.make(id),
  name,
  unitId: UnitId.make(unit),
  roles: [role],
});

const cast = {
  clerk: person("u-clerk", "王经办", "office", "office-clerk"),
  director: person("u-director", "李主任", "office", "office-director"),
  leader: person("u-leader", "张局长", "leadership", "leader-in-charge"),
  principal: person("u-principal", "陈局长", "leadership", "principal-leader"),
  scienceHandler: person("u-sci", "周科员", "science", "division-handler"),
  industryHandler: person("u-ind", "郑科员", "industry", "division-handler"),
};

const units = { science: UnitId.make("science"), industry: UnitId.make("industry") };
const date = (s: string) => LocalDate.make(s);
const topics = ["科技成果转化", "专精特新企业培育", "数字政府建设", "营商环境优化", "安全生产检查"];

/** A case's steps are three days apart: step `step` of a case received on day `d` of 2026. */
const STEP_DAYS = 3;
const instant = (d: number, step: number) => {
  const t = Date.UTC(2026, 0, 1 + d + STEP_DAYS * step, 1 + step);
  return Instant.make(new Date(t).toISOString().replace(".000Z", "+00:00"));
};
const dayOf = (d: number) => date(new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10));

/** Applies commands to a fresh case through the decider; a refusal means the script is wrong. */
const drive = <P extends { readonly _tag: string }, E extends { readonly _tag: string }, S>(
  module: {
    readonly name: string;
    readonly decider: {
      readonly initialState: S;
      readonly decide: (
        c: Command<P>,
        s: S,
      ) => Either.Either<ReadonlyArray<E>, { message: string }>;
      readonly evolve: (s: S, e: E) => S;
    };
  },
  caseId: string,
  day: number,
  steps: ReadonlyArray<readonly [Actor, P]>,
): Array<E> => {
  let state = module.decider.initialState;
  const events: Array<E> = [];
  steps.forEach(([actor, payload], i) => {
    const command: Command<P> = {
      meta: {
        commandId: CommandId.make(`${caseId}-${i}`),
        caseId: CaseId.make(caseId),
        actor,
        at: instant(day, i),
      },
      payload,
    };
    const decided = module.decider.decide(command, state);
    if (Either.isLeft(decided)) {
      throw new Error(`${module.name} ${payload._tag}: ${decided.left.message}`);
    }
    for (const event of decided.right) {
      state = module.decider.evolve(state, event);
      events.push(event);
    }
  });
  return events;
};

const supervisionCase = (n: number): Array<Supervision.SupervisionEvent> => {
  const day = n % 200;
  const topic = topics[n % topics.length] ?? "督办";
  const sentBackByLeader = n % 3 === 0;
  const attachment = {
    id: AttachmentId.make(`att-${n}`),
    name: "督办通知.pdf",
    mediaType: "application/pdf",
    size: 2048 + (n % 997),
    sha256: (n % 16).toString(16).repeat(64),
    medium: "electronic",
  } as const;
  const lead = { unitId: units.science, unitName: "科技处", dueOn: dayOf(day + 60) };
  const co = { unitId: units.industry, unitName: "产业处", dueOn: dayOf(day + 50) };
  type Step = readonly [Actor, Supervision.SupervisionCommand];
  const steps: Array<Step> = [
    [
      cast.clerk,
      {
        _tag: "RegisterItem",
        number: `督〔2026〕${n + 1}号`,
        kind: "督办件",
        sourceOrgan: "市政府督查室",
        title: `关于${topic}工作的督办通知（第${n + 1}号）`,
        content: `请于${dayOf(day + 90)}前报送${topic}落实情况。`,
        receivedOn: dayOf(day),
        timeLimit: dayOf(day + 90),
        attachments: [attachment],
      },
    ],
    [cast.director, { _tag: "ProposeHandling", opinion: `拟交科技处牵头办理${topic}事项。` }],
  ];
  const submit: Supervision.SupervisionCommand = {
    _tag: "SubmitForInstruction",
    leader: { userId: cast.leader.userId, name: cast.leader.name },
  };
  // 报批 is every item's path; some are sent back by the leader once before the instruction.
  steps.push([cast.clerk, submit]);
  if (sentBackByLeader) {
    steps.push(
      [cast.leader, { _tag: "SendBack", reason: "请补充背景材料" }],
      [cast.director, { _tag: "ProposeHandling", opinion: "已补充，拟请张局长阅示。" }],
      [cast.clerk, submit],
    );
  }
  steps.push(
    [cast.leader, { _tag: "GiveInstruction", instruction: "请科技处牵头，产业处配合。" }],
    [cast.clerk, { _tag: "RecordInstruction" }],
  );
  steps.push(
    [cast.clerk, { _tag: "AssignUnits", lead, coUnits: n % 2 === 0 ? [co] : [] }],
    [cast.scienceHandler, { _tag: "AcceptAssignment" }],
    [cast.scienceHandler, { _tag: "ReportProgress", text: `${topic}工作已完成过半。` }],
  );
  if (n % 2 === 0) {
    steps.push([cast.industryHandler, { _tag: "SubmitCoOpinion", opinion: "同意牵头单位意见" }]);
  }
  if (n % 5 === 0) {
    steps.push(
      [
        cast.scienceHandler,
        { _tag: "RequestExtension", newDueOn: dayOf(day + 75), reason: "需补充调研" },
      ],
      [cast.director, { _tag: "ApproveExtension" }],
    );
  }
  const feedback: Supervision.SupervisionCommand = {
    _tag: "SubmitFeedback",
    summary: `${topic}工作已完成，书面报告已报市政府督查室。`,
    reportedToSuperiorOn: dayOf(day + STEP_DAYS * steps.length),
    // The rule of 反馈: both the paper copy (scanned) and the electronic one.
    attachments: [
      {
        ...attachment,
        id: AttachmentId.make(`att-${n}-p`),
        name: "报告（纸质）.pdf",
        medium: "paper",
      },
      { ...attachment, id: AttachmentId.make(`att-${n}-e`), name: "报告.docx" },
    ],
  };
  steps.push([cast.scienceHandler, feedback]);
  if (n % 4 === 0) {
    steps.push(
      [cast.clerk, { _tag: "SendBack", reason: "请补充数据" }],
      [cast.scienceHandler, feedback],
    );
  }
  steps.push([cast.clerk, { _tag: "FileCase" }]);
  return drive(supervision, `s-${n}`, day, steps);
};

const petitionCase = (n: number): Array<Petition.PetitionEvent> => {
  const day = n % 200;
  const topic = topics[(n + 2) % topics.length] ?? "信访";
  type Step = readonly [Actor, Petition.PetitionCommand];
  const steps: Array<Step> = [
    [
      cast.clerk,
      {
        _tag: "RegisterPetition",
        number: `信〔2026〕${n + 1}号`,
        channel: "letter",
        origin: "public",
        petitioner: { name: `刘某${n % 100}`, contact: `138${String(n).padStart(8, "0")}` },
        subject: `反映${topic}中的问题`,
        content: `来信反映${topic}相关事项，请予核查。`,
        receivedOn: dayOf(day),
        attachments: [],
      },
    ],
    [cast.clerk, { _tag: "ProposeHandling", opinion: "拟交科技处办理。" }],
    [cast.director, { _tag: "ReviewProposal", importance: "一般", opinion: "同意" }],
    [
      cast.clerk,
      {
        _tag: "AssignUnits",
        lead: { unitId: units.science, unitName: "科技处", dueOn: dayOf(day + 50) },
        coUnits: [],
      },
    ],
    [cast.scienceHandler, { _tag: "AcceptAssignment" }],
    [
      cast.scienceHandler,
      { _tag: "ReportResult", result: `已核查${topic}问题并处理。`, attachments: [] },
    ],
    [
      cast.clerk,
      { _tag: "ConcludePetition", answer: "已书面答复", answeredOn: dayOf(day + STEP_DAYS * 6) },
    ],
  ];
  return drive(petition, `p-${n}`, day, steps);
};

/** One case's events, encoded as the store keeps them, with its stream id. */
export interface EncodedCase {
  readonly streamId: string;
  readonly events: ReadonlyArray<EncodedEvent>;
}

export const kernelModules = { supervision, petition } as const;

/**
 * Distinct cases, alternating between the two processes, each produced by the deciders. The
 * replay log repeats them under fresh stream ids (`caseTemplates` distinct cases are plenty to
 * keep the data varied; deciding a million events would make the fill, not the replay, the
 * slow part).
 */
export const kernelCaseTemplates = (count: number): ReadonlyArray<ReadonlyArray<EncodedEvent>> => {
  const supervisionCodec = makeEventCodec(supervision);
  const petitionCodec = makeEventCodec(petition);
  return Array.from({ length: count }, (_, n) =>
    n % 2 === 0
      ? supervisionCase(n >> 1).map(supervisionCodec.encode)
      : petitionCase(n >> 1).map(petitionCodec.encode),
  );
};

/** Stream ids the way the server names them: `<process>-<caseId>`. */
export const streamOf = (template: ReadonlyArray<EncodedEvent>, caseNumber: number): string => {
  const process = template[0]?.type.split(".")[0] ?? "case";
  return `${process}-bench-${caseNumber}`;
};
