import {
  type Actor,
  chineseDaysCalendar,
  LocalDate,
  type ProcessName,
  trafficLight,
} from "@banli/kernel";
import { Either } from "effect";
import type { Box, CaseDetail, CaseRow, DataSource, DeadlineView } from "../../data/data-source.js";
import { demoCast, unitNames } from "./demo-cast.js";
import type { CaseSnapshot, DemoProcess } from "./demo-process.js";
import { makeDemoProcesses } from "./demo-processes.js";

export interface DemoOptions {
  readonly me: Actor;
  /** The demo's "today": fixed so traffic lights and tests do not change with the real date. */
  readonly today: string;
  /** The people whose delegation `me` holds (委托), whom `:for` may act for. */
  readonly principals?: ReadonlyArray<Actor>;
}

/**
 * A fake office for screen tests: an in-memory stand-in for the server whose every command the
 * real kernel decides, with fixed dates (so lights and counts never change with the calendar)
 * and synchronous seeding. It plays the read side (boxes, search) crudely; the real rules are
 * the projections', and the console's own tests on them run through the in-process API
 * (test/in-process-api.ts).
 */
export const makeDemoDataSource = (options: DemoOptions) => {
  const processes = makeDemoProcesses();
  // 代理: the principal chosen with `:for`; boxes, cases and commands are then theirs. Crudely:
  // a command is recorded as the principal's own, where the real API records the deputy 代 them
  // (the console's act-for on the real API is tested in App.api.test.tsx).
  let acting: Actor | undefined;
  const viewer = () => acting ?? options.me;
  const entryOf = (actor: Actor) => ({
    id: actor.userId,
    name: actor.name,
    detail: unitNames[actor.unitId],
  });
  const listeners = new Set<() => void>();
  let commandCount = 0;
  let caseCount = 0;
  // Commands are stamped with the demo day and a rising minute, so history stays ordered.
  const nextInstant = () => {
    commandCount += 1;
    const minutes = String(commandCount % 60).padStart(2, "0");
    const hour = String(9 + Math.floor(commandCount / 60)).padStart(2, "0");
    return `${options.today}T${hour}:${minutes}:00+08:00`;
  };

  const find = (caseId: string): DemoProcess | undefined =>
    processes.find((p) => p.caseIds().includes(caseId));

  const deadlineOf = (due: string | undefined): DeadlineView | undefined => {
    if (due === undefined) return undefined;
    const light = trafficLight(
      LocalDate.make(due),
      LocalDate.make(options.today),
      chineseDaysCalendar,
    );
    // Outside the calendar's data the light is unknown: show the date without guessing a colour.
    return Either.isRight(light) ? { due, light: light.right } : undefined;
  };

  const rowOf = (process: DemoProcess, caseId: string, snap: CaseSnapshot): CaseRow => ({
    caseId,
    process: process.name,
    processTitle: process.title,
    number: snap.summary.number,
    title: snap.summary.title,
    status: snap.status,
    due: snap.terminal ? undefined : deadlineOf(snap.summary.due),
  });

  const all = (asOf?: string) =>
    processes.flatMap((process) =>
      process.caseIds().flatMap((caseId) => {
        const snap = process.snapshot(caseId, viewer(), asOf);
        return snap === undefined ? [] : [{ process, caseId, snap }];
      }),
    );

  /** Which box a case belongs in for me: a stand-in for the inbox projection's rules. */
  const inBox = (box: Box, process: DemoProcess, snap: CaseSnapshot): boolean => {
    const flowCommands = new Set(process.definition.transitions.map((t) => t.command));
    const moves = snap.actions.some((a) => flowCommands.has(a.command));
    const mine = (r: { actor: Actor }) => r.actor.userId === viewer().userId;
    switch (box) {
      case "todo":
        return moves;
      case "toRead":
        return snap.actions.some((a) => a.command === "ConfirmRead");
      case "done":
        return !moves && snap.records.some(mine);
      case "started":
        return snap.records[0] !== undefined && mine(snap.records[0]);
      default:
        return box satisfies never;
    }
  };

  const list = (box: Box) =>
    all()
      .filter(({ process, snap }) => inBox(box, process, snap))
      .map(({ process, caseId, snap }) => rowOf(process, caseId, snap));

  const notify = () => {
    for (const listener of listeners) listener();
  };

  const act = (process: DemoProcess, caseId: string, payload: unknown, actor: Actor) =>
    Either.match(
      process.decide(caseId, payload, {
        actor,
        at: nextInstant(),
        commandId: `cmd-${commandCount + 1}`,
      }),
      {
        onLeft: (reason) => ({ ok: false as const, reason }),
        onRight: () => {
          notify();
          return { ok: true as const, caseId };
        },
      },
    );

  const source: DataSource = {
    me: { name: options.me.name, unit: unitNames[options.me.unitId] ?? options.me.unitId },
    inbox: {
      list: async ({ box }) => list(box),
      counts: async () => ({
        todo: list("todo").length,
        done: list("done").length,
        toRead: list("toRead").length,
        started: list("started").length,
      }),
    },
    cases: {
      get: async ({ caseId, asOf }) => {
        const process = find(caseId);
        const snap = process?.snapshot(caseId, viewer(), asOf);
        if (process === undefined || snap === undefined) return undefined;
        const detail: CaseDetail = {
          ...rowOf(process, caseId, snap),
          fields: snap.summary.fields,
          steps: process.definition.steps.map((step) => ({
            id: step.id,
            label: step.label,
            kind: step.kind,
            current: step.id === snap.stepId,
          })),
          opinions: snap.history.filter((entry) => entry.opinion !== undefined),
          history: snap.history,
          actions: snap.actions,
          asOf,
        };
        return detail;
      },
      act: async ({ caseId, payload }) => {
        const process = find(caseId);
        if (process === undefined)
          return { ok: false, reason: { zh: "未找到该案件", en: "No such case" } };
        return act(process, caseId, payload, viewer());
      },
      startable: async () =>
        processes.flatMap((process) => {
          const action = process.starter(viewer());
          return action === undefined
            ? []
            : [{ process: process.name, title: process.title, action }];
        }),
      open: async ({ process: name, payload }) => {
        const process = processes.find((p) => p.name === name);
        if (process === undefined)
          return { ok: false, reason: { zh: "未知流程", en: "Unknown process" } };
        caseCount += 1;
        return act(process, `${name}-new-${caseCount}`, payload, viewer());
      },
    },
    search: {
      query: async ({ text }) => {
        const needle = text.trim().toLowerCase();
        return all()
          .map(({ process, caseId, snap }) => rowOf(process, caseId, snap))
          .filter((row) => `${row.number} ${row.title}`.toLowerCase().includes(needle));
      },
    },
    directory: async () => ({
      units: Object.entries(unitNames).map(([id, name]) => ({ id, name })),
      users: Object.values(demoCast).map((actor) => ({
        id: actor.userId,
        name: actor.name,
        detail: unitNames[actor.unitId],
      })),
    }),
    acting: {
      principals: async () => (options.principals ?? []).map(entryOf),
      current: () => (acting === undefined ? undefined : entryOf(acting)),
      actFor: async (entry) => {
        const next = options.principals?.find((p) => p.userId === entry?.id);
        if (entry !== undefined && next === undefined) return false;
        acting = next;
        notify();
        return true;
      },
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };

  /** Seeding acts as anyone in the cast, as the demo's other users would. */
  const actAs = (
    actor: Actor,
    processName: ProcessName,
    caseId: string,
    payload: unknown,
    at: string,
  ) => {
    const process = processes.find((p) => p.name === processName);
    if (process === undefined) throw new Error(`no demo process ${processName}`);
    commandCount += 1;
    const result = process.decide(caseId, payload, {
      actor,
      at,
      commandId: `seed-${commandCount}`,
    });
    // A seed the kernel refuses is a bug in the seed: fail loudly at start-up.
    if (Either.isLeft(result)) throw new Error(`seed ${caseId}: ${result.left.zh}`);
  };

  return { source, actAs };
};
