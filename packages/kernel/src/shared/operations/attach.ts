import { Either, Schema } from "effect";
import { Attachment, AttachmentInput, firstVersion, nextVersion } from "../attachment.js";
import type { CommandHandler } from "../command-table.js";
import type { HistoryEntry } from "../process.js";
import { invalid } from "../refusals.js";
import type { OperationConfig } from "./config.js";
import { entry, recorded, recordedFields } from "./delegation.js";
import type { CaseState, Handling } from "./handling-state.js";

/**
 * Attachments: add one, or replace one with a new version (the old version stays in the log,
 * so the 处理单 can show what was read when). Only metadata is recorded; the bytes live
 * outside the log, addressed by their sha256.
 */
export const AttachFile = Schema.TaggedStruct("AttachFile", {
  attachment: AttachmentInput,
}).annotations({ title: "添加附件 / Attach file" });
export type AttachFile = typeof AttachFile.Type;

export const FileAttached = Schema.TaggedStruct("FileAttached", {
  ...recordedFields,
  attachment: Attachment,
});
export type FileAttached = typeof FileAttached.Type;

export const ReplaceAttachment = Schema.TaggedStruct("ReplaceAttachment", {
  attachment: AttachmentInput.annotations({
    title: "新版本 / New version",
    description: "附件编号须与被替换的附件相同 / Same attachment id as the one replaced",
  }),
}).annotations({ title: "替换附件 / Replace attachment" });
export type ReplaceAttachment = typeof ReplaceAttachment.Type;

export const AttachmentReplaced = Schema.TaggedStruct("AttachmentReplaced", {
  ...recordedFields,
  attachment: Attachment,
  previousSha256: Schema.String,
});
export type AttachmentReplaced = typeof AttachmentReplaced.Type;

const current = (handling: Handling, attachmentId: string): Attachment | undefined =>
  handling.attachments.find((a) => a.id === attachmentId);

export const attachCommand = <S extends CaseState<Status>, Status extends string>(
  config: OperationConfig<Status, S>,
): CommandHandler<AttachFile, S, FileAttached, Status> => ({
  schema: AttachFile,
  label: config.label ?? { zh: "添加附件", en: "Attach file" },
  at: config.at,
  roles: config.roles ?? "staff",
  who: config.who,
  decide: (payload, state, meta) =>
    current(state.handling, payload.attachment.id) === undefined
      ? Either.right([
          { _tag: "FileAttached", ...recorded(meta), attachment: firstVersion(payload.attachment) },
        ])
      : Either.left(
          invalid("AttachFile", "attachmentId", {
            zh: "该附件已存在，请使用替换附件",
            en: "That attachment exists already; replace it instead",
          }),
        ),
});

export const replaceAttachmentCommand = <S extends CaseState<Status>, Status extends string>(
  config: OperationConfig<Status, S>,
): CommandHandler<ReplaceAttachment, S, AttachmentReplaced, Status> => ({
  schema: ReplaceAttachment,
  label: config.label ?? { zh: "替换附件", en: "Replace attachment" },
  at: config.at,
  roles: config.roles ?? "staff",
  who: config.who,
  when: (state) => state.handling.attachments.length > 0,
  decide: (payload, state, meta) => {
    const previous = current(state.handling, payload.attachment.id);
    if (previous === undefined) {
      return Either.left(
        invalid("ReplaceAttachment", "attachmentId", {
          zh: "没有该附件",
          en: "There is no such attachment",
        }),
      );
    }
    // Replacing with identical content (same hash) records nothing: a no-op.
    if (previous.sha256 === payload.attachment.sha256) return Either.right([]);
    return Either.right([
      {
        _tag: "AttachmentReplaced",
        ...recorded(meta),
        attachment: nextVersion(previous, payload.attachment),
        previousSha256: previous.sha256,
      },
    ]);
  },
});

export const applyFileAttached = (handling: Handling, event: FileAttached): Handling => ({
  ...handling,
  attachments: [...handling.attachments, event.attachment],
});

export const applyAttachmentReplaced = (
  handling: Handling,
  event: AttachmentReplaced,
): Handling => ({
  ...handling,
  attachments: handling.attachments.map((a) =>
    a.id === event.attachment.id ? event.attachment : a,
  ),
});

/** Registering a case with its attachments records them as first versions too. */
export const withAttachments = (
  handling: Handling,
  attachments: ReadonlyArray<Attachment>,
): Handling => ({ ...handling, attachments: [...handling.attachments, ...attachments] });

export const describeFileAttached = (event: FileAttached): HistoryEntry =>
  entry(
    event,
    { zh: "添加附件", en: "File attached" },
    { details: { zh: event.attachment.name, en: event.attachment.name } },
  );

export const describeAttachmentReplaced = (event: AttachmentReplaced): HistoryEntry =>
  entry(
    event,
    { zh: "替换附件", en: "Attachment replaced" },
    {
      details: {
        zh: `${event.attachment.name}（第 ${event.attachment.version} 版）`,
        en: `${event.attachment.name} (version ${event.attachment.version})`,
      },
    },
  );
