import { Either, Schema } from "effect";
import { ActorRef, actorRef, hasRole } from "./actor.js";
import type { CommandMeta } from "./decider.js";
import { InvalidCommand, NotAuthorised } from "./errors.js";
import { Instant } from "./ids.js";
import type { Label } from "./process.js";
import { Role } from "./roles.js";

/**
 * Opinions (拟办意见, 批示, 审核意见, 签发意见 …) are stored verbatim with who signed and when
 * (spec/processes.md, "Opinions"): they make up the 处理单 / 发文稿纸 archived with the document, so
 * the kernel never trims, reflows or rewrites the words a leader wrote.
 */

/** The kinds of opinion the seven processes record, by their Chinese names. */
export const OpinionKind = Schema.Literal(
  "拟办意见", // 督办/信访 「拟办」: the office director's proposed handling
  "呈报意见", // 收文 「呈报意见」: how the office puts it to the leaders
  "批示", // a bureau leader's instruction
  "审批意见", // 收文 「分管领导审批」
  "阅批意见", // 收文 「主要领导阅批」
  "核稿意见", // 发文 「核稿」 by the division head (签定意见)
  "审核意见", // 发文 「审稿」 by the office reviewer; 政务信息 reviews
  "签发意见", // 发文 「送审」: a leader's signature to issue
  "会签意见", // 会签: each co-signing unit or leader
  "办理意见", // a handling unit's opinion (主办/协办)
  "其他",
).annotations({ identifier: "OpinionKind", title: "意见类型 / Kind of opinion" });
export type OpinionKind = typeof OpinionKind.Type;

export const opinionKindLabels: Record<OpinionKind, Label> = {
  拟办意见: { zh: "拟办意见", en: "Proposed handling" },
  呈报意见: { zh: "呈报意见", en: "Submission opinion" },
  批示: { zh: "批示", en: "Instruction" },
  审批意见: { zh: "审批意见", en: "Approval opinion" },
  阅批意见: { zh: "阅批意见", en: "Reading instruction" },
  核稿意见: { zh: "核稿意见", en: "Draft check opinion" },
  审核意见: { zh: "审核意见", en: "Review opinion" },
  签发意见: { zh: "签发意见", en: "Signing opinion" },
  会签意见: { zh: "会签意见", en: "Countersigning opinion" },
  办理意见: { zh: "办理意见", en: "Handling opinion" },
  其他: { zh: "其他意见", en: "Other opinion" },
};

/** The words as written: kept verbatim, but an opinion of only blanks is no opinion. */
export const OpinionText = Schema.String.pipe(
  Schema.filter((text) => text.trim().length > 0 || "意见不能为空 / An opinion cannot be blank"),
).annotations({ identifier: "OpinionText", title: "意见 / Opinion" });
export type OpinionText = typeof OpinionText.Type;

export const Opinion = Schema.Struct({
  kind: OpinionKind,
  text: OpinionText,
  /** Who wrote it. */
  signer: ActorRef.annotations({ title: "签署人 / Signer" }),
  /** 代签: the person it was signed for; the record shows both. */
  onBehalfOf: Schema.optional(ActorRef.annotations({ title: "被代签人 / Signed for" })),
  /** The role in which it was given (e.g. principal-leader for a 批示). */
  role: Role,
  at: Instant.annotations({ title: "签署时间 / Signed at" }),
}).annotations({ identifier: "Opinion", title: "意见 / Opinion" });
export type Opinion = typeof Opinion.Type;

/**
 * Makes the opinion a command records, from the command's metadata: the signer is the acting
 * person, a 代签 names the principal, and the role must be one the signer holds — or, acting under
 * a delegation (委托), one the principal holds.
 */
export const opinionFrom = (
  meta: CommandMeta,
  input: { readonly kind: OpinionKind; readonly text: string; readonly role: Role },
  command: string,
): Either.Either<Opinion, InvalidCommand | NotAuthorised> => {
  if (input.text.trim().length === 0) {
    return Either.left(
      new InvalidCommand({
        message: "An opinion cannot be blank",
        messageZh: "意见不能为空",
        command,
        field: "text",
      }),
    );
  }
  const principal = meta.onBehalfOf;
  const holdsRole =
    hasRole(meta.actor, input.role) || (principal !== undefined && hasRole(principal, input.role));
  if (!holdsRole) {
    return Either.left(
      new NotAuthorised({
        message: `${meta.actor.name} does not hold the role ${input.role}`,
        messageZh: `${meta.actor.name} 不具有「${input.role}」角色，不能签署${input.kind}`,
        command,
      }),
    );
  }
  return Either.right({
    kind: input.kind,
    text: input.text,
    signer: actorRef(meta.actor),
    ...(principal === undefined ? {} : { onBehalfOf: actorRef(principal) }),
    role: input.role,
    at: meta.at,
  });
};
