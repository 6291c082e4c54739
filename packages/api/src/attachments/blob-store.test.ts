import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { directoryBlobs, sha256Of } from "./blob-store.js";

const dir = mkdtempSync(join(tmpdir(), "banli-blobs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("directoryBlobs", () => {
  it("stores once by content and refuses to serve a file changed on disk", async () => {
    const blobs = directoryBlobs(dir);
    const bytes = new TextEncoder().encode("正文");
    const sha = await blobs.put(bytes);
    expect(await blobs.put(bytes)).toBe(sha);
    expect(await blobs.get(sha)).toEqual(bytes);
    writeFileSync(join(dir, sha.slice(0, 2), sha), "篡改");
    expect(await blobs.get(sha)).toBeUndefined();
    expect(await blobs.get("../../etc/passwd")).toBeUndefined();
    expect(sha).toBe(sha256Of(bytes));
  });
});
