import type { StoredProcess } from "@banli/event-store";
import { Either, Schema } from "effect";

/**
 * A process shaped like the kernel's (tagged-struct events with strings, numbers, optional
 * fields and a nested actor reference), for replay benchmarks while the kernel's seven processes
 * are written. It has only the part of a process the store uses (`StoredProcess`).
 */
const ActorRef = Schema.Struct({
  userId: Schema.String,
  name: Schema.String,
  unitId: Schema.String,
});
export const Registered = Schema.TaggedStruct("Registered", {
  title: Schema.String,
  receivedOn: Schema.String,
  by: ActorRef,
});
export const Assigned = Schema.TaggedStruct("Assigned", {
  unitIds: Schema.Array(Schema.String),
  dueOn: Schema.String,
  opinion: Schema.optional(Schema.String),
  by: ActorRef,
});
export const Replied = Schema.TaggedStruct("Replied", {
  text: Schema.String,
  pages: Schema.Number,
  by: ActorRef,
});
export const BenchEvent = Schema.Union(Registered, Assigned, Replied);
export type BenchEvent = typeof BenchEvent.Type;

export interface BenchState {
  readonly step: "None" | "Registered" | "Assigned" | "Replied";
  readonly units: number;
  readonly replies: number;
}

export const benchProcess: StoredProcess<{ readonly _tag: "Noop" }, BenchEvent, BenchState> = {
  name: "petition",
  eventSchema: BenchEvent as unknown as Schema.Schema<BenchEvent, unknown>,
  eventVersions: { Registered: 1, Assigned: 1, Replied: 1 },
  upcast: (_tag, _version, data) => data,
  decider: {
    initialState: { step: "None", units: 0, replies: 0 },
    decide: () => Either.right([]),
    evolve: (state, event) => {
      switch (event._tag) {
        case "Registered":
          return { ...state, step: "Registered" };
        case "Assigned":
          return { ...state, step: "Assigned", units: state.units + event.unitIds.length };
        case "Replied":
          return { ...state, step: "Replied", replies: state.replies + 1 };
      }
    },
    isTerminal: () => false,
  },
};

const by = { userId: "u-0042", name: "王小明", unitId: "division-3" };

/** The n-th event of a case, cycling through the three kinds. */
export const benchEvent = (n: number): BenchEvent => {
  switch (n % 3) {
    case 0:
      return { _tag: "Registered", title: `关于第${n}号来信的办理`, receivedOn: "2025-03-01", by };
    case 1:
      return {
        _tag: "Assigned",
        unitIds: ["division-3", "division-7"],
        dueOn: "2025-03-15",
        opinion: "请按期办理",
        by,
      };
    default:
      return { _tag: "Replied", text: "已办结，答复如下……".repeat(3), pages: 2, by };
  }
};
