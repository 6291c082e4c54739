import { Either, Schema } from "effect";
import type { CommandHandler } from "../command-table.js";
import type { HistoryEntry } from "../process.js";
import type { OperationConfig } from "./config.js";
import { entry, fact, recordedFields } from "./delegation.js";

/** Comments: anyone working on the case may note something; a comment changes no state. */
export const AddComment = Schema.TaggedStruct("AddComment", {
  text: Schema.NonEmptyTrimmedString.annotations({ title: "内容 / Comment" }),
}).annotations({ title: "添加备注 / Add comment" });
export type AddComment = typeof AddComment.Type;

export const CommentAdded = Schema.TaggedStruct("CommentAdded", {
  ...recordedFields,
  text: Schema.String,
});
export type CommentAdded = typeof CommentAdded.Type;

export const commentCommand = <S, Status extends string>(
  config: OperationConfig<Status, S>,
): CommandHandler<AddComment, S, CommentAdded, Status> => ({
  schema: AddComment,
  label: config.label ?? { zh: "添加备注", en: "Add comment" },
  at: config.at,
  roles: config.roles ?? "staff",
  who: config.who,
  decide: (payload, _state, meta) => Either.right([fact("CommentAdded", meta, payload)]),
});

export const describeCommentAdded = (event: CommentAdded): HistoryEntry =>
  entry(event, { zh: "备注", en: "Comment" }, { opinion: event.text });
