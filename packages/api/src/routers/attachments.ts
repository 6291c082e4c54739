import { randomUUID } from "node:crypto";
import type { Actor } from "@banli/kernel";
import { Schema } from "effect";
import { attachmentVersions } from "../attachments/versions.js";
import { currentCursor, visibleSummary } from "../case-view.js";
import type { ApiDeps } from "../deps.js";
import { refuse } from "../errors.js";
import { standardSchema } from "../standard-schema.js";
import { router, signedInProcedure } from "../trpc.js";

/** 10 MiB per file: office documents and scans, not video. */
export const maxAttachmentBytes = 10 * 1024 * 1024;

const Base64 = Schema.String.pipe(
  Schema.maxLength(Math.ceil(maxAttachmentBytes / 3) * 4),
  Schema.pattern(/^[A-Za-z0-9+/]*={0,2}$/),
);

const UploadInput = standardSchema(
  Schema.Struct({
    name: Schema.NonEmptyTrimmedString.pipe(Schema.maxLength(255)),
    mediaType: Schema.String.pipe(
      Schema.pattern(/^[A-Za-z0-9][\w!#$&^.+-]{0,126}\/[A-Za-z0-9][\w!#$&^.+-]{0,126}$/),
    ),
    medium: Schema.Literal("paper", "electronic"),
    contentBase64: Base64,
  }),
);

const CaseId = Schema.String.pipe(Schema.minLength(1), Schema.maxLength(128));

const DownloadInput = standardSchema(
  Schema.Struct({
    caseId: CaseId,
    sha256: Schema.String.pipe(Schema.pattern(/^[0-9a-f]{64}$/)),
  }),
);

const VersionsInput = standardSchema(Schema.Struct({ caseId: CaseId }));

/** Every version of the files of a case this actor may see (else "no such case"). */
const versionsOf = async (deps: ApiDeps, actor: Actor, caseId: string) => {
  const summary = await visibleSummary(deps, actor, caseId);
  return attachmentVersions(await currentCursor(deps, summary));
};

export const attachmentsRouter = router({
  /**
   * Stores the bytes and answers with the metadata a command's `attachments` field takes
   * (kernel `AttachmentInput`); the command then records it in the case.
   */
  upload: signedInProcedure.input(UploadInput).mutation(async ({ ctx, input }) => {
    if (ctx.actor.roles.every((r) => r === "auditor" || r === "administrator")) {
      throw refuse(
        "NotAuthorised",
        "审计和管理员不能上传附件",
        "Auditors and administrators upload nothing",
      );
    }
    const bytes = Buffer.from(input.contentBase64, "base64");
    if (bytes.length > maxAttachmentBytes) {
      throw refuse("InvalidCommand", "附件超过 10 MiB", "The file is larger than 10 MiB");
    }
    const sha256 = await ctx.deps.blobs.put(bytes);
    return {
      id: randomUUID(),
      name: input.name,
      mediaType: input.mediaType,
      size: bytes.length,
      sha256,
      medium: input.medium,
    };
  }),
  /**
   * Every version of every file of a case, oldest first, with who recorded it and when: the
   * state shows the current version only, what was read or signed earlier stays downloadable.
   */
  versions: signedInProcedure
    .input(VersionsInput)
    .query(({ ctx, input }) => versionsOf(ctx.deps, ctx.actor, input.caseId)),
  /**
   * The bytes of any version ever recorded on a case this user may see. The hash must be one the
   * case recorded: bytes stored for another case are not reachable through this one.
   */
  download: signedInProcedure.input(DownloadInput).query(async ({ ctx, input }) => {
    const versions = await versionsOf(ctx.deps, ctx.actor, input.caseId);
    // The same bytes may be recorded twice (a file re-attached): the latest record names them.
    const attachment = versions.findLast((a) => a.sha256 === input.sha256);
    const bytes = attachment === undefined ? undefined : await ctx.deps.blobs.get(input.sha256);
    if (attachment === undefined || bytes === undefined) {
      throw refuse("NotFound", "附件不存在", "No such attachment");
    }
    return {
      name: attachment.name,
      mediaType: attachment.mediaType,
      size: bytes.length,
      contentBase64: Buffer.from(bytes).toString("base64"),
    };
  }),
});
