import { Schema } from "effect";

/**
 * Attachment metadata. The bytes live outside the log, content-addressed by their SHA-256; the
 * log keeps only what identifies and verifies them, so an auditor can check a file against its
 * record and the log stays small.
 */

export const AttachmentId = Schema.NonEmptyTrimmedString.pipe(
  Schema.brand("AttachmentId"),
).annotations({ identifier: "AttachmentId", title: "附件编号 / Attachment id" });
export type AttachmentId = typeof AttachmentId.Type;

/** A SHA-256 digest, 64 lowercase hex digits (one spelling, so equal files have equal records). */
export const Sha256 = Schema.String.pipe(
  Schema.pattern(/^[0-9a-f]{64}$/, {
    message: () => "SHA-256 须为 64 位小写十六进制 / A SHA-256 is 64 lowercase hex digits",
  }),
).annotations({ identifier: "Sha256", title: "SHA-256 摘要 / SHA-256 digest" });
export type Sha256 = typeof Sha256.Type;

/** A media type `type/subtype` (RFC 6838 restricted names, no parameters). */
export const MediaType = Schema.String.pipe(
  Schema.pattern(/^[A-Za-z0-9][\w!#$&^.+-]{0,126}\/[A-Za-z0-9][\w!#$&^.+-]{0,126}$/, {
    message: () => "类型须为 type/subtype / A media type is type/subtype",
  }),
).annotations({ identifier: "MediaType", title: "文件类型 / Media type" });
export type MediaType = typeof MediaType.Type;

/** The medium of the original: a 纸质 original is kept in the system as its scan. */
export const AttachmentMedium = Schema.Literal("paper", "electronic").annotations({
  identifier: "AttachmentMedium",
  title: "载体 / Medium",
  description: "paper 纸质 · electronic 电子",
});
export type AttachmentMedium = typeof AttachmentMedium.Type;

export const attachmentMediumLabels: Record<
  AttachmentMedium,
  { readonly zh: string; readonly en: string }
> = {
  paper: { zh: "纸质", en: "Paper" },
  electronic: { zh: "电子", en: "Electronic" },
};

/** What an upload describes; the server fills id, size and hash from the stored bytes. */
export const AttachmentInput = Schema.Struct({
  id: AttachmentId,
  name: Schema.NonEmptyTrimmedString.pipe(Schema.maxLength(255)).annotations({
    title: "文件名 / File name",
  }),
  mediaType: MediaType,
  size: Schema.NonNegativeInt.annotations({ title: "大小（字节）/ Size (bytes)" }),
  sha256: Sha256,
  medium: AttachmentMedium,
}).annotations({ identifier: "AttachmentInput", title: "附件 / Attachment" });
export type AttachmentInput = typeof AttachmentInput.Type;

/** An attachment as a case holds it: a replaced file keeps its id and gets the next version. */
export const Attachment = Schema.Struct({
  ...AttachmentInput.fields,
  version: Schema.Int.pipe(Schema.greaterThanOrEqualTo(1)).annotations({
    title: "版本 / Version",
  }),
}).annotations({ identifier: "Attachment", title: "附件 / Attachment" });
export type Attachment = typeof Attachment.Type;

/** The first version of a newly attached file. */
export const firstVersion = (input: AttachmentInput): Attachment => ({ ...input, version: 1 });

/**
 * A new version replacing `previous`: same id, version + 1. Earlier versions stay in the log, so
 * what a leader signed can always be shown as it was.
 */
export const nextVersion = (
  previous: Attachment,
  replacement: Omit<AttachmentInput, "id">,
): Attachment => ({ ...replacement, id: previous.id, version: previous.version + 1 });
