import type { EventStorePort } from "@banli/event-store";
import { type Actor, CaseId, CommandId, type CommandMeta, Instant } from "@banli/kernel";
import { Either } from "effect";
import type { CaseProcess } from "../case-process.js";
import { processByName } from "../processes.js";

/**
 * Synthetic load: N cases written as real kernel commands through the store (decided, hashed,
 * appended — indistinguishable from cases entered by hand), for benchmarks of the read side and
 * the consoles. Deterministic: case `i` always gets the same process, depth, dates and people,
 * and its ids (`<prefix><i>`, command `<prefix><i>-<step>`) make a second run a no-op — the store
 * answers a known command id with its first result and writes nothing.
 */
export interface SyntheticCast {
  /** 局办公室经办人 (registers, submits, records, assigns, files). */
  readonly clerk: Actor;
  /** 局办公室主任 (拟办意见). */
  readonly director: Actor;
  /** 分管领导 (批示); also a reader of circulated cases. */
  readonly leader: Actor;
  /** 局机要室 (收文登记). */
  readonly confidential: Actor;
  /** Handling divisions: each a handler of the unit and the unit's name. */
  readonly divisions: ReadonlyArray<{ readonly handler: Actor; readonly unitName: string }>;
}

export interface SyntheticOptions {
  readonly count: number;
  readonly cast: SyntheticCast;
  readonly processes: ReadonlyArray<CaseProcess>;
  /** Case id prefix; default `syn-`. Another prefix gives another set of cases. */
  readonly prefix?: string;
  /** Cases written concurrently (each case's commands stay in order); default 50. */
  readonly batchSize?: number;
  /** Register numbers start after this, clear of a real register's; default 100000. */
  readonly firstNumber?: number;
  /** Called after each batch with the number of cases written so far; awaited. */
  readonly onProgress?: (done: number) => void | Promise<void>;
}

const titles = [
  "关于推进科技成果转化工作的督办",
  "关于优化创新创业营商环境的督办",
  "关于科技企业孵化器建设情况的督办",
  "关于重大科技专项资金使用情况的督办",
  "关于高新技术企业培育工作的督办",
  "关于科技创新券发放工作的督办",
];

const incomingTitles = [
  "市人民政府办公厅关于做好科技创新券发放工作的通知",
  "省科技厅关于开展科技统计调查工作的通知",
  "市发展改革委关于报送重点项目进展情况的函",
];

const day = 86_400_000;
const dateAfter = (start: string, days: number): string =>
  new Date(Date.parse(`${start}T00:00:00Z`) + days * day).toISOString().slice(0, 10);

const sha = (c: string) => c.repeat(64);
const copy = (id: string, medium: "paper" | "electronic", c: string) => ({
  id,
  name: `${id}.pdf`,
  mediaType: "application/pdf",
  size: 10_240,
  sha256: sha(c),
  medium,
});

interface Step {
  readonly by: Actor;
  readonly payload: Readonly<Record<string, unknown>>;
}

/** 政务督查 from registration to filing; case `i` stops after `depth` of these steps. */
const supervisionSteps = (i: number, n: number, cast: SyntheticCast, received: string) => {
  const division = cast.divisions[i % cast.divisions.length];
  if (division === undefined) throw new Error("the cast needs at least one division");
  const limit = dateAfter(received, 20 + (i % 60));
  const steps: ReadonlyArray<Step> = [
    {
      by: cast.clerk,
      payload: {
        _tag: "RegisterItem",
        number: `督〔${received.slice(0, 4)}〕${n}号`,
        kind: i % 3 === 0 ? "督办电话记录" : "督办件",
        sourceOrgan: "市政府督查室",
        title: `${titles[i % titles.length]}（${n}）`,
        content: `请按照市政府部署抓紧办理第${n}项督办事项，并按期报送落实情况。`,
        receivedOn: received,
        timeLimit: limit,
        attachments: [],
      },
    },
    { by: cast.director, payload: { _tag: "ProposeHandling", opinion: "拟请分管局领导阅示。" } },
    {
      by: cast.clerk,
      payload: {
        _tag: "SubmitForInstruction",
        leader: { userId: cast.leader.userId, name: cast.leader.name },
      },
    },
    { by: cast.leader, payload: { _tag: "GiveInstruction", instruction: "同意，请抓紧办理。" } },
    { by: cast.clerk, payload: { _tag: "RecordInstruction" } },
    {
      by: cast.clerk,
      payload: {
        _tag: "AssignUnits",
        lead: {
          unitId: division.handler.unitId,
          unitName: division.unitName,
          dueOn: dateAfter(limit, -2),
        },
        coUnits: [],
      },
    },
    { by: division.handler, payload: { _tag: "AcceptAssignment" } },
    {
      by: division.handler,
      payload: {
        _tag: "SubmitFeedback",
        summary: "已完成相关工作，书面报告已报送。",
        reportedToSuperiorOn: received,
        attachments: [copy("paper", "paper", "b"), copy("electronic", "electronic", "c")],
      },
    },
    { by: cast.clerk, payload: { _tag: "FileCase" } },
  ];
  return steps;
};

/** 收文登记: some 特急/加急 (with the time limit an urgent document must carry), some 涉密. */
const incomingSteps = (i: number, n: number, cast: SyntheticCast, received: string) => {
  const urgency = i % 4 === 0 ? "特急" : i % 4 === 1 ? "加急" : undefined;
  const classified = i % 7 === 0;
  return [
    {
      by: cast.confidential,
      payload: {
        _tag: "RegisterDocument",
        number: `收〔${received.slice(0, 4)}〕${n}号`,
        senderOrgan: "市人民政府办公厅",
        senderNumber: `武政办〔${received.slice(0, 4)}〕${n}号`,
        title: `${incomingTitles[i % incomingTitles.length]}（${n}）`,
        documentKind: "通知",
        ...(urgency === undefined ? {} : { urgency, timeLimit: dateAfter(received, 10) }),
        ...(classified ? { classification: "秘密", secrecyYears: 10 } : {}),
        receivedOn: received,
        attachments: [],
      },
    },
  ] satisfies ReadonlyArray<Step>;
};

const run = async (
  store: EventStorePort,
  process: CaseProcess,
  caseId: string,
  steps: ReadonlyArray<Step>,
  start: number,
): Promise<void> => {
  for (const [k, step] of steps.entries()) {
    const meta: CommandMeta = {
      commandId: CommandId.make(`${caseId}-${k + 1}`),
      caseId: CaseId.make(caseId),
      actor: step.by,
      at: Instant.make(
        `${new Date(start + k * 600_000 + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`,
      ),
    };
    const outcome = await process.execute(store, meta, step.payload);
    // A second run finds the case already there: its first command is refused, nothing written.
    if (Either.isLeft(outcome)) {
      if (k === 0 && outcome.left._tag === "CaseAlreadyExists") return;
      throw new Error(`synthetic case ${caseId} step ${k + 1}: ${JSON.stringify(outcome.left)}`);
    }
  }
};

/**
 * Writes `count` synthetic cases: four in five 政务督查 at every depth from 登记 to 存查并归档
 * (so every status, inbox and traffic light occurs), one in five 收文登记 (urgency, 涉密).
 * Received dates spread over 2026-01-05 … 2026-11-20. Returns the number of cases written.
 */
export const generateSyntheticCases = async (
  store: EventStorePort,
  options: SyntheticOptions,
): Promise<number> => {
  const supervision = processByName(options.processes, "supervision");
  const incoming = processByName(options.processes, "incoming");
  if (supervision === undefined || incoming === undefined) {
    throw new Error("synthetic cases need the supervision and incoming processes");
  }
  const prefix = options.prefix ?? "syn-";
  const batchSize = Math.max(1, options.batchSize ?? 50);
  const firstNumber = options.firstNumber ?? 100_000;
  const writeCase = async (i: number) => {
    const n = firstNumber + i + 1;
    const received = dateAfter("2026-01-05", i % 320);
    const start = Date.parse(`${received}T01:00:00Z`);
    const caseId = `${prefix}${String(i + 1).padStart(7, "0")}`;
    if (i % 5 === 4) {
      await run(store, incoming, caseId, incomingSteps(i, n, options.cast, received), start);
      return;
    }
    const all = supervisionSteps(i, n, options.cast, received);
    const depth = 1 + ((i * 7) % all.length);
    // Some open cases are circulated to the leader (待阅), and some of those read (已阅).
    const circulation: ReadonlyArray<Step> =
      depth < all.length && i % 11 === 0
        ? [
            {
              by: options.cast.clerk,
              payload: {
                _tag: "Circulate",
                readers: [{ userId: options.cast.leader.userId, name: options.cast.leader.name }],
              },
            },
            ...(i % 22 === 0
              ? [{ by: options.cast.leader, payload: { _tag: "ConfirmRead" } }]
              : []),
          ]
        : [];
    await run(store, supervision, caseId, [...all.slice(0, depth), ...circulation], start);
  };
  for (let from = 0; from < options.count; from += batchSize) {
    const batch = Array.from({ length: Math.min(batchSize, options.count - from) }, (_, k) =>
      writeCase(from + k),
    );
    await Promise.all(batch);
    await options.onProgress?.(Math.min(from + batchSize, options.count));
  }
  return options.count;
};
