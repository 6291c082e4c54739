import { Either } from "effect";
import { hasRole, isSystemActor } from "../../shared/actor.js";
import { firstVersion } from "../../shared/attachment.js";
import {
  type CommandTable,
  onDefaults,
  type ProcessSpec,
  principalOf,
  type WhoRule,
} from "../../shared/command-table.js";
import type { CommandMeta } from "../../shared/decider.js";
import { maxSecrecyYears } from "../../shared/document.js";
import type { InvalidCommand } from "../../shared/errors.js";
import type { LocalDate } from "../../shared/ids.js";
import {
  absurd,
  approveExtensionCommand,
  attachCommand,
  checkDocumentNumber,
  circulateCommand,
  closeCountersign,
  commentCommand,
  confirmReadCommand,
  countersignCommand,
  dateOf,
  deadlineAlertCommand,
  type ExtensionPolicy,
  type HandOffStep,
  handOff,
  isBefore,
  isRecordOnlyEvent,
  makeEvolve,
  pressCommand,
  reassignCommand,
  recorded,
  refuseExtensionCommand,
  replaceAttachmentCommand,
  requestCountersignCommand,
  requestExtensionCommand,
  returnCountersignCommand,
  sendBackCommand,
  withAttachments,
  withdrawCommand,
  withTimeLimit,
} from "../../shared/operations/index.js";
import { opinionFrom } from "../../shared/opinion.js";
import type { Label } from "../../shared/process.js";
import { defaultProcessConfig, type ProcessConfig } from "../../shared/process-config.js";
import { invalid } from "../../shared/refusals.js";
import type { RegisterConfig } from "../../shared/register.js";
import {
  AssignNumber,
  CheckDraft,
  DistributeDocument,
  type DraftData,
  DraftDocument,
  ForwardToPrincipal,
  type IncomingReference,
  OpenReplyDraft,
  type OutgoingCommand,
  PrintDocument,
  ReviewDraft,
  ReviseDraft,
  SealDocument,
  SignDraft,
  SubmitForSignature,
} from "./commands.js";
import type { OutgoingEvent } from "./events.js";
import {
  draftingStatuses,
  initialState,
  lifecycle,
  needsPrincipal,
  type OutgoingState,
  type OutgoingStatus,
  openStatuses,
  unsignedStatuses,
} from "./state.js";

type Table = CommandTable<OutgoingCommand, OutgoingState, OutgoingEvent, OutgoingStatus>;

/**
 * What an administrator may set for 公文制发: the shared settings and the 机关代字 the bureau
 * numbers its documents under — the same list as the numbering register's configuration
 * (`RegisterConfig.agencyPrefixes`), so the process refuses a number the register could not give.
 */
export interface OutgoingConfig extends ProcessConfig, Pick<RegisterConfig, "agencyPrefixes"> {}

export const defaultOutgoingConfig: OutgoingConfig = {
  ...defaultProcessConfig,
  agencyPrefixes: ["武科", "武科函", "武科办"],
};
type Check = Either.Either<void, InvalidCommand>;

const office = ["office-clerk", "office-director"] as const;
const unitRoles = ["division-handler", "division-head"] as const;

const extensionPolicy: ExtensionPolicy = {
  rule: "发文：办理时限（如收文办理回复的时限）延期须经局办公室主任同意",
};

// ── The rules of a 送审稿 ────────────────────────────────────────────────────────────────────

const fail = (command: string, field: string, why: Label): Check =>
  Either.left(invalid(command, field, why));

/**
 * What the 审核 of 条例第二十条 checks of form before a draft goes on: the 文种 fits the
 * direction, the addressees are coherent, a classified document carries its 保密期限.
 */
export const checkDraft = (
  command: string,
  draft: DraftData,
  replyTo: IncomingReference | undefined,
): Check => {
  // 条例第八条（十）（十一）: 报告 and 请示 are addressed to a superior organ.
  if ((draft.kind === "请示" || draft.kind === "报告") && draft.direction !== "上行文") {
    return fail(command, "direction", {
      zh: `${draft.kind}是上行文（《党政机关公文处理工作条例》第八条）`,
      en: `A ${draft.kind} goes to a superior organ (条例 art. 8)`,
    });
  }
  // 条例第八条（十二）: 批复 answers a subordinate organ's 请示, registered here as 收文.
  if (draft.kind === "批复" && (draft.direction !== "下行文" || replyTo === undefined)) {
    return fail(command, draft.direction !== "下行文" ? "direction" : "replyTo", {
      zh: "批复用于答复下级机关请示事项，须为下行文并注明所答复的收文（《党政机关公文处理工作条例》第八条）",
      en: "A 批复 answers a subordinate's 请示: it goes down and names the incoming document (条例 art. 8)",
    });
  }
  // 条例第十五条（一）: 向上级机关行文，原则上主送一个上级机关，其他上级机关用抄送.
  if (draft.direction === "上行文" && draft.mainTo.length !== 1) {
    return fail(command, "mainTo", {
      zh: "上行文主送一个上级机关，其他机关用抄送（《党政机关公文处理工作条例》第十五条）",
      en: "A document to a superior is addressed to one superior organ, others copied (条例 art. 15)",
    });
  }
  if ((draft.kind === "批复" || draft.kind === "函") && draft.mainTo.length === 0) {
    return fail(command, "mainTo", {
      zh: `${draft.kind}须有主送机关`,
      en: `A ${draft.kind} must be addressed to an organ`,
    });
  }
  const addressees = [...draft.mainTo, ...draft.copyTo];
  if (new Set(addressees).size !== addressees.length) {
    return fail(command, "copyTo", {
      zh: "同一机关不能重复列入主送或抄送",
      en: "An organ is listed once, either addressed or copied",
    });
  }
  // GB/T 9704-2012 7.2.2: 涉密公文应当标注密级和保密期限.
  if (draft.classification === undefined) {
    if (draft.secrecyYears !== undefined) {
      return fail(command, "secrecyYears", {
        zh: "非涉密公文不标注保密期限",
        en: "A document that is not classified has no secrecy period",
      });
    }
  } else {
    const max = maxSecrecyYears[draft.classification];
    if (draft.secrecyYears === undefined || draft.secrecyYears > max) {
      return fail(command, "secrecyYears", {
        zh: `${draft.classification}公文须标注保密期限，且不超过 ${max} 年（《保守国家秘密法》）`,
        en: `A ${draft.classification} document carries a secrecy period of at most ${max} years`,
      });
    }
  }
  return Either.void;
};

const checkDueOn = (command: string, dueOn: LocalDate | undefined, meta: CommandMeta): Check =>
  dueOn !== undefined && isBefore(dueOn, dateOf(meta.at))
    ? fail(command, "dueOn", {
        zh: "办理时限不能早于起草日期",
        en: "The due date cannot be before the day of drafting",
      })
    : Either.void;

/** The draft fields of a command payload, without its tag and extras. */
const draftOf = (p: DraftData): DraftData => ({
  title: p.title,
  kind: p.kind,
  direction: p.direction,
  important: p.important,
  mainTo: p.mainTo,
  copyTo: p.copyTo,
  ...(p.urgency === undefined ? {} : { urgency: p.urgency }),
  ...(p.classification === undefined ? {} : { classification: p.classification }),
  ...(p.secrecyYears === undefined ? {} : { secrecyYears: p.secrecyYears }),
  body: p.body,
});

// ── Who holds the case ───────────────────────────────────────────────────────────────────────

const inDraftingUnit = (state: OutgoingState, unitId: string): boolean =>
  state.draftingUnit?.unitId === unitId;

/** The drafting unit: its handlers and head revise and distribute. */
const draftingUnitOnly: WhoRule<OutgoingState> = {
  test: (state, actor) => inDraftingUnit(state, actor.unitId),
  why: { zh: "只有起草单位可以办理", en: "Only the drafting unit may do this" },
};

/** 核稿 is the drafting unit's own principal head's. */
const draftingUnitHead: WhoRule<OutgoingState> = {
  test: (state, actor) => inDraftingUnit(state, actor.unitId),
  why: { zh: "只有起草单位的负责人可以核稿", en: "Only the drafting unit's head checks it" },
};

/** Who holds the case at each status from which it may be sent back (退回修改). */
const holder: WhoRule<OutgoingState> = {
  test: (state, actor) => {
    switch (state.status) {
      case "Drafted":
        return hasRole(actor, "division-head") && inDraftingUnit(state, actor.unitId);
      case "Checked":
        return hasRole(actor, "office-reviewer");
      case "Reviewed":
        return hasRole(actor, "office-director");
      case "AwaitingLeaderSignature":
        return state.leader?.userId === actor.userId;
      case "AwaitingPrincipalSignature":
        return state.principal?.userId === actor.userId;
      // 条例第二十四条: 复核 before issue — a flaw found after signing goes back for revision.
      case "Signed":
        return hasRole(actor, "confidential-office");
      default:
        return false;
    }
  },
  why: {
    zh: "只有当前审核或签发人可以退回",
    en: "Only the one reviewing or signing may return it",
  },
};

/**
 * 签发: the leader the draft was submitted to signs. 条例第二十二条: 重要公文和上行文由机关主要负
 * 责人签发 — for those the leader in charge may only sign and forward, unless the leader it went
 * to is the principal leader.
 */
const signer: WhoRule<OutgoingState> = {
  test: (state, actor) => {
    switch (state.status) {
      case "AwaitingLeaderSignature":
        return (
          state.leader?.userId === actor.userId &&
          (!needsPrincipal(state.draft) || hasRole(actor, "principal-leader"))
        );
      case "AwaitingPrincipalSignature":
        return state.principal?.userId === actor.userId && hasRole(actor, "principal-leader");
      default:
        return false;
    }
  },
  why: {
    zh: "只有呈送的局领导可以签发；重要公文和上行文须由主要领导签发（《党政机关公文处理工作条例》第二十二条）",
    en: "Only the leader it was submitted to signs; important documents and documents to a superior are signed by the principal leader (条例 art. 22)",
  },
};

const signingRule = (principal: boolean, required: boolean): string =>
  principal
    ? required
      ? "《党政机关公文处理工作条例》第二十二条：重要公文和上行文由机关主要负责人签发"
      : "《党政机关公文处理工作条例》第二十二条：公文应当经本机关负责人审批签发（主要领导签发）"
    : "《党政机关公文处理工作条例》第二十二条：公文应当经本机关负责人审批签发（分管领导签发）";

// ── The table ────────────────────────────────────────────────────────────────────────────────

export const makeTable = (config: OutgoingConfig): Table => ({
  DraftDocument: {
    schema: DraftDocument,
    label: { zh: "起草", en: "Draft" },
    // New: a unit drafts on its own; ToDraft: the reply the process manager opened for it.
    at: ["New", "ToDraft"],
    roles: unitRoles,
    who: {
      test: (state, actor) => state.status === "New" || inDraftingUnit(state, actor.unitId),
      why: { zh: "只有起草单位可以起草", en: "Only the drafting unit may draft it" },
    },
    decide: (p, state, meta) => {
      // An opened reply keeps its link and its time limit: they come from the 收文.
      const replyTo = state.replyTo ?? p.replyTo;
      const dueOn = p.dueOn ?? state.handling.lead?.dueOn;
      const checked = Either.flatMap(checkDraft("DraftDocument", p, replyTo), () =>
        checkDueOn("DraftDocument", p.dueOn, meta),
      );
      if (Either.isLeft(checked)) return Either.left(checked.left);
      return Either.right([
        {
          _tag: "DocumentDrafted",
          ...recorded(meta),
          ...draftOf(p),
          // The drafting unit is the drafter's (or, under 委托, the principal's).
          unitId: principalOf(meta).unitId,
          unitName: p.unitName,
          ...(replyTo === undefined ? {} : { replyTo }),
          ...(dueOn === undefined ? {} : { dueOn }),
          attachments: p.attachments.map(firstVersion),
        },
      ]);
    },
  },
  OpenReplyDraft: {
    schema: OpenReplyDraft,
    label: { zh: "开启回复发文", en: "Open a reply draft" },
    at: ["New"],
    // The system actor holds the archivist's role ("staff"); the person check admits it alone.
    roles: "staff",
    who: {
      test: (_state, actor) => isSystemActor(actor),
      why: {
        zh: "回复发文由系统根据收文自动开启，人工请直接「起草」",
        en: "Reply drafts are opened by the process manager; draft directly instead",
      },
    },
    decide: (p, _state, meta) =>
      Either.right([
        {
          _tag: "ReplyDraftOpened",
          ...recorded(meta),
          replyTo: p.replyTo,
          title: p.title,
          unitId: p.unitId,
          unitName: p.unitName,
          ...(p.dueOn === undefined ? {} : { dueOn: p.dueOn }),
        },
      ]),
  },
  ReviseDraft: {
    schema: ReviseDraft,
    label: { zh: "修改送审稿", en: "Revise draft" },
    at: ["Revising"],
    roles: unitRoles,
    who: draftingUnitOnly,
    decide: (p, state, meta) =>
      Either.map(checkDraft("ReviseDraft", p, state.replyTo), () => [
        {
          _tag: "DraftRevised",
          ...recorded(meta),
          ...draftOf(p),
          ...(p.note === undefined ? {} : { note: p.note }),
        },
      ]),
  },
  CheckDraft: {
    schema: CheckDraft,
    label: { zh: "核稿", en: "Check draft" },
    at: ["Drafted"],
    roles: ["division-head"],
    who: draftingUnitHead,
    decide: (p, _state, meta) =>
      Either.map(
        opinionFrom(
          meta,
          { kind: "核稿意见", text: p.opinion, role: "division-head" },
          "CheckDraft",
        ),
        (opinion) => [{ _tag: "DraftChecked", ...recorded(meta), opinion }],
      ),
  },
  ReviewDraft: {
    schema: ReviewDraft,
    label: { zh: "审稿", en: "Review draft" },
    at: ["Checked"],
    roles: ["office-reviewer"],
    // 会签 comes before 审稿: an open round must be completed (or returned) first.
    when: (state) => state.handling.countersign === undefined,
    decide: (p, _state, meta) =>
      Either.map(
        opinionFrom(
          meta,
          { kind: "审核意见", text: p.opinion, role: "office-reviewer" },
          "ReviewDraft",
        ),
        (opinion) => [
          {
            _tag: "DraftReviewed",
            ...recorded(meta),
            opinion,
            ...(p.important === undefined ? {} : { important: p.important }),
          },
        ],
      ),
  },
  SubmitForSignature: {
    schema: SubmitForSignature,
    label: { zh: "送审", en: "Submit for signature" },
    at: ["Reviewed"],
    roles: ["office-director"],
    decide: (p, _state, meta) =>
      Either.map(
        opinionFrom(
          meta,
          { kind: "审核意见", text: p.opinion, role: "office-director" },
          "SubmitForSignature",
        ),
        (opinion) => [
          { _tag: "SubmittedForSignature", ...recorded(meta), opinion, leader: p.leader },
        ],
      ),
  },
  ForwardToPrincipal: {
    schema: ForwardToPrincipal,
    label: { zh: "审签并呈主要领导", en: "Sign and forward to the principal" },
    at: ["AwaitingLeaderSignature"],
    roles: ["leader-in-charge"],
    who: {
      test: (state, actor) => state.leader?.userId === actor.userId,
      why: { zh: "只有呈送的分管领导可以审签", en: "Only the leader it was submitted to signs" },
    },
    decide: (p, state, meta) => {
      if (p.principal.userId === state.leader?.userId) {
        return Either.left(
          invalid("ForwardToPrincipal", "principal", {
            zh: "呈送的主要领导不能是本人",
            en: "The principal leader is someone else",
          }),
        );
      }
      return Either.map(
        opinionFrom(
          meta,
          { kind: "签发意见", text: p.opinion, role: "leader-in-charge" },
          "ForwardToPrincipal",
        ),
        (opinion) => [
          { _tag: "ForwardedToPrincipal", ...recorded(meta), opinion, principal: p.principal },
        ],
      );
    },
  },
  SignDraft: {
    schema: SignDraft,
    label: { zh: "签发", en: "Sign for issue" },
    at: ["AwaitingLeaderSignature", "AwaitingPrincipalSignature"],
    roles: ["leader-in-charge", "principal-leader"],
    who: signer,
    decide: (p, state, meta) => {
      const principal = hasRole(principalOf(meta), "principal-leader");
      return Either.map(
        opinionFrom(
          meta,
          {
            kind: "签发意见",
            text: p.opinion,
            role: principal ? "principal-leader" : "leader-in-charge",
          },
          "SignDraft",
        ),
        (opinion) => [
          {
            _tag: "DocumentSigned",
            ...recorded(meta),
            opinion,
            rule: signingRule(principal, needsPrincipal(state.draft)),
          },
        ],
      );
    },
  },
  AssignNumber: {
    schema: AssignNumber,
    label: { zh: "编号", en: "Assign number" },
    at: ["Signed"],
    roles: ["confidential-office"],
    decide: (p, _state, meta) =>
      Either.map(
        checkDocumentNumber("AssignNumber", "number", p.number, config.agencyPrefixes, meta),
        () => [{ _tag: "NumberAssigned", ...recorded(meta), number: p.number }],
      ),
  },
  PrintDocument: {
    schema: PrintDocument,
    label: { zh: "印文", en: "Print" },
    at: ["Numbered"],
    roles: ["print-room"],
    decide: (p, _state, meta) =>
      Either.right([{ ...p, _tag: "DocumentPrinted", ...recorded(meta) }]),
  },
  SealDocument: {
    schema: SealDocument,
    label: { zh: "用印", en: "Seal and file" },
    at: ["Printed"],
    roles: ["confidential-office"],
    decide: (p, state, meta) =>
      Either.right(
        state.draft === undefined ||
          state.number === undefined ||
          state.signedOn === undefined ||
          state.draftingUnit === undefined
          ? []
          : [
              {
                ...p,
                _tag: "DocumentSealed",
                ...recorded(meta),
                archive: {
                  process: "outgoing",
                  category: "WS",
                  title: state.draft.title,
                  number: state.number,
                  source: state.draftingUnit.unitName,
                  // 成文日期 is the day of the signature (GB/T 9704-2012 7.3.5.1).
                  date: state.signedOn,
                  attachments: state.handling.attachments,
                },
              },
            ],
      ),
  },
  DistributeDocument: {
    schema: DistributeDocument,
    label: { zh: "分发", en: "Distribute" },
    at: ["Sealed"],
    roles: unitRoles,
    who: draftingUnitOnly,
    decide: (p, state, meta) => {
      const draft = state.draft;
      const missing = [...(draft?.mainTo ?? []), ...(draft?.copyTo ?? [])].filter(
        (organ) => !p.recipients.includes(organ),
      );
      if (missing.length > 0) {
        return Either.left(
          invalid("DistributeDocument", "recipients", {
            zh: `主送、抄送机关须全部分发（缺：${missing.join("、")}）`,
            en: `Every addressee must receive it (missing: ${missing.join(", ")})`,
          }),
        );
      }
      // 《保守国家秘密法》: a classified document travels only by the confidential channel
      // (机要交通/机要通信) or by hand, never by ordinary post or a non-classified network.
      if (
        draft?.classification !== undefined &&
        p.method !== "机要交换" &&
        p.method !== "专人送达"
      ) {
        return Either.left(
          invalid("DistributeDocument", "method", {
            zh: "涉密公文只能通过机要交换或专人送达（《保守国家秘密法》）",
            en: "A classified document goes only by the confidential channel or by hand",
          }),
        );
      }
      return Either.right([{ ...p, _tag: "DocumentDistributed", ...recorded(meta) }]);
    },
  },
  // 会签 (条例第十九条: 涉及其他部门职权范围内的事项，起草单位必须征求相关部门意见): after 核稿,
  // before 审稿; any signatory may return the draft to the drafting unit.
  RequestCountersign: requestCountersignCommand({
    at: ["Checked"],
    roles: [...unitRoles, "office-reviewer"],
    who: {
      test: (state, actor) =>
        hasRole(actor, "office-reviewer") || inDraftingUnit(state, actor.unitId),
      why: {
        zh: "只有起草单位或审核人可以发起会签",
        en: "Only the drafting unit or the reviewer requests countersignature",
      },
    },
  }),
  Countersign: countersignCommand({ at: ["Checked"] }),
  ReturnCountersign: returnCountersignCommand({ at: ["Checked"] }),
  SendBack: sendBackCommand({
    label: { zh: "退回修改", en: "Return for revision" },
    targets: {
      Drafted: "Revising",
      Checked: "Revising",
      Reviewed: "Revising",
      AwaitingLeaderSignature: "Revising",
      AwaitingPrincipalSignature: "Revising",
      Signed: "Revising",
    },
    roles: [
      "division-head",
      "office-reviewer",
      "office-director",
      "leader-in-charge",
      "principal-leader",
      "confidential-office",
    ],
    who: holder,
  }),
  Withdraw: withdrawCommand({
    at: ["Drafted", "Checked", "Reviewed", "AwaitingLeaderSignature", "AwaitingPrincipalSignature"],
  }),
  Reassign: withTimeLimit(reassignCommand({ at: ["Revising"] })),
  Press: withTimeLimit(pressCommand({ at: draftingStatuses, roles: office })),
  RequestExtension: requestExtensionCommand({ at: draftingStatuses, policy: extensionPolicy }),
  ApproveExtension: approveExtensionCommand({ at: draftingStatuses, policy: extensionPolicy }),
  RefuseExtension: refuseExtensionCommand({ at: draftingStatuses }),
  // 涉密 items are visible only to those who handle them: a classified draft is not circulated.
  Circulate: {
    ...circulateCommand<OutgoingState, OutgoingStatus>({ at: openStatuses }),
    when: (state) => state.draft?.classification === undefined,
  },
  ConfirmRead: confirmReadCommand({ at: openStatuses }),
  RecordDeadlineAlert: deadlineAlertCommand({ at: openStatuses }),
  AddComment: commentCommand({ at: openStatuses }),
  AttachFile: attachCommand({ at: openStatuses }),
  ReplaceAttachment: replaceAttachmentCommand({ at: unsignedStatuses }),
});

// ── The fold ─────────────────────────────────────────────────────────────────────────────────

const withOpinion = (
  state: OutgoingState,
  status: OutgoingStatus,
  opinion: OutgoingState["opinions"][number],
): OutgoingState => ({ ...state, status, opinions: [...state.opinions, opinion] });

/** The case's own facts: status and the data later steps read. */
const apply = (state: OutgoingState, event: OutgoingEvent): OutgoingState => {
  if (isRecordOnlyEvent(event)) return state;
  switch (event._tag) {
    case "ReplyDraftOpened":
      return {
        ...state,
        status: "ToDraft",
        draftingUnit: { unitId: event.unitId, unitName: event.unitName },
        replyTo: event.replyTo,
        // The 收文's reply time limit is the drafting unit's: the case list shows its light.
        handling:
          event.dueOn === undefined
            ? state.handling
            : {
                ...state.handling,
                lead: { unitId: event.unitId, unitName: event.unitName, dueOn: event.dueOn },
              },
      };
    case "DocumentDrafted":
      return {
        ...state,
        status: "Drafted",
        draft: draftOf(event),
        draftingUnit: { unitId: event.unitId, unitName: event.unitName },
        drafter: event.onBehalfOf ?? event.by,
        replyTo: event.replyTo,
        handling: withAttachments(
          event.dueOn === undefined
            ? state.handling
            : {
                ...state.handling,
                lead: { unitId: event.unitId, unitName: event.unitName, dueOn: event.dueOn },
              },
          event.attachments,
        ),
      };
    // A revision starts a new round: its 发文稿纸 is signed afresh.
    case "DraftRevised":
      return {
        ...state,
        status: "Drafted",
        draft: draftOf(event),
        opinions: [],
        revisions: state.revisions + 1,
      };
    case "DraftChecked":
      return withOpinion(state, "Checked", event.opinion);
    case "DraftReviewed":
      return {
        ...withOpinion(state, "Reviewed", event.opinion),
        draft:
          state.draft === undefined || event.important === undefined
            ? state.draft
            : { ...state.draft, important: event.important },
      };
    case "SubmittedForSignature":
      return {
        ...withOpinion(state, "AwaitingLeaderSignature", event.opinion),
        leader: event.leader,
      };
    case "ForwardedToPrincipal":
      return {
        ...withOpinion(state, "AwaitingPrincipalSignature", event.opinion),
        principal: event.principal,
      };
    case "DocumentSigned":
      return {
        ...withOpinion(state, "Signed", event.opinion),
        signature: event.opinion,
        signedOn: dateOf(event.at),
      };
    case "NumberAssigned":
      return { ...state, status: "Numbered", number: event.number };
    case "DocumentPrinted":
      return { ...state, status: "Printed", copies: event.copies };
    case "DocumentSealed":
      return { ...state, status: "Sealed" };
    case "DocumentDistributed":
      return { ...state, status: "Distributed" };
    // 退回修改: back to the drafting unit; any open 会签 round and any signature lapse.
    case "SentBack":
      return {
        ...state,
        status: event.to,
        handling: closeCountersign(state.handling),
        leader: undefined,
        principal: undefined,
        signature: undefined,
        signedOn: undefined,
      };
    // 撤回: the sender takes back their step, and with it the opinion they sent it on with.
    case "Withdrawn":
      return {
        ...state,
        status: event.to,
        opinions: event.to === "Revising" ? state.opinions : state.opinions.slice(0, -1),
        handling: event.from === "Checked" ? closeCountersign(state.handling) : state.handling,
        leader: event.to === "Reviewed" ? undefined : state.leader,
        principal: event.to === "AwaitingLeaderSignature" ? undefined : state.principal,
      };
    // A signatory's return sends the draft back to the drafting unit (退回修改).
    case "CountersignReturned":
      return state.status === "Checked" ? { ...state, status: "Revising" } : state;
    // 转办 of the drafting: the new unit revises, distributes, and its head checks.
    case "Reassigned":
      return event.lead && event.toUnitId !== event.fromUnitId
        ? { ...state, draftingUnit: { unitId: event.toUnitId, unitName: event.toUnitName } }
        : state;
    case "UnitsAssigned":
    case "ExtensionGranted":
      return state;
    default:
      return absurd(event);
  }
};

export const evolve = makeEvolve({
  apply,
  handOffOf: (event: OutgoingEvent): HandOffStep<OutgoingStatus> => {
    switch (event._tag) {
      // The hand-offs that may be taken back (撤回) until the receiver acts or the case moves.
      case "DocumentDrafted":
      case "DraftRevised":
        return { set: handOff(event, "Revising", "Drafted", { kind: "next-step" }) };
      case "DraftChecked":
        return { set: handOff(event, "Drafted", "Checked", { kind: "next-step" }) };
      case "DraftReviewed":
        return { set: handOff(event, "Checked", "Reviewed", { kind: "next-step" }) };
      case "SubmittedForSignature":
        return {
          set: handOff(event, "Reviewed", "AwaitingLeaderSignature", {
            kind: "person",
            userId: event.leader.userId,
          }),
        };
      case "ForwardedToPrincipal":
        return {
          set: handOff(event, "AwaitingLeaderSignature", "AwaitingPrincipalSignature", {
            kind: "person",
            userId: event.principal.userId,
          }),
        };
      default:
        return undefined;
    }
  },
});

export const makeSpec = (
  config: OutgoingConfig,
): ProcessSpec<OutgoingCommand, OutgoingEvent, OutgoingState, OutgoingStatus> => ({
  lifecycle,
  table: makeTable(config),
  initialState,
  evolve,
});

/** The process on its default settings (the calendar data the package ships). */
export const { spec, table, decider, availableActions } = onDefaults(
  makeSpec,
  defaultOutgoingConfig,
);
