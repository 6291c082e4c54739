import { Either, ParseResult, Schema } from "effect";
import { describe, expect, it } from "vitest";
import {
  Attachment,
  type AttachmentId,
  type AttachmentInput,
  attachmentMediumLabels,
  firstVersion,
  MediaType,
  nextVersion,
  Sha256,
} from "./attachment.js";

const sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
const input: AttachmentInput = {
  id: "att-1" as AttachmentId,
  name: "关于开展科技项目检查的通知.pdf",
  mediaType: "application/pdf",
  size: 204800,
  sha256: sha,
  medium: "electronic",
};
const decode = Schema.decodeUnknownEither(Attachment);

describe("attachment metadata: the bytes live outside the log", () => {
  it("starts at version 1 and round-trips through its schema", () => {
    const attachment = firstVersion(input);
    expect(attachment.version).toBe(1);
    expect(decode(Schema.encodeSync(Attachment)(attachment))).toEqual(Either.right(attachment));
  });

  it("a replacement keeps the id and takes the next version", () => {
    const v2 = nextVersion(firstVersion(input), { ...input, name: "通知（修改稿）.pdf", size: 1 });
    expect(v2).toMatchObject({ id: "att-1", version: 2, name: "通知（修改稿）.pdf" });
    expect(nextVersion(v2, input).version).toBe(3);
  });

  it("describes a paper original by its scan", () => {
    expect(Either.isRight(decode({ ...firstVersion(input), medium: "paper" }))).toBe(true);
    expect(attachmentMediumLabels.paper.zh).toBe("纸质");
  });

  it("refuses a hash that is not 64 lowercase hex digits (one spelling per file)", () => {
    const base = firstVersion(input);
    expect(Either.isLeft(decode({ ...base, sha256: sha.toUpperCase() }))).toBe(true);
    expect(Either.isLeft(decode({ ...base, sha256: sha.slice(1) }))).toBe(true);
  });

  it("refuses a negative or fractional size, a version below 1, an unknown medium", () => {
    const base = firstVersion(input);
    expect(Either.isLeft(decode({ ...base, size: -1 }))).toBe(true);
    expect(Either.isLeft(decode({ ...base, size: 1.5 }))).toBe(true);
    expect(Either.isRight(decode({ ...base, size: 0 }))).toBe(true);
    expect(Either.isLeft(decode({ ...base, version: 0 }))).toBe(true);
    expect(Either.isLeft(decode({ ...base, medium: "microfilm" }))).toBe(true);
  });

  it("refuses a blank name or id", () => {
    const base = firstVersion(input);
    expect(Either.isLeft(decode({ ...base, name: "  " }))).toBe(true);
    expect(Either.isLeft(decode({ ...base, id: "" }))).toBe(true);
  });

  it("accepts media types as type/subtype only", () => {
    const is = Schema.is(MediaType);
    expect(is("application/vnd.openxmlformats-officedocument.wordprocessingml.document")).toBe(
      true,
    );
    expect(is("image/svg+xml")).toBe(true);
    expect(is("application/pdf; charset=binary")).toBe(false);
    expect(is("pdf")).toBe(false);
  });

  it("explains a refusal in zh and en", () => {
    const messageOf = (schema: Schema.Schema<string>, value: string) => {
      const result = Schema.decodeUnknownEither(schema)(value);
      return Either.isLeft(result) ? ParseResult.TreeFormatter.formatErrorSync(result.left) : "";
    };
    expect(messageOf(Sha256, "abc")).toContain("SHA-256 须为 64 位小写十六进制");
    expect(messageOf(MediaType, "pdf")).toContain("A media type is type/subtype");
  });
});
