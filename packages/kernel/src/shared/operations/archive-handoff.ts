import { Schema } from "effect";
import { Attachment } from "../attachment.js";
import { LocalDate } from "../ids.js";
import { ArchiveCategory } from "../numbering.js";

/**
 * What a closed case hands to the archive (process 4): enough for the archive to open its
 * 「收集」 item by itself (spec: cases closed in processes 1, 5 and 6 arrive as collected items).
 */
export const ArchiveHandoff = Schema.Struct({
  process: Schema.Literal("supervision", "outgoing", "incoming").annotations({
    title: "来源流程 / From process",
  }),
  category: ArchiveCategory,
  title: Schema.String.annotations({ title: "题名 / Title" }),
  number: Schema.String.annotations({ title: "编号 / Number" }),
  source: Schema.String.annotations({ title: "来源 / Source" }),
  date: LocalDate.annotations({ title: "日期 / Date" }),
  attachments: Schema.Array(Attachment).annotations({ title: "附件 / Attachments" }),
}).annotations({ title: "移交归档 / Hand-off to the archive" });
export type ArchiveHandoff = typeof ArchiveHandoff.Type;
