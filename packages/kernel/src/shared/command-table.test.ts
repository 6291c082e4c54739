import { Either, Schema } from "effect";
import { describe, expect, it } from "vitest";
import type { Actor } from "./actor.js";
import {
  type CommandHandler,
  type CommandTable,
  guardVerdict,
  type Lifecycle,
  makeAvailableActions,
  makeDecider,
  type ProcessSpec,
  tagsOf,
} from "./command-table.js";
import type { CommandMeta } from "./decider.js";
import type { Role } from "./roles.js";

type Status = "New" | "Open" | "Done";
interface State {
  readonly status: Status;
  readonly ready: boolean;
  readonly owner: string | undefined;
}
type Payload =
  | { readonly _tag: "Start" }
  | { readonly _tag: "Prepare" }
  | { readonly _tag: "Work" }
  | { readonly _tag: "Approve" }
  | { readonly _tag: "Comment" };
type Event = { readonly _tag: "Moved"; readonly to: Partial<State> };

const label = (en: string) => ({ zh: en, en });
const lifecycle: Lifecycle<State, Status> = {
  initial: "New",
  statusOf: (state) => state.status,
  statusLabels: { New: label("new"), Open: label("open"), Done: label("done") },
  isTerminal: (state) => state.status === "Done",
};

/** Every guard rule once: start, step, `when`, roles, "staff" and a person check. */
const makeSpec = (counted: { when: number }): ProcessSpec<Payload, Event, State, Status> => {
  const moved = (to: Partial<State>) => Either.right([{ _tag: "Moved" as const, to }]);
  const table: CommandTable<Payload, State, Event, Status> = {
    Start: {
      schema: Schema.Unknown,
      label: label("start"),
      at: ["New"],
      roles: "staff",
      decide: () => moved({ status: "Open" }),
    },
    Prepare: {
      schema: Schema.Unknown,
      label: label("prepare"),
      at: ["Open"],
      roles: ["division-handler"],
      decide: () => moved({ ready: true }),
    },
    Work: {
      schema: Schema.Unknown,
      label: label("work"),
      at: ["Open"],
      roles: ["division-handler", "division-head"],
      when: (state) => {
        counted.when += 1;
        return state.ready;
      },
      decide: () => moved({ status: "Done" }),
    },
    Approve: {
      schema: Schema.Unknown,
      label: label("approve"),
      at: ["Open"],
      roles: ["division-head"],
      who: { test: (state, actor) => state.owner === actor.userId, why: label("not yours") },
      decide: () => moved({}),
    },
    Comment: {
      schema: Schema.Unknown,
      label: label("comment"),
      at: ["Open", "Done"],
      roles: "staff",
      decide: () => moved({}),
    },
  };
  return {
    lifecycle,
    table,
    initialState: { status: "New", ready: false, owner: undefined },
    evolve: (state, event) => ({ ...state, ...event.to }),
  };
};

const actor = (userId: string, roles: ReadonlyArray<Role>): Actor =>
  ({ userId, name: userId, roles, unitId: "u" }) as unknown as Actor;
const actors = [
  actor("a", ["division-handler"]),
  actor("b", ["division-head"]),
  actor("owner", ["division-head"]),
  actor("c", ["auditor"]),
  actor("d", []),
  actor("e", ["division-handler", "division-head"]),
];
const states: ReadonlyArray<State> = [
  { status: "New", ready: false, owner: undefined },
  { status: "Open", ready: false, owner: "owner" },
  { status: "Open", ready: true, owner: "owner" },
  { status: "Done", ready: true, owner: "owner" },
];

describe("availableActions", () => {
  it("offers exactly the commands whose guard passes, in table order, for every state and actor", () => {
    const spec = makeSpec({ when: 0 });
    const available = makeAvailableActions(spec);
    const decider = makeDecider(spec);
    for (const state of states) {
      for (const who of actors) {
        const expected = tagsOf(spec.table).filter(
          (tag) =>
            guardVerdict<Payload, State, Event, Status>(
              lifecycle,
              spec.table[tag] as CommandHandler<Payload, State, Event, Status>,
              state,
              who,
            ) === undefined,
        );
        expect(available(state, who).map((a) => a.command)).toEqual(expected);
        // …and `decide` accepts exactly those.
        const meta = { actor: who } as unknown as CommandMeta;
        const accepted = tagsOf(spec.table).filter((tag) =>
          Either.isRight(decider.decide({ meta, payload: { _tag: tag } }, state)),
        );
        expect(accepted).toEqual(expected);
      }
    }
  });

  it("works out the actor-independent half of the guard once per state, however many actors ask", () => {
    const counted = { when: 0 };
    const available = makeAvailableActions(makeSpec(counted));
    const open: State = { status: "Open", ready: true, owner: "owner" };
    for (const who of actors) available(open, who);
    expect(counted.when).toBe(1);
    // A new state (each event makes one) is worked out afresh, not answered from the old one.
    const notReady: State = { ...open, ready: false };
    expect(available(notReady, actors[0] as Actor).map((a) => a.command)).toEqual([
      "Prepare",
      "Comment",
    ]);
    expect(counted.when).toBe(2);
    expect(available(open, actors[0] as Actor).map((a) => a.command)).toEqual([
      "Prepare",
      "Work",
      "Comment",
    ]);
    expect(counted.when).toBe(2);
  });

  it("answers for a state that is not an object, worked out on every call", () => {
    const numeric: ProcessSpec<{ readonly _tag: "Bump" }, number, number, "Low" | "High"> = {
      lifecycle: {
        initial: "Low",
        statusOf: (n) => (n < 3 ? "Low" : "High"),
        statusLabels: { Low: label("low"), High: label("high") },
        isTerminal: (n) => n >= 5,
      },
      table: {
        Bump: {
          schema: Schema.Unknown,
          label: label("bump"),
          at: ["Low"],
          roles: "staff",
          decide: () => Either.right([1]),
        },
      },
      initialState: 0,
      evolve: (n, by) => n + by,
    };
    const available = makeAvailableActions(numeric);
    const clerk = actor("a", ["office-clerk"]);
    expect(available(0, clerk).map((a) => a.command)).toEqual(["Bump"]);
    expect(available(4, clerk)).toEqual([]);
    expect(available(0, actor("c", ["auditor"]))).toEqual([]);
  });
});
