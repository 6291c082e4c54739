import { describe, expect, it } from "vitest";
import { sha256Of } from "./attachments/blob-store.js";
import { seedDirectory } from "./demo/seed.js";
import { signedIn } from "./testing/caller.js";
import { refusalOf } from "./testing/errors.js";
import { makeMemoryDeps } from "./testing/harness.js";

describe("attachments", () => {
  it("stores bytes by hash, records them through a command, and serves them to those who see the case", async () => {
    const deps = makeMemoryDeps({ now: () => new Date("2026-11-02T10:00:00+08:00") });
    await seedDirectory(deps);
    const clerk = await signedIn(deps, "bangongshi");
    const bytes = Buffer.from("督办通知正文（扫描件）", "utf8");
    const uploaded = await clerk.attachments.upload({
      name: "督办通知.pdf",
      mediaType: "application/pdf",
      medium: "electronic",
      contentBase64: bytes.toString("base64"),
    });
    expect(uploaded.sha256).toBe(sha256Of(bytes));
    expect(uploaded.size).toBe(bytes.length);
    const opened = await clerk.cases.open({
      process: "supervision",
      command: {
        _tag: "RegisterItem",
        kind: "督办件",
        sourceOrgan: "市政府督查室",
        title: "附件测试",
        content: "见附件。",
        receivedOn: "2026-11-01",
        attachments: [uploaded],
      },
    });
    const director = await signedIn(deps, "zhuren");
    const file = await director.attachments.download({
      caseId: opened.caseId,
      sha256: uploaded.sha256,
    });
    expect(Buffer.from(file.contentBase64, "base64")).toEqual(bytes);
    expect(file.name).toBe("督办通知.pdf");

    const printRoom = await signedIn(deps, "wenyin");
    expect(
      await refusalOf(
        printRoom.attachments.download({ caseId: opened.caseId, sha256: uploaded.sha256 }),
      ),
    ).toEqual({ code: "NOT_FOUND", tag: "NotFound" });
    // A hash the case does not hold is not served, even if the bytes exist.
    const other = await clerk.attachments.upload({
      name: "x.txt",
      mediaType: "text/plain",
      medium: "electronic",
      contentBase64: Buffer.from("x").toString("base64"),
    });
    expect(
      (await refusalOf(clerk.attachments.download({ caseId: opened.caseId, sha256: other.sha256 })))
        .code,
    ).toBe("NOT_FOUND");
  });

  it("lists every version of a replaced file and serves the old ones too", async () => {
    const deps = makeMemoryDeps({ now: () => new Date("2026-11-02T10:00:00+08:00") });
    await seedDirectory(deps);
    const clerk = await signedIn(deps, "bangongshi");
    const upload = (text: string) =>
      clerk.attachments.upload({
        name: "落实方案.docx",
        mediaType: "application/octet-stream",
        medium: "electronic",
        contentBase64: Buffer.from(text, "utf8").toString("base64"),
      });
    const first = await upload("方案初稿");
    const opened = await clerk.cases.open({
      process: "supervision",
      command: {
        _tag: "RegisterItem",
        kind: "督办件",
        sourceOrgan: "市政府督查室",
        title: "版本测试",
        content: "见附件。",
        receivedOn: "2026-11-01",
        attachments: [first],
      },
    });
    const second = await upload("方案修改稿");
    await clerk.cases.act({
      caseId: opened.caseId,
      command: { _tag: "ReplaceAttachment", attachment: { ...second, id: first.id } },
    });

    const director = await signedIn(deps, "zhuren");
    const versions = await director.attachments.versions({ caseId: opened.caseId });
    expect(versions.map((v) => [v.id, v.version, v.sha256, v.size])).toEqual([
      [first.id, 1, first.sha256, first.size],
      [first.id, 2, second.sha256, second.size],
    ]);
    expect(versions[1]?.by).toEqual({ userId: "bangongshi", name: "王经办" });
    expect(Date.parse(versions[1]?.recordedAt ?? "")).not.toBeNaN();
    // The case's state holds version 2 only; version 1 is still served, byte for byte.
    const old = await director.attachments.download({
      caseId: opened.caseId,
      sha256: first.sha256,
    });
    expect(Buffer.from(old.contentBase64, "base64").toString("utf8")).toBe("方案初稿");
    expect(old.name).toBe("落实方案.docx");

    // Neither the versions nor an old file are shown to someone who may not see the case.
    const printRoom = await signedIn(deps, "wenyin");
    expect(await refusalOf(printRoom.attachments.versions({ caseId: opened.caseId }))).toEqual({
      code: "NOT_FOUND",
      tag: "NotFound",
    });
    expect(
      (
        await refusalOf(
          printRoom.attachments.download({ caseId: opened.caseId, sha256: first.sha256 }),
        )
      ).code,
    ).toBe("NOT_FOUND");
  });

  it("refuses a hash another case recorded, though the bytes are stored", async () => {
    const deps = makeMemoryDeps({ now: () => new Date("2026-11-02T10:00:00+08:00") });
    await seedDirectory(deps);
    const clerk = await signedIn(deps, "bangongshi");
    const register = async (title: string, text: string) => {
      const file = await clerk.attachments.upload({
        name: `${title}.txt`,
        mediaType: "text/plain",
        medium: "electronic",
        contentBase64: Buffer.from(text).toString("base64"),
      });
      const opened = await clerk.cases.open({
        process: "supervision",
        command: {
          _tag: "RegisterItem",
          kind: "督办件",
          sourceOrgan: "市政府督查室",
          title,
          content: "见附件。",
          receivedOn: "2026-11-01",
          attachments: [file],
        },
      });
      return { caseId: opened.caseId, file };
    };
    const a = await register("甲案", "甲");
    const b = await register("乙案", "乙");
    expect(
      await refusalOf(clerk.attachments.download({ caseId: a.caseId, sha256: b.file.sha256 })),
    ).toEqual({ code: "NOT_FOUND", tag: "NotFound" });
    expect((await clerk.attachments.versions({ caseId: a.caseId })).map((v) => v.sha256)).toEqual([
      a.file.sha256,
    ]);
  });

  it("refuses uploads by an auditor", async () => {
    const deps = makeMemoryDeps();
    await seedDirectory(deps);
    const auditor = await signedIn(deps, "shenji");
    expect(
      (
        await refusalOf(
          auditor.attachments.upload({
            name: "a.txt",
            mediaType: "text/plain",
            medium: "electronic",
            contentBase64: "YQ==",
          }),
        )
      ).code,
    ).toBe("FORBIDDEN");
  });
});
