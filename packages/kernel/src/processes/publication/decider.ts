import { Either } from "effect";
import { type Actor, hasRole } from "../../shared/actor.js";
import { firstVersion } from "../../shared/attachment.js";
import {
  type CommandTable,
  onDefaults,
  type ProcessSpec,
  type WhoRule,
} from "../../shared/command-table.js";
import { deadlinePresets } from "../../shared/deadline.js";
import type { CommandMeta } from "../../shared/decider.js";
import type { DomainError } from "../../shared/errors.js";
import {
  absurd,
  attachCommand,
  circulateCommand,
  commentCommand,
  confirmReadCommand,
  dateOf,
  deadlineAlertCommand,
  type HandOffStep,
  handOff,
  isBefore,
  isRecordOnlyEvent,
  makeEvolve,
  notInFuture,
  type Recorded,
  recorded,
  replaceAttachmentCommand,
  scheduleOrRefuse,
  withAttachments,
  withdrawCommand,
} from "../../shared/operations/index.js";
import { type Opinion, opinionFrom } from "../../shared/opinion.js";
import { defaultProcessConfig, type ProcessConfig } from "../../shared/process-config.js";
import { invalid } from "../../shared/refusals.js";
import type { Role } from "../../shared/roles.js";
import {
  CancelItem,
  type PublicationCommand,
  RecordPublication,
  RejectToClerk,
  ResubmitItem,
  ReviewByDivisionHead,
  ReviewByInformationOfficer,
  ReviewByOfficeDirector,
  SubmitToInformationCentre,
  UploadItem,
} from "./commands.js";
import type { PublicationEvent } from "./events.js";
import {
  cancellableStatuses,
  editingStatuses,
  initialState,
  lifecycle,
  noReviews,
  openStatuses,
  type PublicationState,
  type PublicationStatus,
  type Reviews,
  reviewStatuses,
} from "./state.js";

type Table = CommandTable<
  PublicationCommand,
  PublicationState,
  PublicationEvent,
  PublicationStatus
>;

/**
 * What an administrator may set for 政务信息上载: the shared settings — the 20 工作日 of 主动公开
 * are counted on its calendar.
 */
export type PublicationConfig = ProcessConfig;
export const defaultPublicationConfig: PublicationConfig = defaultProcessConfig;

/**
 * 主动公开的政府信息 is published within 20 工作日 of being formed (《政府信息公开条例》
 * 第二十六条, the shared preset): the due date is fixed when the item is entered.
 */
const publicationPeriod = deadlinePresets.publication;

/** 「由草拟信息单位的处长通过CMS系统审核把关信息内容」: the head of THAT division, no other. */
const isDraftingDivisionHead = (state: PublicationState, actor: Actor): boolean =>
  state.item !== undefined &&
  hasRole(actor, "division-head") &&
  actor.unitId === state.item.draftingUnit.unitId;

const draftingDivisionHead: WhoRule<PublicationState> = {
  test: isDraftingDivisionHead,
  why: {
    zh: "只有草拟信息单位的处长可以审核",
    en: "Only the head of the drafting division may review it",
  },
};

/**
 * Who holds the item at each step from which it may be rejected (驳回至录入员): the reviewer of
 * that step; once approved, the office director, who also relays a return by the information
 * centre (a column's format rules are the centre's too).
 */
const reviewer: WhoRule<PublicationState> = {
  test: (state, actor) => {
    switch (state.status) {
      case "DivisionReview":
        return isDraftingDivisionHead(state, actor);
      case "OfficerReview":
        return hasRole(actor, "information-officer");
      case "DirectorReview":
      case "Approved":
      case "WithCentre":
        return hasRole(actor, "office-director");
      default:
        return false;
    }
  },
  why: {
    zh: "只有本环节的审核人可以驳回",
    en: "Only the reviewer of this step may reject it",
  },
};

/**
 * A review approves the item with an 审核意见, signed in the reviewer's role. The three reviews
 * are the bureau's 公开审查 (《政府信息公开条例》第十七条: information is reviewed before it is made
 * public), so each opinion is kept verbatim for the 处理单.
 */
const review =
  (
    role: Role,
    command: string,
    approved: (record: Recorded, opinion: Opinion) => PublicationEvent,
  ) =>
  (
    p: { readonly opinion: string },
    _state: PublicationState,
    meta: CommandMeta,
  ): Either.Either<ReadonlyArray<PublicationEvent>, DomainError> =>
    Either.map(
      opinionFrom(meta, { kind: "审核意见", text: p.opinion, role }, command),
      (opinion) => [approved(recorded(meta), opinion)],
    );

export const makeTable = (config: PublicationConfig): Table => ({
  UploadItem: {
    schema: UploadItem,
    label: { zh: "上载至系统", en: "Enter information" },
    at: ["New"],
    roles: ["data-entry-clerk"],
    decide: (p, _state, meta) =>
      Either.gen(function* () {
        // 涉密 information is never published: 《政府信息公开条例》第十四条 (依法确定为国家秘密的
        // 政府信息不予公开) — refused before it enters the portal's CMS at all.
        if (p.classification !== "非密") {
          return yield* Either.left(
            invalid("UploadItem", "classification", {
              zh: "涉密信息不得上载至门户网站（《政府信息公开条例》第十四条）",
              en: "Classified information is never published on the portal",
            }),
          );
        }
        yield* notInFuture("UploadItem", "formedOn", p.formedOn, meta, {
          zh: "信息形成日期",
          en: "The day the information was formed",
        });
        const deadline = p.mustDisclose
          ? yield* scheduleOrRefuse(
              "UploadItem",
              "formedOn",
              publicationPeriod,
              p.formedOn,
              config.calendar,
            )
          : undefined;
        const { _tag, attachments, ...data } = p;
        return [
          {
            ...data,
            _tag: "ItemUploaded" as const,
            ...recorded(meta),
            ...(deadline === undefined ? {} : { deadline }),
            attachments: attachments.map(firstVersion),
          },
        ];
      }),
  },
  ReviewByDivisionHead: {
    schema: ReviewByDivisionHead,
    label: { zh: "处长审核", en: "Division head's review" },
    at: ["DivisionReview"],
    roles: ["division-head"],
    who: draftingDivisionHead,
    decide: review("division-head", "ReviewByDivisionHead", (record, opinion) => ({
      _tag: "ApprovedByDivisionHead",
      ...record,
      opinion,
    })),
  },
  ReviewByInformationOfficer: {
    schema: ReviewByInformationOfficer,
    label: { zh: "信息员审核", en: "Information officer's review" },
    at: ["OfficerReview"],
    roles: ["information-officer"],
    decide: review("information-officer", "ReviewByInformationOfficer", (record, opinion) => ({
      _tag: "ApprovedByInformationOfficer",
      ...record,
      opinion,
    })),
  },
  ReviewByOfficeDirector: {
    schema: ReviewByOfficeDirector,
    label: { zh: "局办公室主任审核", en: "Office director's review" },
    at: ["DirectorReview"],
    roles: ["office-director"],
    decide: review("office-director", "ReviewByOfficeDirector", (record, opinion) => ({
      _tag: "ApprovedByOfficeDirector",
      ...record,
      opinion,
    })),
  },
  RejectToClerk: {
    schema: RejectToClerk,
    label: { zh: "驳回至录入员", en: "Reject to the data-entry clerk" },
    at: [...reviewStatuses, "Approved", "WithCentre"],
    roles: ["division-head", "information-officer", "office-director"],
    who: reviewer,
    decide: (p, state, meta) =>
      Either.right([
        {
          _tag: "RejectedToClerk",
          ...recorded(meta),
          from: state.status,
          // The same ground ticked twice is one ground.
          grounds: p.grounds.filter((g, i) => p.grounds.indexOf(g) === i),
          reason: p.reason,
        },
      ]),
  },
  ResubmitItem: {
    schema: ResubmitItem,
    label: { zh: "修改后重新提交", en: "Revise and resubmit" },
    at: editingStatuses,
    roles: ["data-entry-clerk"],
    decide: (p, _state, meta) =>
      Either.right([{ ...p, _tag: "ItemResubmitted", ...recorded(meta) }]),
  },
  SubmitToInformationCentre: {
    schema: SubmitToInformationCentre,
    label: { zh: "提交信息中心", en: "Submit to the information centre" },
    at: ["Approved"],
    roles: ["office-director"],
    decide: (p, _state, meta) =>
      Either.right([{ ...p, _tag: "SubmittedToInformationCentre", ...recorded(meta) }]),
  },
  RecordPublication: {
    schema: RecordPublication,
    label: { zh: "政务信息上载", en: "Record publication" },
    at: ["WithCentre"],
    // The information centre does not log in: the office records what it reports back.
    roles: ["office-director", "office-clerk"],
    decide: (p, state, meta) => {
      const published = notInFuture("RecordPublication", "publishedOn", p.publishedOn, meta, {
        zh: "发布日期",
        en: "The day of publication",
      });
      if (Either.isLeft(published)) return Either.left(published.left);
      if (state.sentToCentreOn !== undefined && isBefore(p.publishedOn, state.sentToCentreOn)) {
        return Either.left(
          invalid("RecordPublication", "publishedOn", {
            zh: "发布日期不能早于提交信息中心的日期",
            en: "The item cannot be published before it was submitted to the centre",
          }),
        );
      }
      return Either.right(
        state.item === undefined
          ? []
          : [
              {
                _tag: "PublicationRecorded",
                ...recorded(meta),
                column: state.item.column,
                title: state.item.title,
                publishedOn: p.publishedOn,
                url: p.url,
              },
            ],
      );
    },
  },
  CancelItem: {
    schema: CancelItem,
    label: { zh: "撤销", en: "Cancel" },
    // Once with the information centre it must first be taken back (撤回) by the director.
    at: cancellableStatuses,
    roles: ["data-entry-clerk"],
    decide: (p, state, meta) =>
      Either.right([
        { _tag: "ItemCancelled", ...recorded(meta), from: state.status, reason: p.reason },
      ]),
  },
  Withdraw: withdrawCommand({
    at: ["DivisionReview", "OfficerReview", "DirectorReview", "WithCentre"],
  }),
  Circulate: circulateCommand({ at: openStatuses }),
  ConfirmRead: confirmReadCommand({ at: openStatuses }),
  RecordDeadlineAlert: deadlineAlertCommand({ at: openStatuses }),
  AddComment: commentCommand({ at: openStatuses }),
  // What the reviewers approve is what is published: attachments and images change only with
  // the clerk, before the item goes (again) to 「处长审核」.
  AttachFile: attachCommand({ at: editingStatuses, roles: ["data-entry-clerk"] }),
  ReplaceAttachment: replaceAttachmentCommand({ at: editingStatuses, roles: ["data-entry-clerk"] }),
});

/** The review each reviewing status collects; taking an approval back (撤回) undoes it. */
const withoutReviewAt = (reviews: Reviews, status: PublicationStatus): Reviews => {
  switch (status) {
    case "DivisionReview":
      return { ...reviews, divisionHead: undefined };
    case "OfficerReview":
      return { ...reviews, informationOfficer: undefined };
    default:
      return reviews;
  }
};

const withReview = (reviews: Reviews, key: keyof Reviews, opinion: Opinion): Reviews => ({
  ...reviews,
  [key]: opinion,
});

/** The item's own facts: status and the data later steps read. */
const apply = (state: PublicationState, event: PublicationEvent): PublicationState => {
  if (isRecordOnlyEvent(event)) return state;
  switch (event._tag) {
    case "ItemUploaded":
      return {
        ...state,
        status: "DivisionReview",
        item: {
          column: event.column,
          title: event.title,
          body: event.body,
          draftingUnit: event.draftingUnit,
          formedOn: event.formedOn,
          mustDisclose: event.mustDisclose,
        },
        enteredBy: event.by,
        deadline: event.deadline,
        submissions: state.submissions + 1,
        handling: withAttachments(state.handling, event.attachments),
      };
    case "ApprovedByDivisionHead":
      return {
        ...state,
        status: "OfficerReview",
        reviews: withReview(state.reviews, "divisionHead", event.opinion),
      };
    case "ApprovedByInformationOfficer":
      return {
        ...state,
        status: "DirectorReview",
        reviews: withReview(state.reviews, "informationOfficer", event.opinion),
      };
    case "ApprovedByOfficeDirector":
      return {
        ...state,
        status: "Approved",
        reviews: withReview(state.reviews, "officeDirector", event.opinion),
      };
    // 驳回: the review starts again at 「处长审核」, so this round's approvals no longer count.
    case "RejectedToClerk":
      return {
        ...state,
        status: "Rejected",
        reviews: noReviews,
        rejections: state.rejections + 1,
        lastRejection: {
          from: event.from,
          by: event.by,
          reason: event.reason,
          grounds: event.grounds,
        },
        sentToCentreOn: undefined,
      };
    case "ItemResubmitted":
      return {
        ...state,
        status: "DivisionReview",
        item:
          state.item === undefined
            ? undefined
            : { ...state.item, column: event.column, title: event.title, body: event.body },
        submissions: state.submissions + 1,
      };
    case "SubmittedToInformationCentre":
      return { ...state, status: "WithCentre", sentToCentreOn: dateOf(event.at) };
    case "PublicationRecorded":
      return {
        ...state,
        status: "Published",
        publication: { publishedOn: event.publishedOn, url: event.url },
      };
    case "ItemCancelled":
      return { ...state, status: "Cancelled" };
    case "Withdrawn":
      return {
        ...state,
        status: event.to,
        reviews: withoutReviewAt(state.reviews, event.to),
        sentToCentreOn: event.to === "Approved" ? undefined : state.sentToCentreOn,
      };
    default:
      return absurd(event);
  }
};

export const evolve = makeEvolve({
  apply,
  handOffOf: (
    event: PublicationEvent,
    _before: PublicationState,
    after: PublicationState,
  ): HandOffStep<PublicationStatus> => {
    switch (event._tag) {
      // The hand-offs that may be taken back (撤回) until the receiver acts.
      case "ItemUploaded":
        // Taken back before the 处长 acts, a first entry goes back to the clerk as a draft.
        return {
          set: handOff(event, "Draft", after.status, {
            kind: "unit",
            unitId: event.draftingUnit.unitId,
          }),
        };
      case "ItemResubmitted":
        return after.item === undefined
          ? { set: undefined }
          : { kind: "unit", unitId: after.item.draftingUnit.unitId };
      // The information officer, the office director and the information centre are groups or
      // outsiders: their acting shows only as the item moving on.
      case "ApprovedByDivisionHead":
      case "ApprovedByInformationOfficer":
      case "SubmittedToInformationCentre":
        return { kind: "next-step" };
      default:
        return undefined;
    }
  },
});

export const makeSpec = (
  config: PublicationConfig,
): ProcessSpec<PublicationCommand, PublicationEvent, PublicationState, PublicationStatus> => ({
  lifecycle,
  table: makeTable(config),
  initialState,
  evolve,
});

/** The process on its default settings (the calendar data the package ships). */
export const { spec, table, decider, availableActions } = onDefaults(
  makeSpec,
  defaultPublicationConfig,
);
