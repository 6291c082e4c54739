import type { EventStorePort } from "@banli/event-store";
import { CaseId, CommandId, systemUserId } from "@banli/kernel";
import { memoryReadModel, processByName, userAsActor } from "@banli/projections";
import { Either } from "effect";
import { beforeEach, describe, expect, it } from "vitest";
import { seedDirectory } from "../demo/seed.js";
import type { ApiDeps } from "../deps.js";
import { fullCases } from "../processes/paths.js";
import { signedIn } from "../testing/caller.js";
import { makeMemoryDeps } from "../testing/harness.js";
import { instantOf } from "../time.js";
import { replyDraftPolicy } from "./policy.js";
import { createProcessManager, type ProcessManager } from "./process-manager.js";

const incomingPath = fullCases.find((c) => c.process === "incoming")?.steps ?? [];
// Up to 承办 (AcceptAssignment): the lead unit 成果转化处 is handling the 收文.
const toHandling = incomingPath.slice(
  0,
  incomingPath.findIndex((s) => s.command._tag === "SubmitReply"),
);

let clock = Date.parse("2026-09-01T09:00:00+08:00");
let deps: ApiDeps;
let incomingId: string;

const opened = async (store: EventStorePort) =>
  (await store.readAll({ after: 0, limit: 100_000 })).filter(
    (e) => e.type === "outgoing.ReplyDraftOpened",
  );

const manager = (): ProcessManager =>
  createProcessManager({
    name: "reply-draft",
    store: deps.store,
    checkpoints: memoryReadModel(),
    processes: () => deps.processes,
    policy: replyDraftPolicy,
    now: () => new Date(clock),
    afterIssue: () => deps.projector.sync(),
  });

const startReply = async (outgoingCaseId: string) => {
  const handler = await signedIn(deps, "chengban");
  await handler.cases.act({
    caseId: incomingId,
    command: {
      _tag: "StartReplyDocument",
      outgoingCaseId,
      title: "关于科技成果转化评估工作的复函",
    },
  });
};

beforeEach(async () => {
  clock = Date.parse("2026-09-01T09:00:00+08:00");
  deps = makeMemoryDeps({ now: () => new Date(clock) });
  await seedDirectory(deps);
  const [first, ...rest] = toHandling;
  if (first === undefined) throw new Error("the incoming path");
  const view = await (await signedIn(deps, first.by)).cases.open({
    process: "incoming",
    command: first.command,
  });
  incomingId = view.caseId;
  for (const step of rest) {
    clock += 30 * 60_000;
    await (await signedIn(deps, step.by)).cases.act({ caseId: incomingId, command: step.command });
  }
});

describe("the reply-draft process manager", () => {
  it("opens the 发文 under the id the unit allocated, linked to the 收文, in the unit's 待办", async () => {
    await startReply("reply-1");
    const m = manager();
    await m.sync();
    await m.close();
    const [event] = await opened(deps.store);
    if (event === undefined) throw new Error("the reply draft was opened");
    expect(event.streamId).toBe("outgoing-reply-1");
    expect((event.actor as { userId: string }).userId).toBe(systemUserId);
    expect(event.data).toMatchObject({
      replyTo: { caseId: incomingId, number: "收〔2026〕1号", senderNumber: "鄂科技发〔2026〕5号" },
      title: "关于科技成果转化评估工作的复函",
      unitId: "chengguo",
      dueOn: "2026-10-30",
    });
    const handler = await signedIn(deps, "chengban");
    const draft = await handler.cases.get({ caseId: "reply-1" });
    expect(draft.status).toBe("ToDraft");
    expect(draft.dueOn).toBe("2026-10-30");
    expect(draft.actions.map((a) => a.command)).toContain("DraftDocument");
    const todo = await handler.inbox.list({ box: "todo", limit: 200 });
    expect(todo.rows.map((r) => r.caseId)).toContain("reply-1");
  });

  it("a restart, a replay or a second manager at once opens it only once", async () => {
    await startReply("reply-2");
    const [a, b] = [manager(), manager()];
    await Promise.all([a.sync(), b.sync()]);
    const again = manager();
    await again.sync();
    await Promise.all([a.close(), b.close(), again.close()]);
    expect(await opened(deps.store)).toHaveLength(1);
  });

  it("a 发文 the unit already drafted under that id is left as it is", async () => {
    await startReply("reply-3");
    const handler = await signedIn(deps, "chengban");
    const path = fullCases.find((c) => c.process === "outgoing")?.steps[0];
    if (path === undefined) throw new Error("the outgoing path");
    // The unit drafts under that id by hand first (the process manager has not run yet).
    const outgoing = processByName(deps.processes, "outgoing");
    const user = deps.projector.directory().users.get("chengban");
    if (outgoing === undefined || user === undefined) throw new Error("outgoing, chengban");
    const drafted = await outgoing.execute(
      deps.store,
      {
        commandId: CommandId.make("by-hand"),
        caseId: CaseId.make("reply-3"),
        actor: userAsActor(user),
        at: instantOf(new Date(clock)),
      },
      path.command,
    );
    expect(Either.isRight(drafted)).toBe(true);
    await deps.projector.sync();
    const m = manager();
    await m.sync();
    await m.close();
    expect(await opened(deps.store)).toHaveLength(0);
    expect((await handler.cases.get({ caseId: "reply-3" })).status).toBe("Drafted");
  });
});
