import { type EventStorePort, makeMemoryEventStore } from "@banli/event-store";
import { Instant } from "@banli/kernel";
import { describe, expect, it } from "vitest";
import { directoryKind, directoryStreamId } from "./directory/decider.js";
import { memoryReadModel } from "./memory-read-model.js";
import { defaultProcesses, processByName } from "./processes.js";
import { createProjector } from "./projector.js";
import { canSee, inBox, searchTerms } from "./queries.js";
import { dumpReadModel } from "./read-model.js";
import { openSqliteReadModel } from "./sqlite-read-model.js";
import { runStreamCommand } from "./stream-command.js";
import { people, run, superviseToHandling } from "./testing/supervision-flow.js";

const supervision = processByName(defaultProcesses, "supervision");
if (supervision === undefined) throw new Error("supervision is registered");

const seeded = async () => {
  const store = makeMemoryEventStore();
  await superviseToHandling(store, supervision, "c1", 1, "推进科技成果转化");
  await superviseToHandling(store, supervision, "c2", 2, "优化营商环境");
  await run(store, supervision, people.leader, "c2", "2026-11-03T09:00:00+08:00", {
    _tag: "GiveInstruction",
    instruction: "请成果处牵头办理。",
  });
  return store;
};

/** A projector over `store` into a fresh in-memory read model. */
const projectorOver = (store: EventStorePort) =>
  createProjector({ store, readModel: memoryReadModel(), processes: defaultProcesses });

describe("the projector", () => {
  it("puts a case in the 待办 of whoever must act now, and in the 已办 of who acted", async () => {
    const store = await seeded();
    const projector = projectorOver(store);
    await projector.sync();
    const c1 = await projector.readModel.get("c1");
    expect(c1?.status).toBe("Submitted");
    expect(c1?.number).toBe("督〔2026〕1号");
    expect(c1?.handlers).toContainEqual({ role: "leader-in-charge", userId: "leader" });
    expect(c1?.handlers.every((h) => h.userId === "leader")).toBe(true);
    if (c1 === undefined) return;
    expect(inBox(c1, people.leader, "todo")).toBe(true);
    expect(inBox(c1, people.director, "todo")).toBe(false);
    expect(inBox(c1, people.director, "done")).toBe(true);
    expect(inBox(c1, people.clerk, "started")).toBe(true);
  });

  it("folds the events a command just appended as the log holds them, whichever store it was", async () => {
    // Two logs with the same case id at the same positions, different titles: what this server
    // appended to one must never be folded in for the other.
    const first = makeMemoryEventStore();
    const second = makeMemoryEventStore();
    await superviseToHandling(first, supervision, "c1", 1, "推进科技成果转化");
    await superviseToHandling(second, supervision, "c1", 1, "优化营商环境");
    const project = async (store: typeof first) => {
      const projector = projectorOver(store);
      await projector.sync();
      return projector;
    };
    // The first log is folded after the second took its commands.
    const fromFirst = await project(first);
    const fromSecond = await project(second);
    expect((await fromSecond.readModel.get("c1"))?.title).toBe("优化营商环境");
    expect((await fromFirst.readModel.get("c1"))?.title).toBe("推进科技成果转化");
    // Folded again from the log alone (nothing kept from the commands): the same rows.
    const before = await dumpReadModel(fromFirst.readModel);
    await fromFirst.rebuild();
    expect(await dumpReadModel(fromFirst.readModel)).toBe(before);
  });

  it("keeps the summaries it just wrote at hand, the same as the read model's rows", async () => {
    const store = await seeded();
    const projector = projectorOver(store);
    expect(projector.recentSummary("c2")).toBeUndefined();
    await projector.sync();
    expect(projector.recentSummary("c2")).toEqual(await projector.readModel.get("c2"));
    expect(projector.recentSummary("c9")).toBeUndefined();
    await run(store, supervision, people.leader, "c1", "2026-11-03T10:00:00+08:00", {
      _tag: "GiveInstruction",
      instruction: "同意。",
    });
    await projector.sync();
    expect(projector.recentSummary("c1")?.status).toBe("Instructed");
    expect(projector.recentSummary("c1")).toEqual(await projector.readModel.get("c1"));
  });

  it("hides a case from a unit that takes no part, and shows every case to an auditor", async () => {
    const store = await seeded();
    const projector = projectorOver(store);
    await projector.sync();
    const c1 = await projector.readModel.get("c1");
    if (c1 === undefined) throw new Error("projected");
    expect(canSee(c1, people.other)).toBe(false);
    expect(canSee(c1, people.auditor)).toBe(true);
    expect(canSee(c1, people.leader)).toBe(true);
  });

  it("lets syncs asked for together share one catch-up, each seeing what came before it", async () => {
    const store = await seeded();
    const memory = memoryReadModel();
    let catchUps = 0;
    const readModel = {
      ...memory,
      position: () => {
        catchUps++;
        return memory.position();
      },
    };
    const projector = createProjector({ store, readModel, processes: defaultProcesses });
    await projector.sync();
    catchUps = 0;
    await superviseToHandling(store, supervision, "c3", 3, "数字政府建设");
    const head = (await store.head()).position;
    const positions = await Promise.all(Array.from({ length: 10 }, () => projector.sync()));
    expect(positions).toEqual(Array.from({ length: 10 }, () => head));
    expect(catchUps).toBe(1);
    expect((await projector.readModel.get("c3"))?.status).toBe("Submitted");
  });

  it("holds each case's fold as the log has it", async () => {
    const store = await seeded();
    const projector = projectorOver(store);
    await projector.sync();
    const held = projector.cursor("supervision-c2");
    const fromLog = supervision.newCursor("c2");
    for (const event of await store.readStream("supervision-c2")) fromLog.apply(event);
    expect(held?.version()).toBe(fromLog.version());
    expect(held?.state()).toEqual(fromLog.state());
    expect(held?.history()).toEqual(fromLog.history());
    expect(projector.cursor("supervision-nope")).toBeUndefined();
  });

  it("rebuilds to identical rows", async () => {
    const store = await seeded();
    const readModel = memoryReadModel();
    const projector = createProjector({ store, readModel, processes: defaultProcesses });
    await projector.sync();
    const before = await dumpReadModel(readModel);
    await projector.rebuild();
    expect(await dumpReadModel(readModel)).toBe(before);
  });

  it("gives the same rows in SQLite as in memory, across a restart from the checkpoint", async () => {
    const store = await seeded();
    const memory = memoryReadModel();
    await createProjector({ store, readModel: memory, processes: defaultProcesses }).sync();
    const sqlite = openSqliteReadModel({ filename: ":memory:" });
    await createProjector({ store, readModel: sqlite, processes: defaultProcesses }).sync();
    await run(store, supervision, people.clerk, "c2", "2026-11-03T10:00:00+08:00", {
      _tag: "RecordInstruction",
    });
    // A fresh projector (a restarted server) continues from the SQLite checkpoint.
    await createProjector({ store, readModel: sqlite, processes: defaultProcesses }).sync();
    await createProjector({ store, readModel: memory, processes: defaultProcesses }).sync();
    expect(await dumpReadModel(sqlite)).toBe(await dumpReadModel(memory));
    await sqlite.close();
  });

  it.each([
    ["memory", memoryReadModel],
    ["sqlite", () => openSqliteReadModel({ filename: ":memory:" })],
  ])("finds Chinese substrings in %s, short and long", async (_name, make) => {
    const store = await seeded();
    const readModel = make();
    await createProjector({ store, readModel, processes: defaultProcesses }).sync();
    const ids = async (q: string) =>
      (await readModel.search(searchTerms(q))).map((s) => s.caseId).sort();
    expect(await ids("科技成果")).toEqual(["c1"]);
    expect(await ids("营商")).toEqual(["c2"]);
    expect(await ids("督〔2026〕2号")).toEqual(["c2"]);
    expect(await ids("成果处 牵头")).toEqual(["c2"]);
    expect(await ids("不存在的内容")).toEqual([]);
  });

  it("folds the directory stream into units and users", async () => {
    const store = makeMemoryEventStore();
    const at = Instant.make("2026-11-25T09:00:00+08:00");
    const seed = (
      payload: Parameters<typeof directoryKind.decider.decide>[0]["payload"],
      id: string,
    ) =>
      runStreamCommand(
        store,
        directoryKind,
        directoryStreamId,
        { payload, actor: people.clerk, at, system: true },
        {
          commandId: id,
          at,
          actor: people.clerk,
        },
      );
    await seed({ _tag: "DefineUnit", unitId: people.clerk.unitId, name: "局办公室" }, "d1");
    await seed(
      {
        _tag: "RegisterUser",
        userId: people.clerk.userId,
        name: "王经办",
        unitId: people.clerk.unitId,
        roles: ["office-clerk"],
      },
      "d2",
    );
    const projector = projectorOver(store);
    await projector.sync();
    expect(projector.directory().users.get("clerk")?.roles).toEqual(["office-clerk"]);
  });
});

describe("涉密 cases", () => {
  it("are hidden from colleagues of the unit who take no part", async () => {
    const store = makeMemoryEventStore();
    await superviseToHandling(store, supervision, "c1", 1, "一般督办");
    const readModel = memoryReadModel();
    await createProjector({ store, readModel, processes: defaultProcesses }).sync();
    const row = await readModel.get("c1");
    if (row === undefined) throw new Error("projected");
    const colleague = {
      userId: "colleague",
      unitId: "office",
      roles: ["office-reviewer" as const],
    };
    expect(canSee(row, colleague)).toBe(true);
    expect(canSee({ ...row, classification: "秘密" }, colleague)).toBe(false);
    expect(canSee({ ...row, classification: "秘密" }, people.clerk)).toBe(true);
    expect(canSee({ ...row, classification: "秘密" }, people.auditor)).toBe(true);
  });
});
