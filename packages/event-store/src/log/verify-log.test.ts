import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateSigningKeys } from "../checkpoint.js";
import { appendRequest } from "../contract/fixtures.js";
import { makeMemoryEventStore } from "../memory-store.js";
import type { EventStorePort } from "../port.js";
import { exportLines, exportToFile } from "./export-log.js";
import { importFile } from "./import-log.js";
import { LogVerifier, type VerifyReport, verifyFile, verifyLines } from "./verify-log.js";

const keys = generateSigningKeys();
const otherKeys = generateSigningKeys();

// A seeded generator so a failing mutation can be replayed.
const random = (() => {
  let seed = 20250301;
  return (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
})();

const collect = async (iterable: AsyncIterable<string>) => {
  const out: Array<string> = [];
  for await (const line of iterable) out.push(line);
  return out;
};

/**
 * Verifies raw file bytes as `verifyFile` would, without touching the disk: line by line from
 * the bytes (`pushBytes`, what `verifyFile` does), and from the decoded text (`push`, what the
 * CLI's streaming commands do). Both must reach the same verdict on every input.
 */
const verifyBytes = (bytes: Buffer): VerifyReport => {
  const text = bytes.toString("utf8");
  const fromText = new LogVerifier(keys.publicKey);
  const lines = text.split("\n");
  const endsWithNewline = text.endsWith("\n");
  if (endsWithNewline) lines.pop();
  for (const line of lines) fromText.push(line);
  const fromBytes = new LogVerifier(keys.publicKey);
  let start = 0;
  for (let nl = bytes.indexOf(0x0a); nl !== -1; nl = bytes.indexOf(0x0a, start)) {
    fromBytes.pushBytes(bytes, start, nl);
    start = nl + 1;
  }
  if (start < bytes.length) fromBytes.pushBytes(bytes, start, bytes.length);
  const report = fromBytes.finish(endsWithNewline);
  expect(report).toEqual(fromText.finish(endsWithNewline));
  return report;
};

let store: EventStorePort;
let lines: Array<string>;
let file: Buffer;

beforeAll(async () => {
  store = makeMemoryEventStore();
  for (let i = 0; i < 60; i++) {
    await store.append(appendRequest(`case-${i % 7}`, "any", 1 + (i % 3)));
  }
  lines = await collect(exportLines(store, { privateKey: keys.privateKey }));
  file = Buffer.from(`${lines.join("\n")}\n`);
});

describe("verify", () => {
  it("accepts an untouched export", async () => {
    expect(await verifyLines(lines, keys.publicKey)).toMatchObject({ ok: true, events: 120 });
    expect(verifyBytes(file).ok).toBe(true);
  });

  it("accepts an empty log's export", async () => {
    const empty = await collect(
      exportLines(makeMemoryEventStore(), { privateKey: keys.privateKey }),
    );
    expect(await verifyLines(empty, keys.publicKey)).toMatchObject({ ok: true, events: 0 });
  });

  it("refuses a checkpoint signed by another key", async () => {
    const report = await verifyLines(lines, otherKeys.publicKey);
    expect(report).toMatchObject({ ok: false, kind: "bad-checkpoint" });
  });

  it("names the first changed, removed, reordered, duplicated event and a cut tail", async () => {
    const events = lines.slice(0, -1);
    const checkpoint = lines[lines.length - 1] ?? "";
    const at = (i: number) => events[i] ?? "";
    const changed = events.map((l, i) => (i === 10 ? l.replace('"n":', '"n":1') : l));
    expect(await verifyLines([...changed, checkpoint], keys.publicKey)).toMatchObject({
      ok: false,
      kind: "changed",
      line: 11,
    });
    const removed = events.filter((_, i) => i !== 10);
    expect(await verifyLines([...removed, checkpoint], keys.publicKey)).toMatchObject({
      kind: "removed",
      position: 11,
    });
    const swapped = [...events];
    swapped[10] = at(40);
    swapped[40] = at(10);
    expect(await verifyLines([...swapped, checkpoint], keys.publicKey)).toMatchObject({
      kind: "reordered",
    });
    const duplicated = [...events.slice(0, 11), at(10), ...events.slice(11)];
    expect(await verifyLines([...duplicated, checkpoint], keys.publicKey)).toMatchObject({
      kind: "duplicated",
      line: 12,
    });
    expect(await verifyLines(events, keys.publicKey)).toMatchObject({ kind: "truncated" });
    expect(await verifyLines([...events.slice(0, -5), checkpoint], keys.publicKey)).toMatchObject({
      kind: "truncated",
    });
  });

  describe("detects every mutation of a sample of more than 1,000", () => {
    const undetected: Array<string> = [];
    let mutations = 0;
    const expectDetected = (label: string, bytes: Buffer) => {
      mutations++;
      if (verifyBytes(bytes).ok) undetected.push(label);
    };
    const ofLines = (mutated: ReadonlyArray<string>) => Buffer.from(`${mutated.join("\n")}\n`);

    // Thousands of verifications: generous timeouts for a loaded 2-core machine.
    it("flipping any bit of any byte", { timeout: 60_000 }, () => {
      for (let i = 0; i < 600; i++) {
        const bytes = Buffer.from(file);
        const at = random(bytes.length);
        bytes[at] = (bytes[at] ?? 0) ^ (1 << random(8));
        expectDetected(`flip byte ${at}`, bytes);
      }
      // Every byte of the checkpoint line, which is short and easy to overlook.
      const start = file.lastIndexOf("\n", file.length - 2) + 1;
      for (let at = start; at < file.length; at++) {
        const bytes = Buffer.from(file);
        bytes[at] = (bytes[at] ?? 0) ^ 0x01;
        expectDetected(`flip checkpoint byte ${at}`, bytes);
      }
    });

    it("deleting, duplicating or swapping any event, or cutting the tail", {
      timeout: 60_000,
    }, () => {
      const events = lines.slice(0, -1);
      const checkpoint = lines[lines.length - 1] ?? "";
      for (let i = 0; i < events.length; i++) {
        expectDetected(`delete ${i}`, ofLines([...events.filter((_, j) => j !== i), checkpoint]));
        const copyAt = random(events.length + 1);
        const copy = [...events.slice(0, copyAt), events[i] ?? "", ...events.slice(copyAt)];
        expectDetected(`duplicate ${i} at ${copyAt}`, ofLines([...copy, checkpoint]));
        let j = random(events.length);
        if (j === i) j = (i + 1) % events.length;
        const swapped = [...events];
        swapped[i] = events[j] ?? "";
        swapped[j] = events[i] ?? "";
        expectDetected(`swap ${i} ${j}`, ofLines([...swapped, checkpoint]));
      }
      for (let i = 0; i < 200; i++) {
        const cut = 1 + random(file.length - 1);
        expectDetected(`cut at ${cut}`, file.subarray(0, file.length - cut));
      }
      expectDetected("drop the last newline", file.subarray(0, file.length - 1));
    });

    it("missed none", () => {
      expect(mutations).toBeGreaterThan(1000);
      expect(undetected).toEqual([]);
    });
  });
});

describe("export and import files", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "banli-export-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes a file that verifies offline and round-trips byte for byte", async () => {
    const path = join(dir, "log.jsonl");
    expect(await exportToFile(store, path, { privateKey: keys.privateKey, pageSize: 50 })).toBe(
      121,
    );
    expect(readFileSync(path)).toEqual(file);
    expect(await verifyFile(path, keys.publicKey)).toMatchObject({ ok: true, events: 120 });
    const fresh = makeMemoryEventStore();
    expect(await importFile(fresh, path, { publicKey: keys.publicKey, batchSize: 33 })).toBe(120);
    const again = join(dir, "again.jsonl");
    await exportToFile(fresh, again, { privateKey: keys.privateKey });
    expect(readFileSync(again)).toEqual(readFileSync(path));
  });

  it("refuses to import a file that does not verify", async () => {
    const path = join(dir, "cut.jsonl");
    writeFileSync(path, lines.slice(0, -1).join("\n"));
    expect((await verifyFile(path, keys.publicKey)).ok).toBe(false);
    await expect(
      importFile(makeMemoryEventStore(), path, { publicKey: keys.publicKey }),
    ).rejects.toThrow("does not verify");
  });
});
