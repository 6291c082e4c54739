import type { FlowDefinition } from "../../shared/flow.js";
import {
  absurd,
  describeHandlingEvent,
  describeSentBack,
  describeWithdrawn,
  entry,
  isHandlingEvent,
} from "../../shared/operations/index.js";
import { type Opinion, opinionKindLabels } from "../../shared/opinion.js";
import type { HistoryEntry, Label } from "../../shared/process.js";
import type { DraftData } from "./commands.js";
import type { OutgoingEvent } from "./events.js";
import { type OutgoingState, type OutgoingStatus, statusLabels } from "./state.js";

/**
 * The boxes of the seed's chart 「武汉市科技局办公室：公文制发工作流程」, by their own names. The
 * chart has two boxes named 「送审」: the office head's submission to the leader in charge, and
 * the leader in charge's, after signing, to the principal leader. 「会签」 is not a box of the
 * chart: it stands beside 「审稿」 because 条例第十九条 asks the drafter to consult the units
 * concerned before the office reviews.
 */
export type OutgoingStep =
  | "draft"
  | "check"
  | "review"
  | "countersign"
  | "submit-in-charge"
  | "submit-principal"
  | "number"
  | "print"
  | "seal"
  | "distribute";

const back = (from: OutgoingStep) =>
  ({
    from,
    to: "draft",
    command: "SendBack",
    kind: "back",
    label: { zh: "退回修改", en: "Return for revision" },
  }) as const;

export const definition: FlowDefinition<OutgoingStep, OutgoingStatus> = {
  title: { zh: "公文制发", en: "Drafting and issuing documents" },
  steps: [
    {
      id: "draft",
      kind: "main",
      label: { zh: "起草", en: "Draft" },
      description: {
        zh: "由各处室、单位起草文稿送审稿",
        en: "A division or unit drafts the text for review",
      },
    },
    {
      id: "check",
      kind: "main",
      label: { zh: "核稿", en: "Check" },
      description: {
        zh: "由各处室、单位主要负责人核稿，拟定签定意见",
        en: "The division's principal head checks it and gives a signing opinion",
      },
    },
    {
      id: "review",
      kind: "main",
      label: { zh: "审稿", en: "Review" },
      description: {
        zh: "由局办公室审核人核稿，呈送办公室负责人审签",
        en: "The office reviewer checks it and passes it to the office head",
      },
    },
    {
      id: "countersign",
      kind: "loop",
      beside: "review",
      label: { zh: "会签", en: "Countersign" },
      description: {
        zh: "涉及其他单位职权的，征求相关单位或领导意见（《党政机关公文处理工作条例》第十九条）",
        en: "Units or leaders concerned sign it before the office review (条例 art. 19)",
      },
    },
    {
      id: "submit-in-charge",
      kind: "main",
      label: { zh: "送审", en: "Submit to the leader in charge" },
      description: {
        zh: "由办公室负责人呈送局分管领导审签",
        en: "The office head submits it to the leader in charge to sign",
      },
    },
    {
      id: "submit-principal",
      kind: "main",
      label: { zh: "送审", en: "Submit to the principal leader" },
      description: {
        zh: "由局分管领导审签后，呈送局主要领导审签",
        en: "Signed by the leader in charge, it goes to the principal leader to sign",
      },
    },
    {
      id: "number",
      kind: "main",
      label: { zh: "编号", en: "Number" },
      description: { zh: "由局机要室编号", en: "The confidential office gives the number" },
    },
    {
      id: "print",
      kind: "main",
      label: { zh: "印文", en: "Print" },
      description: {
        zh: "由局文印室按照公文规定格式统一排版印制",
        en: "The print room typesets and prints it in the official format",
      },
    },
    {
      id: "seal",
      kind: "main",
      label: { zh: "用印", en: "Seal" },
      description: {
        zh: "由局机要室用印后存档",
        en: "The confidential office seals it and keeps the file copy",
      },
    },
    {
      id: "distribute",
      kind: "end",
      label: { zh: "分发", en: "Distribute" },
      description: {
        zh: "由文稿起草单位按对象确定分发",
        en: "The drafting unit distributes it to the addressees",
      },
    },
  ],
  transitions: [
    {
      from: "draft",
      to: "check",
      command: "DraftDocument",
      kind: "main",
      label: { zh: "送审稿", en: "Draft" },
    },
    {
      from: "draft",
      to: "check",
      command: "ReviseDraft",
      kind: "main",
      label: { zh: "修改后重新送核", en: "Revised" },
    },
    {
      from: "check",
      to: "review",
      command: "CheckDraft",
      kind: "main",
      label: { zh: "核稿", en: "Check" },
    },
    {
      from: "review",
      to: "countersign",
      command: "RequestCountersign",
      kind: "branch",
      label: { zh: "会签", en: "Countersign" },
    },
    {
      from: "review",
      to: "submit-in-charge",
      command: "SubmitForSignature",
      kind: "main",
      label: { zh: "送审", en: "Submit" },
    },
    {
      from: "submit-in-charge",
      to: "submit-principal",
      command: "ForwardToPrincipal",
      kind: "main",
      label: { zh: "审签后呈主要领导", en: "Signed, to the principal" },
    },
    {
      // 条例第二十二条: not an important document nor one to a superior — the leader in
      // charge may be the last signer.
      from: "submit-in-charge",
      to: "number",
      command: "SignDraft",
      kind: "branch",
      label: { zh: "分管领导签发（一般公文）", en: "Signed by the leader in charge (routine)" },
    },
    {
      from: "submit-principal",
      to: "number",
      command: "SignDraft",
      kind: "main",
      label: { zh: "主要领导签发", en: "Signed by the principal" },
    },
    {
      from: "number",
      to: "print",
      command: "AssignNumber",
      kind: "main",
      label: { zh: "编号", en: "Number" },
    },
    {
      from: "print",
      to: "seal",
      command: "PrintDocument",
      kind: "main",
      label: { zh: "印文", en: "Print" },
    },
    {
      from: "seal",
      to: "distribute",
      command: "SealDocument",
      kind: "main",
      label: { zh: "用印存档", en: "Seal and file" },
    },
    {
      from: "countersign",
      to: "draft",
      command: "ReturnCountersign",
      kind: "back",
      label: { zh: "会签退回", en: "Returned by a signatory" },
    },
    back("check"),
    back("review"),
    back("submit-in-charge"),
    back("submit-principal"),
    back("number"),
  ],
  // A box is lit while its work is pending. The 「审稿」 box ends with the office head's 审签
  // (呈送办公室负责人审签); each 「送审」 box is lit while its leader has the draft to sign.
  stepOfStatus: {
    New: undefined,
    ToDraft: "draft",
    Revising: "draft",
    Drafted: "check",
    Checked: "review",
    Reviewed: "review",
    AwaitingLeaderSignature: "submit-in-charge",
    AwaitingPrincipalSignature: "submit-principal",
    Signed: "number",
    Numbered: "print",
    Printed: "seal",
    Sealed: "distribute",
    Distributed: "distribute",
  },
};

/** The box to highlight for a case (none before it is drafted). */
export const stepOf = (state: OutgoingState): OutgoingStep | undefined =>
  definition.stepOfStatus[state.status];

/** One signed line of the 发文稿纸: whose opinion, in which capacity, and 「代」 when delegated. */
export interface SheetOpinion {
  readonly label: Label;
  readonly text: string;
  readonly signer: string;
  readonly onBehalfOf: string | undefined;
  readonly at: string;
}

/**
 * 发文稿纸: the form archived with the document — what it is, who drafted it, the opinions of
 * the round that led to its signature (verbatim, in order), the 签发人, the 发文字号 and the
 * copies printed. Earlier rounds (before a 退回修改) are in the timeline, `history`.
 */
export interface DraftingSheet {
  readonly draft: DraftData;
  readonly draftingUnit: string;
  readonly drafter: string;
  readonly replyTo: string | undefined;
  readonly opinions: ReadonlyArray<SheetOpinion>;
  /** 签发人 (GB/T 9704-2012 7.2.5: an 上行文 prints the name in its header). */
  readonly issuer: string | undefined;
  readonly signedOn: string | undefined;
  readonly number: string | undefined;
  readonly copies: number | undefined;
}

const sheetOpinion = (opinion: Opinion): SheetOpinion => ({
  label: opinionKindLabels[opinion.kind],
  text: opinion.text,
  signer: opinion.signer.name,
  onBehalfOf: opinion.onBehalfOf?.name,
  at: opinion.at,
});

/** The 发文稿纸 of a case, once it has been drafted. */
export const draftingSheet = (state: OutgoingState): DraftingSheet | undefined =>
  state.draft === undefined
    ? undefined
    : {
        draft: state.draft,
        draftingUnit: state.draftingUnit?.unitName ?? "",
        drafter: state.drafter?.name ?? "",
        replyTo: state.replyTo?.number,
        opinions: state.opinions.map(sheetOpinion),
        // Under 委托 the 签发人 is the leader signed for, not the deputy who held the pen.
        issuer: (state.signature?.onBehalfOf ?? state.signature?.signer)?.name,
        signedOn: state.signedOn,
        number: state.number,
        copies: state.copies,
      };

/** 「请示｜上行文｜特急｜机密★10年」: the 发文稿纸 header of a draft, in one line. */
const header = (draft: DraftData): Label => {
  const marks = [
    draft.kind,
    draft.direction,
    draft.important ? "重要公文" : undefined,
    draft.urgency,
    draft.classification === undefined
      ? undefined
      : `${draft.classification}★${draft.secrecyYears ?? ""}年`,
  ].filter((m): m is string => m !== undefined);
  const to = draft.mainTo.length === 0 ? "" : `；主送：${draft.mainTo.join("、")}`;
  const cc = draft.copyTo.length === 0 ? "" : `；抄送：${draft.copyTo.join("、")}`;
  return {
    zh: `「${draft.title}」（${marks.join("｜")}）${to}${cc}`,
    en: `"${draft.title}" (${marks.join(" | ")})${draft.mainTo.length === 0 ? "" : `; to: ${draft.mainTo.join(", ")}`}${draft.copyTo.length === 0 ? "" : `; cc: ${draft.copyTo.join(", ")}`}`,
  };
};

/** One timeline line per event: who did what when, with the opinion; 「代」 via onBehalfOf. */
export const describe = (event: OutgoingEvent): HistoryEntry => {
  if (isHandlingEvent(event)) return describeHandlingEvent(event);
  switch (event._tag) {
    case "ReplyDraftOpened":
      return entry(
        event,
        { zh: `开启回复发文（${event.unitName}）`, en: `Reply draft opened (${event.unitName})` },
        {
          details: {
            zh: `「${event.title}」；答复 ${event.replyTo.number}${event.dueOn === undefined ? "" : `；时限 ${event.dueOn}`}`,
            en: `"${event.title}"; replies to ${event.replyTo.number}${event.dueOn === undefined ? "" : `; due ${event.dueOn}`}`,
          },
        },
      );
    case "DocumentDrafted": {
      const h = header(event);
      const reply = event.replyTo === undefined ? undefined : event.replyTo.number;
      return entry(
        event,
        { zh: `起草（${event.unitName}）`, en: `Drafted (${event.unitName})` },
        {
          details: {
            zh: `${h.zh}${reply === undefined ? "" : `；答复 ${reply}`}${event.dueOn === undefined ? "" : `；时限 ${event.dueOn}`}`,
            en: `${h.en}${reply === undefined ? "" : `; replies to ${reply}`}${event.dueOn === undefined ? "" : `; due ${event.dueOn}`}`,
          },
        },
      );
    }
    case "DraftRevised":
      return entry(
        event,
        { zh: "修改送审稿", en: "Draft revised" },
        { opinion: event.note, details: header(event) },
      );
    case "DraftChecked":
      return entry(event, { zh: "核稿", en: "Checked" }, { opinion: event.opinion.text });
    case "DraftReviewed":
      return entry(
        event,
        { zh: "审稿", en: "Reviewed" },
        {
          opinion: event.opinion.text,
          details:
            event.important === undefined
              ? undefined
              : event.important
                ? { zh: "认定为重要公文", en: "Judged an important document" }
                : { zh: "认定为一般公文", en: "Judged a routine document" },
        },
      );
    case "SubmittedForSignature":
      return entry(
        event,
        { zh: "送审", en: "Submitted for signature" },
        {
          opinion: event.opinion.text,
          details: { zh: `呈 ${event.leader.name} 审签`, en: `To ${event.leader.name}` },
        },
      );
    case "ForwardedToPrincipal":
      return entry(
        event,
        { zh: "审签并呈主要领导", en: "Signed and forwarded" },
        {
          opinion: event.opinion.text,
          details: { zh: `呈 ${event.principal.name} 审签`, en: `To ${event.principal.name}` },
        },
      );
    case "DocumentSigned":
      return entry(
        event,
        { zh: "签发", en: "Signed for issue" },
        { opinion: event.opinion.text, details: { zh: event.rule, en: event.rule } },
      );
    case "NumberAssigned":
      return entry(
        event,
        { zh: "编号", en: "Numbered" },
        { details: { zh: event.number, en: event.number } },
      );
    case "DocumentPrinted":
      return entry(
        event,
        { zh: "印文", en: "Printed" },
        {
          opinion: event.note,
          details: { zh: `印制 ${event.copies} 份`, en: `${event.copies} copies` },
        },
      );
    case "DocumentSealed":
      return entry(
        event,
        { zh: "用印存档", en: "Sealed and filed" },
        {
          opinion: event.note,
          details: {
            zh: `移交档案：${event.archive.number}，附件 ${event.archive.attachments.length} 件`,
            en: `To the archive: ${event.archive.number}, ${event.archive.attachments.length} attachment(s)`,
          },
        },
      );
    case "DocumentDistributed":
      return entry(
        event,
        { zh: "分发", en: "Distributed" },
        {
          opinion: event.note,
          details: {
            zh: `${event.method}：${event.recipients.join("、")}`,
            en: `${event.method}: ${event.recipients.join(", ")}`,
          },
        },
      );
    case "SentBack":
      return describeSentBack(event, statusLabels);
    case "Withdrawn":
      return describeWithdrawn(event, statusLabels);
    default:
      return absurd(event);
  }
};

export const history = (events: ReadonlyArray<OutgoingEvent>): ReadonlyArray<HistoryEntry> =>
  events.map(describe);
