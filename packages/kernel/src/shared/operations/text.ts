import { Schema } from "effect";
import { UserId } from "../ids.js";
import { OpinionText } from "../opinion.js";

/**
 * Free-text fields of the operations. Opinions and reasons are kept verbatim (spec: opinions
 * are stored as written), so they use the shared `OpinionText`: any text but a blank one.
 */
export const ReasonText = OpinionText.annotations({ title: "理由 / Reason" });

export const NoteText = Schema.String.annotations({ title: "备注 / Note" });

/** A person named in a command (a leader to submit to, a reader), as the office picks them. */
export const PersonRef = Schema.Struct({
  userId: UserId.annotations({ title: "用户 / User" }),
  name: Schema.NonEmptyTrimmedString.annotations({ title: "姓名 / Name" }),
}).annotations({ title: "人员 / Person" });
export type PersonRef = typeof PersonRef.Type;
