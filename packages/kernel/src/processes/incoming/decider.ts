import { Either } from "effect";
import { hasRole } from "../../shared/actor.js";
import { firstVersion } from "../../shared/attachment.js";
import {
  type CommandHandler,
  type CommandTable,
  onDefaults,
  type ProcessSpec,
  principalOf,
  type WhoRule,
} from "../../shared/command-table.js";
import type { CommandMeta } from "../../shared/decider.js";
import type { DomainError } from "../../shared/errors.js";
import type { LocalDate } from "../../shared/ids.js";
import {
  absurd,
  acceptAssignmentCommand,
  applyCirculated,
  approveExtensionCommand,
  attachCommand,
  checkAssignment,
  checkRegisterNumber,
  circulateCommand,
  clearAssignment,
  commentCommand,
  confirmReadCommand,
  coOpinionCommand,
  dateOf,
  deadlineAlertCommand,
  type ExtensionPolicy,
  type HandOffStep,
  handOff,
  isBefore,
  isLeadHandler,
  isRecordOnlyEvent,
  leadUnitOnly,
  makeEvolve,
  notInFuture,
  pressCommand,
  progressCommand,
  reassignCommand,
  recallUnread,
  recorded,
  refuseExtensionCommand,
  replaceAttachmentCommand,
  requestExtensionCommand,
  sendBackCommand,
  unitsAssigned,
  unread,
  withAttachments,
  withdrawCommand,
} from "../../shared/operations/index.js";
import { type OpinionKind, opinionFrom } from "../../shared/opinion.js";
import type { Label } from "../../shared/process.js";
import { defaultProcessConfig, type ProcessConfig } from "../../shared/process-config.js";
import { invalid } from "../../shared/refusals.js";
import type { Role } from "../../shared/roles.js";
import {
  Dispatch,
  FileDocument,
  GiveApproval,
  GiveReadingInstruction,
  type IncomingCommand,
  type LeaderRoute,
  PassToLeader,
  RegisterDocument,
  StartReplyDocument,
  SubmitReply,
  SubmitToLeader,
} from "./commands.js";
import type { ApprovalGiven, IncomingEvent, ReadingInstructionGiven } from "./events.js";
import {
  handlingStatuses,
  type IncomingState,
  type IncomingStatus,
  initialState,
  leaderStatuses,
  lifecycle,
  openStatuses,
  statusOfRoute,
} from "./state.js";

type Table = CommandTable<IncomingCommand, IncomingState, IncomingEvent, IncomingStatus>;

/**
 * What an administrator may set for 公文收文处理: the shared settings only — its time limits are
 * the sender's or the leader's, not counted periods.
 */
export type IncomingConfig = ProcessConfig;
export const defaultIncomingConfig: IncomingConfig = defaultProcessConfig;

/** The office: the confidential office (机要室) keeps the register; clerk and director act too. */
const office = ["confidential-office", "office-clerk", "office-director"] as const;
const unitRoles = ["division-handler", "division-head"] as const;
const leaders = ["leader-in-charge", "principal-leader"] as const;

/** 条例 第二十四条（四）: 有明确办理时限要求的应当在规定时限内办理完毕. */
const dueDateRule =
  "收文：办理期限以来文规定时限或局领导批示时限为准（《党政机关公文处理工作条例》第二十四条）";
const extensionPolicy: ExtensionPolicy = {
  rule: "收文：延期须经局办公室主任同意，且不得超过来文机关规定的时限",
};

/** The leader the document is with: only they (or their deputy, 委托) act on it. */
const withLeader: WhoRule<IncomingState> = {
  test: (state, actor) => state.submittedTo?.userId === actor.userId,
  why: { zh: "只有呈报的局领导可以办理", en: "Only the leader it was submitted to may act" },
};

/** Who holds the case at each status from which it may be sent back (退回). */
const holder: WhoRule<IncomingState> = {
  test: (state, actor) => {
    switch (state.status) {
      case "AwaitingApproval":
      case "AwaitingReading":
        return withLeader.test(state, actor);
      case "Assigned":
        return isLeadHandler(state.handling, actor);
      case "Replied":
        return hasRole(actor, ...office);
      default:
        return false;
    }
  },
  why: { zh: "只有当前办理人可以退回", en: "Only the one holding the case may send it back" },
};

/** A date a leader or the office sets cannot pass the sender's own time limit. */
const withinSenderLimit = (
  command: string,
  field: string,
  state: IncomingState,
  date: LocalDate,
): Either.Either<void, DomainError> => {
  const limit = state.document?.timeLimit;
  return limit !== undefined && isBefore(limit, date)
    ? Either.left(
        invalid(command, field, {
          zh: `不能晚于来文规定的办理时限（${limit}）`,
          en: `Cannot be after the sender's time limit (${limit})`,
        }),
      )
    : Either.void;
};

/**
 * 分管领导审批 / 主要领导阅批: the two leader boxes differ in who signs and what the opinion is
 * called; the rules are the same — a time limit set is not in the past nor after the sender's.
 */
const leaderInstruction = (config: {
  readonly tag: (GiveApproval | GiveReadingInstruction)["_tag"];
  readonly schema: typeof GiveApproval | typeof GiveReadingInstruction;
  readonly label: Label;
  readonly at: IncomingStatus;
  readonly role: Role;
  readonly kind: OpinionKind;
  readonly event: (ApprovalGiven | ReadingInstructionGiven)["_tag"];
}): CommandHandler<
  GiveApproval | GiveReadingInstruction,
  IncomingState,
  IncomingEvent,
  IncomingStatus
> => ({
  schema: config.schema,
  label: config.label,
  at: [config.at],
  roles: [config.role],
  who: withLeader,
  decide: (p, state, meta) => {
    if (p.dueOn !== undefined) {
      if (isBefore(p.dueOn, dateOf(meta.at))) {
        return Either.left(
          invalid(config.tag, "dueOn", {
            zh: "批示时限不能早于批示日期",
            en: "The time limit cannot be in the past",
          }),
        );
      }
      const bound = withinSenderLimit(config.tag, "dueOn", state, p.dueOn);
      if (Either.isLeft(bound)) return Either.left(bound.left);
    }
    return Either.map(
      opinionFrom(meta, { kind: config.kind, text: p.opinion, role: config.role }, config.tag),
      (opinion) => [
        {
          _tag: config.event,
          ...recorded(meta),
          opinion,
          ...(p.dueOn === undefined ? {} : { dueOn: p.dueOn }),
        },
      ],
    );
  },
});

/** The lead unit, as the unit recorded on its facts. */
const leadOf = (state: IncomingState) => state.handling.lead;

const requestExtension = requestExtensionCommand<IncomingState, IncomingStatus>({
  at: ["Handling"],
  policy: extensionPolicy,
});

const registerChecks = (
  p: RegisterDocument,
  meta: CommandMeta,
): Either.Either<void, DomainError> => {
  const number = checkRegisterNumber("RegisterDocument", "number", p.number, "收", meta);
  if (Either.isLeft(number)) return number;
  const received = notInFuture("RegisterDocument", "receivedOn", p.receivedOn, meta, {
    zh: "收文日期",
    en: "The day received",
  });
  if (Either.isLeft(received)) return received;
  if (p.timeLimit !== undefined && isBefore(p.timeLimit, p.receivedOn)) {
    return Either.left(
      invalid("RegisterDocument", "timeLimit", {
        zh: "办理时限不能早于收文日期",
        en: "The time limit cannot be before the day received",
      }),
    );
  }
  // 条例 第二十四条（四）: 紧急公文应当明确办理时限.
  if (p.urgency !== undefined && p.timeLimit === undefined) {
    return Either.left(
      invalid("RegisterDocument", "timeLimit", {
        zh: `${p.urgency}公文必须明确办理时限`,
        en: "An urgent document must carry a handling time limit",
      }),
    );
  }
  // 保密期限 is printed beside a 密级 (「机密★5年」); alone it marks nothing.
  if (p.secrecyYears !== undefined && p.classification === undefined) {
    return Either.left(
      invalid("RegisterDocument", "secrecyYears", {
        zh: "未标密级的公文不能有保密期限",
        en: "A secrecy period needs a classification",
      }),
    );
  }
  return Either.void;
};

// No rule of this process counts a period: the config is taken for the one shape of all seven.
export const makeTable = (_config: IncomingConfig): Table => ({
  RegisterDocument: {
    schema: RegisterDocument,
    label: { zh: "收文登记", en: "Register incoming document" },
    at: ["New"],
    roles: ["confidential-office"],
    decide: (p, _state, meta) =>
      Either.map(registerChecks(p, meta), () => {
        const { _tag, attachments, ...data } = p;
        return [
          {
            ...data,
            _tag: "DocumentRegistered",
            ...recorded(meta),
            attachments: attachments.map(firstVersion),
          },
        ];
      }),
  },
  SubmitToLeader: {
    schema: SubmitToLeader,
    label: { zh: "呈报意见", en: "Submit to a leader" },
    at: ["Registered"],
    roles: ["office-director"],
    decide: (p, _state, meta) =>
      Either.map(
        opinionFrom(
          meta,
          { kind: "呈报意见", text: p.opinion, role: "office-director" },
          "SubmitToLeader",
        ),
        (opinion) => [
          {
            _tag: "SubmittedToLeader",
            ...recorded(meta),
            opinion,
            route: p.route,
            leader: p.leader,
          },
        ],
      ),
  },
  PassToLeader: {
    schema: PassToLeader,
    label: { zh: "转呈其他局领导", en: "Pass to another leader" },
    at: leaderStatuses,
    roles: leaders,
    who: withLeader,
    decide: (p, state, meta) => {
      const self = principalOf(meta);
      if (p.leader.userId === self.userId) {
        return Either.left(
          invalid("PassToLeader", "leader", {
            zh: "不能转呈本人",
            en: "A leader cannot pass the document to themself",
          }),
        );
      }
      const fromRoute: LeaderRoute =
        state.status === "AwaitingReading" ? "主要领导阅批" : "分管领导审批";
      const passed = {
        _tag: "PassedToLeader" as const,
        ...recorded(meta),
        fromRoute,
        route: p.route,
        leader: p.leader,
      };
      if (p.opinion === undefined) return Either.right([passed]);
      // The passing leader's words are an opinion of their own box (审批 or 阅批).
      const role = hasRole(self, "principal-leader") ? "principal-leader" : "leader-in-charge";
      const kind = fromRoute === "主要领导阅批" ? "阅批意见" : "审批意见";
      return Either.map(
        opinionFrom(meta, { kind, text: p.opinion, role }, "PassToLeader"),
        (opinion) => [{ ...passed, opinion }],
      );
    },
  },
  GiveApproval: leaderInstruction({
    tag: "GiveApproval",
    schema: GiveApproval,
    label: { zh: "分管领导审批", en: "Approve (leader in charge)" },
    at: "AwaitingApproval",
    role: "leader-in-charge",
    kind: "审批意见",
    event: "ApprovalGiven",
  }),
  GiveReadingInstruction: leaderInstruction({
    tag: "GiveReadingInstruction",
    schema: GiveReadingInstruction,
    label: { zh: "主要领导阅批", en: "Read and instruct (principal leader)" },
    at: "AwaitingReading",
    role: "principal-leader",
    kind: "阅批意见",
    event: "ReadingInstructionGiven",
  }),
  Dispatch: {
    schema: Dispatch,
    label: { zh: "阅办处理", en: "Send to read or handle" },
    at: ["Instructed"],
    roles: ["confidential-office", "office-clerk"],
    decide: (p, state, meta) => {
      // 条例 第二十四条（四）: 阅知性公文…确定范围后分送；批办性公文…转有关部门办理，明确主办部门.
      switch (p.kind) {
        case "阅件":
          if (p.handling !== undefined) {
            return Either.left(
              invalid("Dispatch", "handling", {
                zh: "阅件只送阅，不交办；需办理的请选择办件",
                en: "A document to read is not assigned; choose 办件 to have it handled",
              }),
            );
          }
          if (p.readers.length === 0) {
            return Either.left(
              invalid("Dispatch", "readers", {
                zh: "阅件须指定阅知人",
                en: "A document to read needs readers",
              }),
            );
          }
          break;
        case "办件":
          if (p.handling === undefined) {
            return Either.left(
              invalid("Dispatch", "handling", {
                zh: "办件须指定主办单位",
                en: "A document to handle needs a lead unit",
              }),
            );
          }
          break;
        default:
          return absurd(p.kind);
      }
      const assignment = p.handling;
      if (assignment !== undefined) {
        const checked = checkAssignment("Dispatch", assignment, meta, state.timeLimit);
        if (Either.isLeft(checked)) return Either.left(checked.left);
      }
      // Readers already on the list (or named twice) are not sent it again.
      const listed = new Set<string>(state.handling.circulation.map((c) => c.reader.userId));
      const readers = p.readers.filter((r) => {
        const fresh = !listed.has(r.userId);
        listed.add(r.userId);
        return fresh;
      });
      return Either.right([
        {
          _tag: "Dispatched",
          ...recorded(meta),
          kind: p.kind,
          readers,
          ...(p.note === undefined ? {} : { note: p.note }),
        },
        ...(assignment === undefined ? [] : [unitsAssigned(meta, assignment, dueDateRule)]),
      ]);
    },
  },
  AcceptAssignment: acceptAssignmentCommand({ at: ["Assigned"] }),
  StartReplyDocument: {
    schema: StartReplyDocument,
    label: { zh: "按制文程序起草回复", en: "Start a reply document" },
    at: ["Handling"],
    roles: unitRoles,
    who: leadUnitOnly,
    decide: (p, state, meta) => {
      const lead = leadOf(state);
      // The same 发文 case linked twice is one link: a no-op.
      const linked = state.replyDocuments.some((d) => d.outgoingCaseId === p.outgoingCaseId);
      return Either.right(
        lead === undefined || linked
          ? []
          : [
              {
                _tag: "ReplyDocumentStarted",
                ...recorded(meta),
                unitId: lead.unitId,
                unitName: lead.unitName,
                outgoingCaseId: p.outgoingCaseId,
                title: p.title,
              },
            ],
      );
    },
  },
  SubmitReply: {
    schema: SubmitReply,
    label: { zh: "办理回复", en: "Reply" },
    at: ["Handling"],
    roles: unitRoles,
    who: leadUnitOnly,
    decide: (p, state, meta) => {
      const lead = leadOf(state);
      return Either.right(
        lead === undefined
          ? []
          : [
              {
                _tag: "ReplySubmitted",
                ...recorded(meta),
                unitId: lead.unitId,
                unitName: lead.unitName,
                summary: p.summary,
                attachments: p.attachments.map(firstVersion),
              },
            ],
      );
    },
  },
  FileDocument: {
    schema: FileDocument,
    label: { zh: "存档备查", en: "File" },
    // 阅件: once every reader has read it; 办件: once the lead unit has replied.
    at: ["Reading", "Replied"],
    roles: ["confidential-office"],
    // 阅办 is done only when every reader has confirmed (传阅 receipts); until then it stays out.
    when: (state) => unread(state.handling).length === 0,
    decide: (p, state, meta) =>
      Either.right(
        state.document === undefined
          ? []
          : [
              {
                ...p,
                _tag: "DocumentFiled",
                ...recorded(meta),
                // 条例 第二十七条: 需要归档的公文及有关材料…及时收集齐全、整理归档.
                archive: {
                  process: "incoming",
                  category: "WS",
                  title: state.document.title,
                  number: state.document.number,
                  source:
                    state.document.senderNumber === undefined
                      ? state.document.senderOrgan
                      : `${state.document.senderOrgan}（${state.document.senderNumber}）`,
                  date: dateOf(meta.at),
                  attachments: state.handling.attachments,
                },
              },
            ],
      ),
  },
  Press: pressCommand({ at: handlingStatuses, roles: office, label: { zh: "催办", en: "Press" } }),
  SendBack: sendBackCommand({
    targets: {
      AwaitingApproval: "Registered",
      AwaitingReading: "Registered",
      Assigned: "Instructed",
      Replied: "Handling",
    },
    roles: [...leaders, ...unitRoles, ...office],
    who: holder,
  }),
  Withdraw: withdrawCommand({ at: [...leaderStatuses, "Reading", "Assigned", "Replied"] }),
  Reassign: reassignCommand({ at: handlingStatuses, roles: office }),
  SubmitCoOpinion: coOpinionCommand({ at: handlingStatuses }),
  ReportProgress: progressCommand({ at: handlingStatuses }),
  RequestExtension: {
    ...requestExtension,
    // The sender set the limit: the bureau cannot move it past that by itself.
    decide: (p, state, meta) =>
      Either.flatMap(withinSenderLimit("RequestExtension", "newDueOn", state, p.newDueOn), () =>
        requestExtension.decide(p, state, meta),
      ),
  },
  ApproveExtension: approveExtensionCommand({ at: ["Handling"], policy: extensionPolicy }),
  RefuseExtension: refuseExtensionCommand({ at: ["Handling"] }),
  Circulate: circulateCommand({ at: openStatuses, roles: office }),
  ConfirmRead: confirmReadCommand({ at: openStatuses }),
  RecordDeadlineAlert: deadlineAlertCommand({ at: openStatuses }),
  AddComment: commentCommand({ at: openStatuses }),
  AttachFile: attachCommand({ at: openStatuses }),
  ReplaceAttachment: replaceAttachmentCommand({ at: openStatuses }),
});

/** Back to an earlier status (退回 or 撤回): undo what was handed on from there. */
const backTo = (state: IncomingState, to: IncomingStatus): IncomingState => {
  switch (to) {
    case "Registered":
      return { ...state, status: to, submittedTo: undefined, passedBy: undefined };
    // A pass between leaders taken back: the passing leader holds it again.
    case "AwaitingApproval":
    case "AwaitingReading":
      return { ...state, status: to, submittedTo: state.passedBy, passedBy: undefined };
    // Back before 阅办处理: the dispatch is undone, a new one will be made.
    case "Instructed":
      return {
        ...state,
        status: to,
        dispatch: undefined,
        handling: clearAssignment(recallUnread(state.handling, state.dispatch?.readers ?? [])),
      };
    default:
      return { ...state, status: to };
  }
};

/** The case's own facts: status and the data later steps read. */
const apply = (state: IncomingState, event: IncomingEvent): IncomingState => {
  if (isRecordOnlyEvent(event)) return state;
  switch (event._tag) {
    case "DocumentRegistered":
      return {
        ...state,
        status: "Registered",
        document: {
          number: event.number,
          senderOrgan: event.senderOrgan,
          senderNumber: event.senderNumber,
          title: event.title,
          documentKind: event.documentKind,
          urgency: event.urgency,
          classification: event.classification,
          secrecyYears: event.secrecyYears,
          receivedOn: event.receivedOn,
          timeLimit: event.timeLimit,
        },
        timeLimit: event.timeLimit,
        handling: withAttachments(state.handling, event.attachments),
      };
    case "SubmittedToLeader":
      return {
        ...state,
        status: statusOfRoute(event.route),
        submissionOpinion: event.opinion,
        submittedTo: event.leader,
        passedBy: undefined,
      };
    case "PassedToLeader":
      return {
        ...state,
        status: statusOfRoute(event.route),
        submittedTo: event.leader,
        passedBy: state.submittedTo,
      };
    case "ApprovalGiven":
    case "ReadingInstructionGiven":
      return {
        ...state,
        status: "Instructed",
        instruction: event.opinion,
        timeLimit: event.dueOn ?? state.timeLimit,
      };
    case "Dispatched":
      return {
        ...state,
        status: event.kind === "阅件" ? "Reading" : "Assigned",
        dispatch: { kind: event.kind, readers: event.readers.map((r) => r.userId) },
        // The readers get it as a 传阅 with receipts, as the generic operation keeps them.
        handling: applyCirculated(state.handling, {
          _tag: "Circulated",
          by: event.by,
          at: event.at,
          readers: event.readers,
        }),
      };
    case "AssignmentAccepted":
      return { ...state, status: "Handling" };
    case "ReplyDocumentStarted":
      return {
        ...state,
        replyDocuments: [
          ...state.replyDocuments,
          { outgoingCaseId: event.outgoingCaseId, title: event.title },
        ],
      };
    case "ReplySubmitted":
      return {
        ...state,
        status: "Replied",
        replySummary: event.summary,
        handling: withAttachments(state.handling, event.attachments),
      };
    case "DocumentFiled":
      return { ...state, status: "Filed" };
    // A new lead unit must accept the case itself (承办); a person named within it need not.
    case "Reassigned":
      return event.lead && event.toUnitId !== event.fromUnitId
        ? { ...state, status: "Assigned" }
        : state;
    case "SentBack":
    case "Withdrawn":
      return backTo(state, event.to);
    // UnitsAssigned comes with Dispatched, which moved the case; the units are in `handling`.
    case "UnitsAssigned":
    case "ExtensionGranted":
    case "CountersignReturned":
      return state;
    default:
      return absurd(event);
  }
};

export const evolve = makeEvolve({
  apply,
  handOffOf: (
    event: IncomingEvent,
    before: IncomingState,
    after: IncomingState,
  ): HandOffStep<IncomingStatus> => {
    switch (event._tag) {
      // The hand-offs that may be taken back (撤回) until the receiver acts.
      case "SubmittedToLeader":
      case "PassedToLeader":
        return { kind: "person", userId: event.leader.userId };
      // A 阅件 goes to its readers; the first receipt ends the right to take it back.
      case "Dispatched":
        return event.kind === "阅件" ? { kind: "next-step" } : { set: undefined };
      // A 办件 goes to its lead unit (recorded right after Dispatched, from 阅办处理).
      case "UnitsAssigned":
        return {
          set: handOff(event, "Instructed", after.status, {
            kind: "unit",
            unitId: event.lead.unitId,
          }),
        };
      case "ReadConfirmed":
        return before.status === "Reading" ? { set: undefined } : undefined;
      case "ReplySubmitted":
        return { kind: "next-step" };
      // Once taken back or returned, there is nothing left to take back.
      case "SentBack":
      case "Withdrawn":
        return { set: undefined };
      default:
        return undefined;
    }
  },
});

export const makeSpec = (
  config: IncomingConfig,
): ProcessSpec<IncomingCommand, IncomingEvent, IncomingState, IncomingStatus> => ({
  lifecycle,
  table: makeTable(config),
  initialState,
  evolve,
});

/** The process on its default settings (the calendar data the package ships). */
export const { spec, table, decider, availableActions } = onDefaults(
  makeSpec,
  defaultIncomingConfig,
);
