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
