import { Either } from "effect";
import { type Actor, actorRef, hasRole, isSystemActor } from "../../shared/actor.js";
import { firstVersion } from "../../shared/attachment.js";
import {
  type CommandTable,
  having,
  onDefaults,
  type ProcessSpec,
  principalOf,
  type WhoRule,
} from "../../shared/command-table.js";
import { deadlineFrom, type Period, schedule } from "../../shared/deadline.js";
import type { CommandMeta } from "../../shared/decider.js";
import type { InvalidCommand } from "../../shared/errors.js";
import { LocalDate } from "../../shared/ids.js";
import { destroyableFrom } from "../../shared/numbering.js";
import {
  absurd,
  approveExtensionCommand,
  attachCommand,
  checkArchivalCode,
  checkAssignment,
  circulateCommand,
  commentCommand,
  confirmReadCommand,
  coOpinionCommand,
  dateOf,
  deadlineAlertCommand,
  type ExtensionPolicy,
  type HandOffStep,
  isBefore,
  isRecordOnlyEvent,
  leadUnitOnly,
  makeEvolve,
  pressCommand,
  progressCommand,
  reassignCommand,
  recorded,
  refuseExtensionCommand,
  replaceAttachmentCommand,
  requestExtensionCommand,
  sendBackCommand,
  unitsAssigned,
  withAttachments,
  withdrawCommand,
} from "../../shared/operations/index.js";
import { opinionFrom } from "../../shared/opinion.js";
import type { Label } from "../../shared/process.js";
import { defaultProcessConfig, type ProcessConfig } from "../../shared/process-config.js";
import { invalid } from "../../shared/refusals.js";
import {
  AcceptHandover,
  ApproveDestruction,
  ApproveLoan,
  ApproveRenewal,
  type ArchiveCommand,
  CollectFromCase,
  CollectItem,
  DestroyItem,
  ExcludeItem,
  FileItem,
  HandOver,
  LendItem,
  OrganiseItem,
  ProposeDestruction,
  RefuseLoan,
  RefuseRenewal,
  RejectDestruction,
  RequestLoan,
  RequestRenewal,
  ReturnItem,
  type SchemeVersion,
  StoreItem,
  WitnessDestruction,
  type WsKind,
} from "./commands.js";
import type { ArchiveEvent } from "./events.js";
import {
  type ArchiveState,
  type ArchiveStatus,
  type Destruction,
  divisionStatuses,
  initialState,
  type Loan,
  type LoanApproval,
  lifecycle,
  openStatuses,
} from "./state.js";

type Table = CommandTable<ArchiveCommand, ArchiveState, ArchiveEvent, ArchiveStatus>;

/**
 * What an administrator may set for 档案管理: the shared settings and the loan period a loan runs
 * when the archivist gives no due date (spec: "default 7 days").
 */
export interface ArchiveConfig extends ProcessConfig {
  /** How long a loan runs when the archivist gives no due date. */
  readonly loanPeriod: Period;
}

/** Spec "Archives": loans have a due date, 7 days by default (an administrator may change it). */
export const loanPeriod: Period = {
  amount: 7,
  unit: "日",
  basis: "局档案借阅规定：借期默认 7 日（民法典第二百零一条至第二百零三条计算）",
};

export const defaultArchiveConfig: ArchiveConfig = { ...defaultProcessConfig, loanPeriod };

const archivist = ["archivist"] as const;
const unitRoles = ["division-handler", "division-head"] as const;
/** Those who may give a loan's or renewal's opinion, narrowed by `loanApprover` to the one rule. */
const loanDeciders = ["office-director", "division-head", "archivist"] as const;

/** Seed 「整理」: 专业档案、会计档案由相关处室整理后移交. */
const handoverRule = "专业档案、会计档案由相关处室整理后移交（局档案管理工作流程「整理」）";
/** 隔年收集: the accounting office keeps a year's records one year after it ends, then hands over. */
const accountingRule =
  "会计档案隔年收集：《会计档案管理办法》第十五条，当年形成的会计档案在会计年度终了后由会计机构临时保管一年，再移交档案机构";
const filingRule = "DA/T 22-2015《归档文件整理规则》：全宗号-门类代码·年度-保管期限-机构代码-件号";
const extensionPolicy: ExtensionPolicy = {
  rule: "档案移交：处室延期移交须经档案管理员同意",
};

/** 收集范围 of a hand-off: what each closing process files. */
const kindOfHandoff: { readonly [K in "supervision" | "outgoing" | "incoming"]: WsKind } = {
  supervision: "专项工作", // 督办事项: 存查并归档
  outgoing: "本局印发文件", // 公文制发: 用印 存档
  incoming: "收文办理", // 公文收文处理: 存档备查
};

/** Whose opinion a loan needs first (seed 「借阅」). */
export const loanApprovalOf = (state: ArchiveState): LoanApproval => {
  // 借阅专业档案、会计档案严格按照相关处室要求进行: the owning division decides.
  if (state.item?.category !== "WS" && state.owner !== undefined) {
    return { kind: "division", unitId: state.owner.unitId, unitName: state.owner.unitName };
  }
  // 借阅局长办公会及重大专题会记录须由局办公室主要负责人提出意见.
  if (state.organisation?.meeting !== undefined) return { kind: "office-director" };
  return { kind: "none" };
};

/** The rule each kind of loan follows, as the event records it (and the timeline shows it). */
export const loanRules: { readonly [K in LoanApproval["kind"]]: Label } = {
  "office-director": {
    zh: "借阅局长办公会及重大专题会记录须由局办公室主要负责人提出意见",
    en: "Minutes of the director's or major special meetings: the office head's opinion first",
  },
  division: {
    zh: "借阅专业档案、会计档案严格按照相关处室要求进行（须经所属处室同意）",
    en: "Specialised and accounting records: the owning division approves",
  },
  none: {
    zh: "一般文书档案：由档案管理员办理借阅",
    en: "Ordinary administrative records: the archivist lends them",
  },
};

const mayApproveLoan = (approval: LoanApproval, actor: Actor): boolean => {
  switch (approval.kind) {
    case "office-director":
      return hasRole(actor, "office-director");
    case "division":
      return hasRole(actor, "division-head") && actor.unitId === approval.unitId;
    case "none":
      return hasRole(actor, "archivist");
  }
};

const loanApprover: WhoRule<ArchiveState> = {
  test: (state, actor) => state.loan !== undefined && mayApproveLoan(state.loan.approval, actor),
  why: {
    zh: "须由局办公室主要负责人（会议记录）或所属处室负责人（专业、会计档案）审批",
    en: "The office head (minutes) or the owning division's head (专业/会计) decides",
  },
};

const borrowerOnly: WhoRule<ArchiveState> = {
  test: (state, actor) => state.loan?.borrower.userId === actor.userId,
  why: { zh: "只有借阅人可以申请续借", en: "Only the borrower may ask for a renewal" },
};

/** Who holds the case at each status from which it may be sent back (退回). */
const holder: WhoRule<ArchiveState> = {
  test: (state, actor) => state.status === "HandedOver" && hasRole(actor, "archivist"),
  why: { zh: "只有档案管理员可以退回移交", en: "Only the archivist may send a hand-over back" },
};

/**
 * The item's line on a 销毁清册, or nothing when it can never be listed: 永久 items are kept
 * forever (spec "Archives"), so they have no line.
 */
const listEntryOf = ({ item, organisation, archivalCode }: ArchiveState) => {
  if (item === undefined || organisation === undefined || archivalCode === undefined) {
    return undefined;
  }
  const from = destroyableFrom(item.year, organisation.retention);
  return from === undefined
    ? undefined
    : {
        archivalCode,
        title: item.title,
        year: item.year,
        retention: organisation.retention,
        destroyableFrom: LocalDate.make(from),
      };
};

/** Who the appraisal group named as 监销人 (none before it signs). */
const witnessesOf = (state: ArchiveState) => state.destruction?.witnesses ?? [];
const signedBy = (state: ArchiveState) => state.destruction?.signed ?? [];
const pendingWitness = (state: ArchiveState, actor: Actor) =>
  witnessesOf(state).find((w) => w.userId === actor.userId && !signedBy(state).includes(w.userId));

/** 「三合一」 is versioned per year: an item is organised under its own year's version. */
const checkScheme = (
  command: string,
  scheme: SchemeVersion | undefined,
  state: ArchiveState,
): Either.Either<void, InvalidCommand> =>
  scheme === undefined || state.item === undefined || scheme.year === state.item.year
    ? Either.void
    : Either.left(
        invalid(command, "scheme", {
          zh: `须适用本件年度（${state.item.year}）的「三合一」制度`,
          en: `The 「三合一」 of the item's year (${state.item.year}) applies`,
        }),
      );

const checkCollection = (
  p: CollectItem,
  meta: CommandMeta,
): Either.Either<void, InvalidCommand> => {
  const today = dateOf(meta.at);
  const bad = (field: string, zh: string, en: string) =>
    Either.left(invalid("CollectItem", field, { zh, en }));
  const thisYear = Number(today.slice(0, 4));
  if (p.year > thisYear)
    return bad("year", "年度不能晚于收集年度", "The year cannot be in the future");
  if (p.category === "KJ" && p.year >= thisYear) {
    return bad(
      "year",
      `会计档案隔年收集，本年度只能收集 ${thisYear - 1} 年及以前的会计档案`,
      `Accounting records are collected the year after (${accountingRule})`,
    );
  }
  if (p.date !== undefined && isBefore(today, p.date)) {
    return bad("date", "形成日期不能晚于收集日期", "The date cannot be after collection");
  }
  if (p.date !== undefined && Number(p.date.slice(0, 4)) !== p.year) {
    return bad("date", "形成日期须在所填年度内", "The date must lie in the year given");
  }
  if (p.category === "WS") {
    if (p.kind === undefined) {
      return bad("kind", "文书档案须注明类别", "An administrative record needs its kind");
    }
    if (p.division !== undefined) {
      return bad(
        "division",
        "文书档案由档案管理员按「三合一」制度整理，不交处室",
        "Administrative records are organised by the archivist",
      );
    }
    return Either.void;
  }
  if (p.kind !== undefined) {
    return bad("kind", "类别仅用于文书档案", "The kind applies to administrative records only");
  }
  if (p.division === undefined) {
    return bad(
      "division",
      "专业档案、会计档案须指定整理移交的处室",
      "Name the division that organises and hands it over",
    );
  }
  return checkAssignment("CollectItem", p.division, meta, undefined);
};

export const makeTable = (config: ArchiveConfig): Table => ({
  CollectItem: {
    schema: CollectItem,
    label: { zh: "收集", en: "Collect" },
    at: ["New"],
    roles: archivist,
    decide: (p, _state, meta) => {
      const checked = checkCollection(p, meta);
      if (Either.isLeft(checked)) return Either.left(checked.left);
      const { _tag, attachments, division, ...data } = p;
      const collected: ArchiveEvent = {
        ...data,
        _tag: "ItemCollected",
        ...recorded(meta),
        attachments: attachments.map(firstVersion),
      };
      return Either.right(
        division === undefined
          ? [collected]
          : [collected, unitsAssigned(meta, division, handoverRule)],
      );
    },
  },
  CollectFromCase: {
    schema: CollectFromCase,
    label: { zh: "收集（自动移交）", en: "Collect from a closed case" },
    at: ["New"],
    roles: archivist,
    // Only the process manager opens an item from a closed case; people use 「收集」.
    who: {
      test: (_state, actor) => isSystemActor(actor),
      why: {
        zh: "已办结案件由系统自动移交收集，人工收集请使用「收集」",
        en: "Closed cases are collected by the process manager; collect by hand instead",
      },
    },
    decide: (p, _state, meta) =>
      // The closing processes file 文书档案 (存查并归档 / 用印存档 / 存档备查); 专业、会计档案
      // come through their divisions' hand-over only.
      p.handoff.category !== "WS"
        ? Either.left(
            invalid("CollectFromCase", "handoff.category", {
              zh: "自动移交的只能是文书档案",
              en: "Only administrative records arrive from closed cases",
            }),
          )
        : Either.right([
            {
              _tag: "HandoffCollected",
              ...recorded(meta),
              sourceCaseId: p.sourceCaseId,
              handoff: p.handoff,
              kind: kindOfHandoff[p.handoff.process],
            },
          ]),
  },
  OrganiseItem: {
    schema: OrganiseItem,
    label: { zh: "整理", en: "Organise" },
    at: ["Collected"],
    roles: archivist,
    decide: (p, state, meta) =>
      Either.map(checkScheme("OrganiseItem", p.scheme, state), () => {
        const { _tag, ...data } = p;
        return [{ ...data, _tag: "ItemOrganised", ...recorded(meta) }];
      }),
  },
  ExcludeItem: {
    schema: ExcludeItem,
    label: { zh: "不归档", en: "Not to be filed" },
    at: ["Collected"],
    roles: archivist,
    decide: (p, state, meta) =>
      Either.map(checkScheme("ExcludeItem", p.scheme, state), () => [
        { _tag: "ItemExcluded", ...recorded(meta), scheme: p.scheme, reason: p.reason },
      ]),
  },
  HandOver: {
    schema: HandOver,
    label: { zh: "整理移交", en: "Organise and hand over" },
    at: divisionStatuses,
    roles: unitRoles,
    who: leadUnitOnly,
    decide: (p, state, meta) => {
      const scheme = checkScheme("HandOver", p.scheme, state);
      if (Either.isLeft(scheme)) return Either.left(scheme.left);
      const known = new Set(state.handling.attachments.map((a) => a.id));
      if (p.attachments.some((a) => known.has(a.id))) {
        return Either.left(
          invalid("HandOver", "attachments", {
            zh: "该附件已在本件中，请使用替换附件",
            en: "That attachment is already on the item; replace it instead",
          }),
        );
      }
      const { _tag, attachments, ...data } = p;
      return having(state.handling.lead, (lead) =>
        Either.right([
          {
            ...data,
            _tag: "ItemHandedOver",
            ...recorded(meta),
            unitId: lead.unitId,
            unitName: lead.unitName,
            attachments: attachments.map(firstVersion),
          },
        ]),
      );
    },
  },
  AcceptHandover: {
    schema: AcceptHandover,
    label: { zh: "接收", en: "Accept hand-over" },
    at: ["HandedOver"],
    roles: archivist,
    decide: (p, state, meta) =>
      having(state.owner, (owner) =>
        Either.right([
          {
            ...p,
            _tag: "HandoverAccepted",
            ...recorded(meta),
            unitId: owner.unitId,
            unitName: owner.unitName,
          },
        ]),
      ),
  },
  FileItem: {
    schema: FileItem,
    label: { zh: "归档", en: "File" },
    at: ["Organised"],
    roles: archivist,
    decide: (p, state, meta) =>
      having(state.item, (item) =>
        having(state.organisation, (organisation) =>
          Either.map(
            checkArchivalCode("FileItem", "archivalCode", p.archivalCode, {
              category: item.category,
              year: item.year,
              retention: organisation.retention,
              org: organisation.orgCode,
            }),
            () => [
              {
                _tag: "ItemFiled",
                ...recorded(meta),
                archivalCode: p.archivalCode,
                rule: filingRule,
              },
            ],
          ),
        ),
      ),
  },
  StoreItem: {
    schema: StoreItem,
    label: { zh: "档案入库", en: "Put into the repository" },
    at: ["Filed"],
    roles: archivist,
    decide: (p, _state, meta) =>
      Either.right([{ _tag: "ItemStored", ...recorded(meta), location: p.location }]),
  },
  RequestLoan: {
    schema: RequestLoan,
    label: { zh: "借阅申请", en: "Request a loan" },
    at: ["Stored"],
    roles: "staff",
    decide: (p, state, meta) => {
      const approval = loanApprovalOf(state);
      const borrower = actorRef(principalOf(meta));
      return Either.right([
        {
          _tag: "LoanRequested",
          ...recorded(meta),
          borrower,
          purpose: p.purpose,
          approval,
          rule: loanRules[approval.kind].zh,
        },
      ]);
    },
  },
  ApproveLoan: {
    schema: ApproveLoan,
    label: { zh: "借阅审批", en: "Approve loan" },
    at: ["LoanRequested"],
    roles: ["office-director", "division-head"],
    who: loanApprover,
    decide: (p, state, meta) =>
      Either.map(
        opinionFrom(
          meta,
          {
            kind: "审批意见",
            text: p.opinion,
            role: state.loan?.approval.kind === "division" ? "division-head" : "office-director",
          },
          "ApproveLoan",
        ),
        (opinion) => [{ _tag: "LoanApproved", ...recorded(meta), opinion }],
      ),
  },
  RefuseLoan: {
    schema: RefuseLoan,
    label: { zh: "不同意借阅", en: "Refuse loan" },
    at: ["LoanRequested", "LoanApproved"],
    roles: loanDeciders,
    // Before the opinion: the one who gives it; after: the archivist who would hand it out.
    who: {
      test: (state, actor) =>
        state.status === "LoanRequested"
          ? loanApprover.test(state, actor)
          : hasRole(actor, "archivist"),
      why: {
        zh: "待审批时由审批人、待出借时由档案管理员决定不予借阅",
        en: "The approver (before the opinion) or the archivist (before lending) refuses",
      },
    },
    decide: (p, _state, meta) =>
      Either.right([{ _tag: "LoanRefused", ...recorded(meta), reason: p.reason }]),
  },
  LendItem: {
    schema: LendItem,
    label: { zh: "出借", en: "Lend" },
    at: ["LoanApproved"],
    roles: archivist,
    decide: (p, state, meta) =>
      having(state.loan, (loan) => {
        const today = dateOf(meta.at);
        const borrower = { userId: loan.borrower.userId, name: loan.borrower.name };
        if (p.dueOn !== undefined) {
          return isBefore(p.dueOn, today)
            ? Either.left(
                invalid("LendItem", "dueOn", {
                  zh: "归还期限不能早于出借日期",
                  en: "The due date cannot be before the day lent",
                }),
              )
            : Either.right([{ _tag: "ItemLent", ...recorded(meta), borrower, dueOn: p.dueOn }]);
        }
        // The default 7 日, counted by 民法典 arts. 201–203 on the calendar data of the day.
        return Either.match(schedule(deadlineFrom(config.loanPeriod, today), config.calendar), {
          onLeft: (error) =>
            Either.left(
              invalid("LendItem", "dueOn", {
                zh: `${error.messageZh}；请直接填写归还期限`,
                en: `${error.message}; give the due date instead`,
              }),
            ),
          onRight: (deadline) =>
            Either.right([
              { _tag: "ItemLent", ...recorded(meta), borrower, dueOn: deadline.due, deadline },
            ]),
        });
      }),
  },
  RequestRenewal: {
    schema: RequestRenewal,
    label: { zh: "申请续借", en: "Request renewal" },
    at: ["OnLoan"],
    roles: "staff",
    who: borrowerOnly,
    when: (state) => state.loan?.pendingRenewal === undefined,
    decide: (p, state, meta) =>
      having(state.loan?.dueOn, (dueOn) => {
        if (isBefore(dueOn, dateOf(meta.at))) {
          return Either.left(
            invalid("RequestRenewal", "newDueOn", {
              zh: "借期已过，须先归还",
              en: "The loan is overdue; return it first",
            }),
          );
        }
        if (!isBefore(dueOn, p.newDueOn)) {
          return Either.left(
            invalid("RequestRenewal", "newDueOn", {
              zh: "续借期限须晚于原归还期限",
              en: "The new due date must be after the current one",
            }),
          );
        }
        return Either.right([
          {
            _tag: "RenewalRequested",
            ...recorded(meta),
            currentDueOn: dueOn,
            newDueOn: p.newDueOn,
            reason: p.reason,
          },
        ]);
      }),
  },
  ApproveRenewal: {
    schema: ApproveRenewal,
    label: { zh: "同意续借", en: "Approve renewal" },
    at: ["OnLoan"],
    roles: loanDeciders,
    who: loanApprover,
    when: (state) => state.loan?.pendingRenewal !== undefined,
    decide: (p, state, meta) =>
      having(state.loan?.pendingRenewal, (pending) =>
        Either.right([
          {
            ...p,
            _tag: "RenewalApproved",
            ...recorded(meta),
            previousDueOn: pending.currentDueOn,
            newDueOn: pending.newDueOn,
          },
        ]),
      ),
  },
  RefuseRenewal: {
    schema: RefuseRenewal,
    label: { zh: "不同意续借", en: "Refuse renewal" },
    at: ["OnLoan"],
    roles: loanDeciders,
    who: loanApprover,
    when: (state) => state.loan?.pendingRenewal !== undefined,
    decide: (p, _state, meta) =>
      Either.right([{ _tag: "RenewalRefused", ...recorded(meta), reason: p.reason }]),
  },
  ReturnItem: {
    schema: ReturnItem,
    label: { zh: "归还", en: "Return" },
    at: ["OnLoan"],
    roles: archivist,
    decide: (p, state, meta) =>
      having(state.loan, (loan) =>
        Either.right([
          {
            ...p,
            _tag: "ItemReturned",
            ...recorded(meta),
            borrower: { userId: loan.borrower.userId, name: loan.borrower.name },
          },
        ]),
      ),
  },
  ProposeDestruction: {
    schema: ProposeDestruction,
    label: { zh: "列入销毁清册", en: "Propose destruction" },
    at: ["Stored"],
    roles: archivist,
    // 永久 archives are never destroyed: the command is not even offered.
    when: (state) => listEntryOf(state) !== undefined,
    decide: (p, state, meta) =>
      having(listEntryOf(state), (entry) => {
        // 销毁 only at the end of retention (spec "Archives").
        if (isBefore(dateOf(meta.at), entry.destroyableFrom)) {
          return Either.left(
            invalid("ProposeDestruction", "listNumber", {
              zh: `保管期限未满，${entry.destroyableFrom} 起方可销毁`,
              en: `Retention has not ended; destruction is possible from ${entry.destroyableFrom}`,
            }),
          );
        }
        return Either.right([
          {
            _tag: "DestructionProposed",
            ...recorded(meta),
            listNumber: p.listNumber,
            reason: p.reason,
            entry,
          },
        ]);
      }),
  },
  ApproveDestruction: {
    schema: ApproveDestruction,
    label: { zh: "鉴定小组审签", en: "Approve destruction" },
    at: ["DestructionProposed"],
    roles: ["appraisal-group"],
    decide: (p, _state, meta) => {
      // 销毁清册 needs at least two supervising witnesses (监销人): two different people.
      if (new Set(p.witnesses.map((w) => w.userId)).size < 2) {
        return Either.left(
          invalid("ApproveDestruction", "witnesses", {
            zh: "监销人至少两人，且不能重复",
            en: "At least two different supervising witnesses",
          }),
        );
      }
      const witnesses = p.witnesses.filter(
        (w, i) => p.witnesses.findIndex((v) => v.userId === w.userId) === i,
      );
      return Either.map(
        opinionFrom(
          meta,
          { kind: "审核意见", text: p.opinion, role: "appraisal-group" },
          "ApproveDestruction",
        ),
        (opinion) => [{ _tag: "DestructionApproved", ...recorded(meta), opinion, witnesses }],
      );
    },
  },
  RejectDestruction: {
    schema: RejectDestruction,
    label: { zh: "不同意销毁", en: "Reject destruction" },
    at: ["DestructionProposed"],
    roles: ["appraisal-group"],
    decide: (p, _state, meta) =>
      Either.right([{ _tag: "DestructionRejected", ...recorded(meta), reason: p.reason }]),
  },
  WitnessDestruction: {
    schema: WitnessDestruction,
    label: { zh: "监销签字", en: "Sign as supervising witness" },
    at: ["DestructionApproved"],
    roles: "staff",
    who: {
      test: (state, actor) => pendingWitness(state, actor) !== undefined,
      why: { zh: "您不是待签字的监销人", en: "You are not a witness still to sign" },
    },
    decide: (p, state, meta) =>
      having(pendingWitness(state, principalOf(meta)), (witness) =>
        Either.right([{ ...p, _tag: "DestructionWitnessed", ...recorded(meta), witness }]),
      ),
  },
  DestroyItem: {
    schema: DestroyItem,
    label: { zh: "销毁", en: "Destroy" },
    at: ["DestructionApproved"],
    roles: archivist,
    // Every 监销人 named by the appraisal group has signed the 销毁清册.
    when: (state) =>
      witnessesOf(state).length > 0 &&
      witnessesOf(state).every((w) => signedBy(state).includes(w.userId)),
    // A witness supervises the one who destroys; the two are never the same person.
    who: {
      test: (state, actor) => witnessesOf(state).every((w) => w.userId !== actor.userId),
      why: { zh: "监销人不能自行执行销毁", en: "A supervising witness may not destroy it" },
    },
    decide: (p, state, meta) =>
      having(state.destruction, ({ listNumber }) =>
        Either.right([{ ...p, _tag: "ItemDestroyed", ...recorded(meta), listNumber }]),
      ),
  },
  SendBack: sendBackCommand({
    targets: { HandedOver: "WithDivision" },
    roles: archivist,
    who: holder,
  }),
  Withdraw: withdrawCommand({
    at: ["HandedOver", "LoanRequested", "LoanApproved", "DestructionProposed"],
  }),
  Reassign: reassignCommand({ at: divisionStatuses, roles: ["archivist", "office-director"] }),
  SubmitCoOpinion: coOpinionCommand({ at: divisionStatuses }),
  ReportProgress: progressCommand({ at: divisionStatuses }),
  Press: pressCommand({
    at: divisionStatuses,
    roles: ["archivist", "office-director"],
    label: { zh: "催办（催交）", en: "Press for hand-over" },
  }),
  RequestExtension: requestExtensionCommand({ at: divisionStatuses, policy: extensionPolicy }),
  ApproveExtension: approveExtensionCommand({
    at: divisionStatuses,
    roles: archivist,
    policy: extensionPolicy,
  }),
  RefuseExtension: refuseExtensionCommand({ at: divisionStatuses, roles: archivist }),
  Circulate: circulateCommand({ at: openStatuses, roles: ["archivist", "office-director"] }),
  ConfirmRead: confirmReadCommand({ at: openStatuses }),
  RecordDeadlineAlert: deadlineAlertCommand({ at: openStatuses }),
  AddComment: commentCommand({ at: openStatuses }),
  // Files are added before 归档 only: a filed archive's content is never added to or replaced
  // (《中华人民共和国档案法》: archives may not be altered).
  AttachFile: attachCommand({ at: ["Collected", "WithDivision", "HandedOver", "Organised"] }),
  ReplaceAttachment: replaceAttachmentCommand({
    at: ["Collected", "WithDivision", "HandedOver", "Organised"],
  }),
});

/**
 * What a return (退回) or take-back (撤回) undoes. A case goes back to the division (the
 * hand-over is undone: its organisation and ownership) or to the shelf (the loan request or the
 * destruction proposal is undone) — the only two places SendBack and Withdraw lead to.
 */
const backTo = (state: ArchiveState, to: ArchiveStatus): ArchiveState =>
  to === "Stored"
    ? { ...state, status: to, loan: undefined, destruction: undefined }
    : { ...state, status: to, organisation: undefined, owner: undefined };

const withLoan = (state: ArchiveState, change: (loan: Loan) => Loan): ArchiveState =>
  state.loan === undefined ? state : { ...state, loan: change(state.loan) };

const withDestruction = (
  state: ArchiveState,
  change: (destruction: Destruction) => Destruction,
): ArchiveState =>
  state.destruction === undefined ? state : { ...state, destruction: change(state.destruction) };

/** The case's own facts: status and the data later steps read. */
const apply = (state: ArchiveState, event: ArchiveEvent): ArchiveState => {
  if (isRecordOnlyEvent(event)) return state;
  switch (event._tag) {
    case "ItemCollected":
      return {
        ...state,
        status: event.category === "WS" ? "Collected" : "WithDivision",
        item: {
          category: event.category,
          kind: event.kind,
          title: event.title,
          responsible: event.responsible,
          year: event.year,
          documentNumber: event.documentNumber,
        },
        handling: withAttachments(state.handling, event.attachments),
      };
    case "HandoffCollected":
      return {
        ...state,
        status: "Collected",
        item: {
          category: event.handoff.category,
          kind: event.kind,
          title: event.handoff.title,
          responsible: event.handoff.source,
          year: Number(event.handoff.date.slice(0, 4)),
          documentNumber: event.handoff.number,
        },
        handling: withAttachments(state.handling, event.handoff.attachments),
      };
    case "ItemOrganised":
      return {
        ...state,
        status: "Organised",
        organisation: {
          scheme: event.scheme,
          classCode: event.classCode,
          retention: event.retention,
          orgCode: event.orgCode,
          pages: event.pages,
          indexTerms: event.indexTerms,
          meeting: event.meeting,
        },
      };
    case "ItemExcluded":
      return { ...state, status: "Excluded" };
    case "ItemHandedOver":
      return {
        ...state,
        status: "HandedOver",
        organisation: {
          scheme: event.scheme,
          classCode: event.classCode,
          retention: event.retention,
          orgCode: event.orgCode,
          pages: event.pages,
          indexTerms: event.indexTerms,
          meeting: undefined,
        },
        owner: { unitId: event.unitId, unitName: event.unitName },
        handling: withAttachments(state.handling, event.attachments),
      };
    case "HandoverAccepted":
      return { ...state, status: "Organised" };
    case "ItemFiled":
      return { ...state, status: "Filed", archivalCode: event.archivalCode };
    case "ItemStored":
      return { ...state, status: "Stored", location: event.location };
    case "LoanRequested":
      return {
        ...state,
        // A plain 文书 item needs no one's opinion: it goes straight to the archivist.
        status: event.approval.kind === "none" ? "LoanApproved" : "LoanRequested",
        loan: {
          borrower: event.borrower,
          purpose: event.purpose,
          approval: event.approval,
          opinion: undefined,
          dueOn: undefined,
          pendingRenewal: undefined,
        },
      };
    case "LoanApproved":
      return {
        ...withLoan(state, (loan) => ({ ...loan, opinion: event.opinion })),
        status: "LoanApproved",
      };
    case "LoanRefused":
    case "ItemReturned":
      return { ...state, status: "Stored", loan: undefined };
    case "ItemLent":
      return { ...withLoan(state, (loan) => ({ ...loan, dueOn: event.dueOn })), status: "OnLoan" };
    case "RenewalRequested":
      return withLoan(state, (loan) => ({
        ...loan,
        pendingRenewal: {
          currentDueOn: event.currentDueOn,
          newDueOn: event.newDueOn,
          reason: event.reason,
        },
      }));
    case "RenewalApproved":
      return withLoan(state, (loan) => ({
        ...loan,
        dueOn: event.newDueOn,
        pendingRenewal: undefined,
      }));
    case "RenewalRefused":
      return withLoan(state, (loan) => ({ ...loan, pendingRenewal: undefined }));
    case "DestructionProposed":
      return {
        ...state,
        status: "DestructionProposed",
        destruction: { listNumber: event.listNumber, witnesses: [], signed: [] },
      };
    case "DestructionApproved":
      return {
        ...withDestruction(state, (d) => ({ ...d, witnesses: event.witnesses })),
        status: "DestructionApproved",
      };
    case "DestructionRejected":
      return { ...state, status: "Stored", destruction: undefined };
    case "DestructionWitnessed":
      return withDestruction(state, (d) => ({
        ...d,
        signed: [...d.signed, event.witness.userId],
      }));
    // The item is gone from the shelf; its record, with the 销毁清册 entry, stays in the log.
    case "ItemDestroyed":
      return { ...state, status: "Destroyed", location: undefined };
    case "SentBack":
    case "Withdrawn":
      return backTo(state, event.to);
    case "UnitsAssigned":
    case "Reassigned":
    case "ExtensionGranted":
    case "CountersignReturned":
      return state;
    default:
      return absurd(event);
  }
};

export const evolve = makeEvolve({
  apply,
  handOffOf: (event: ArchiveEvent): HandOffStep<ArchiveStatus> => {
    switch (event._tag) {
      // The hand-offs that may be taken back (撤回) until the receiver acts: the receiver is the
      // archivist, the approver or the appraisal group — a role, so "until the case moves on".
      case "ItemHandedOver":
      case "LoanRequested":
      case "DestructionProposed":
        return { kind: "next-step" };
      default:
        return undefined;
    }
  },
});

export const makeSpec = (
  config: ArchiveConfig,
): ProcessSpec<ArchiveCommand, ArchiveEvent, ArchiveState, ArchiveStatus> => ({
  lifecycle,
  table: makeTable(config),
  initialState,
  evolve,
});

/** The process on its default settings (the calendar data the package ships). */
export const { spec, table, decider, availableActions } = onDefaults(
  makeSpec,
  defaultArchiveConfig,
);
