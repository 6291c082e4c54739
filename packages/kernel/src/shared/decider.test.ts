import { Either } from "effect";
import { describe, expect, it } from "vitest";
import { type Decider, fold } from "./decider.js";

type Event = { readonly _tag: "Added"; readonly n: number };
const counter: Decider<number, Event, number> = {
  initialState: 0,
  decide: (n) => Either.right([{ _tag: "Added", n }]),
  evolve: (state, event) => state + event.n,
  isTerminal: (state) => state >= 10,
};

describe("fold", () => {
  it("replays events in order from the initial state", () => {
    const history: ReadonlyArray<Event> = [
      { _tag: "Added", n: 3 },
      { _tag: "Added", n: 4 },
    ];
    expect(fold(counter, history)).toBe(7);
  });
  it("gives the initial state for an empty history", () => {
    expect(fold(counter, [])).toBe(0);
  });
});
