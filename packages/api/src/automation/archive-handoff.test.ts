import type { EventStorePort, StoredEvent } from "@banli/event-store";
import { systemUserId } from "@banli/kernel";
import { memoryReadModel, userAsActor } from "@banli/projections";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { actOnCase, openCase } from "../commands.js";
import { demoCases } from "../demo/cases.js";
import { seedDemo } from "../demo/seed.js";
import type { ApiDeps } from "../deps.js";
import { makeMemoryDeps } from "../testing/harness.js";
import { startAutomation } from "./index.js";
import type { ManagerProblem } from "./issue.js";
import { archiveCaseIdOf, archiveHandoffPolicy, sourceOf } from "./policy.js";
import { createProcessManager } from "./process-manager.js";

const everything = async (store: EventStorePort): Promise<ReadonlyArray<StoredEvent>> =>
  store.readAll({ after: 0, limit: 100_000 });

const handoffs = async (store: EventStorePort) =>
  (await everything(store)).filter((e) => archiveHandoffPolicy(e) !== undefined);

const collected = async (store: EventStorePort) =>
  (await everything(store)).filter((e) => e.type === "archive.HandoffCollected");

const manager = (
  deps: ApiDeps,
  checkpoints = memoryReadModel(),
  problems: Array<ManagerProblem> = [],
) =>
  createProcessManager({
    name: "archive-handoff",
    store: deps.store,
    checkpoints,
    processes: () => deps.processes,
    policy: archiveHandoffPolicy,
    now: deps.now,
    onProblem: (p) => problems.push(p),
  });

let deps: ApiDeps;
beforeEach(async () => {
  deps = makeMemoryDeps();
  await seedDemo(deps);
});

describe("the archive hand-off policy", () => {
  it("asks for CollectFromCase on the source's derived archive case, keyed by the event id", async () => {
    const [filed] = await handoffs(deps.store);
    if (filed === undefined) throw new Error("the demo files a case");
    const source = sourceOf(filed);
    expect(archiveHandoffPolicy(filed)).toEqual({
      process: "archive",
      caseId: archiveCaseIdOf(source?.process ?? "", source?.caseId ?? ""),
      commandId: `pm:archive-handoff:${filed.eventId}`,
      payload: {
        _tag: "CollectFromCase",
        sourceCaseId: source?.caseId,
        handoff: (filed.data as { archive: unknown }).archive,
      },
    });
  });

  it("ignores every event without a hand-off", async () => {
    const others = (await everything(deps.store)).filter(
      (e) => !(typeof e.data === "object" && e.data !== null && "archive" in e.data),
    );
    expect(others.length).toBeGreaterThan(0);
    expect(others.map(archiveHandoffPolicy).filter((c) => c !== undefined)).toEqual([]);
  });
});

describe("the archive hand-off manager", () => {
  it("opens exactly one 收集 item per closed case, as the system actor, visible in the read model", async () => {
    const sources = await handoffs(deps.store);
    expect(sources.length).toBeGreaterThan(0);
    const problems: Array<ManagerProblem> = [];
    const automation = await startAutomation(deps, { onProblem: (p) => problems.push(p) });
    await automation.archiveHandoff.sync();
    await automation.close();
    expect(problems).toEqual([]);
    const items = await collected(deps.store);
    expect(items).toHaveLength(sources.length);
    for (const item of items) {
      expect((item.actor as { userId: string }).userId).toBe(systemUserId);
      const caseId = item.streamId.slice("archive-".length);
      const row = await deps.projector.readModel.get(caseId);
      expect(row?.status).toBe("Collected");
      // The system acts for no unit and is nobody's 已办: the item is the archivists' task.
      expect(row?.units).toEqual([]);
      expect(row?.actedBy).toEqual([]);
      expect(row?.handlers).toEqual([{ role: "archivist" }]);
    }
  });

  it("a restart, or a replay from position 0, issues nothing twice", async () => {
    const checkpoints = memoryReadModel();
    const first = manager(deps, checkpoints);
    await first.sync();
    await first.close();
    const head = await deps.store.head();
    const restarted = manager(deps, checkpoints);
    await restarted.sync();
    await restarted.close();
    // A lost checkpoint: every event is offered again.
    const amnesiac = manager(deps, memoryReadModel());
    await amnesiac.sync();
    await amnesiac.close();
    expect(await deps.store.head()).toEqual(head);
  });

  it("two managers running at once issue each command once", async () => {
    const sources = await handoffs(deps.store);
    const problems: Array<ManagerProblem> = [];
    const a = manager(deps, memoryReadModel(), problems);
    const b = manager(deps, memoryReadModel(), problems);
    await Promise.all([a.sync(), b.sync()]);
    await Promise.all([a.close(), b.close()]);
    expect(problems).toEqual([]);
    expect(await collected(deps.store)).toHaveLength(sources.length);
  });

  it("follows the log live: a case filed while it runs is collected", async () => {
    const automation = await startAutomation(deps);
    await automation.archiveHandoff.sync();
    const before = (await collected(deps.store)).length;
    // Re-seeding would not file anything new; file one more 督办 through its last step instead.
    const users = deps.projector.directory().users;
    const actor = (id: string) => {
      const user = users.get(id);
      if (user === undefined) throw new Error(id);
      return userAsActor(user);
    };
    const [first, ...rest] = demoCases[0]?.steps ?? [];
    if (first === undefined) throw new Error("demo case");
    const clocked = { ...deps, now: () => new Date("2026-09-01T10:00:00+08:00") };
    const view = await openCase(clocked, actor(first.by), {
      process: "supervision",
      command: first.command,
    });
    for (const step of rest) {
      await actOnCase(clocked, actor(step.by), { caseId: view.caseId, command: step.command });
    }
    // The subscription wakes the manager by itself: wait for its run, without asking for one.
    await vi.waitFor(async () => expect(await collected(deps.store)).toHaveLength(before + 1));
    await automation.close();
    const after = await collected(deps.store);
    expect(after).toHaveLength(before + 1);
    expect(
      after.some((e) => e.streamId === `archive-${archiveCaseIdOf("supervision", view.caseId)}`),
    ).toBe(true);
  });
});
