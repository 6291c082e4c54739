import { petition, supervision } from "@banli/kernel";
import { Either, Schema } from "effect";
import { describe, expect, it } from "vitest";
import { type EncodedEvent, type EventModule, makeEventCodec } from "../codec.js";
import { kernelCaseTemplates } from "./kernel-log.js";

/** One process's codec, its whole-union decoder and its fold, without its types in the way. */
const toolsOf = <E extends { readonly _tag: string }, S>(
  module: EventModule<E> & {
    readonly decider: {
      readonly initialState: S;
      readonly evolve: (state: S, event: E) => S;
      readonly isTerminal: (state: S) => boolean;
    };
  },
) => {
  const codec = makeEventCodec(module);
  const union = Schema.decodeUnknownEither(module.eventSchema);
  return {
    decode: (event: EncodedEvent): Either.Either<unknown, unknown> =>
      codec.decode({ ...event, position: 1 }),
    union: (input: unknown): Either.Either<unknown, unknown> => union(input),
    endsTerminal: (events: ReadonlyArray<E>) =>
      module.decider.isTerminal(events.reduce(module.decider.evolve, module.decider.initialState)),
    fold: (events: ReadonlyArray<EncodedEvent>) => {
      const decoded = events.map((event) => codec.decode({ ...event, position: 1 }));
      return decoded.every(Either.isRight) ? decoded.map((d) => d.right) : undefined;
    },
  };
};

const tools = { supervision: toolsOf(supervision), petition: toolsOf(petition) };
const processOf = (events: ReadonlyArray<EncodedEvent>) => {
  const name = events[0]?.type.split(".")[0];
  if (name !== "supervision" && name !== "petition") throw new Error(`unexpected ${name}`);
  return { name, tools: tools[name] };
};

// The benchmark log is made of real kernel events; the codec decodes each against its one
// union member, which must accept and refuse exactly what the whole union does.
describe("the kernel log of the benchmarks", () => {
  const cases = kernelCaseTemplates(12);

  it("holds whole cases of two processes, decided by the kernel, that decode and close", () => {
    expect(new Set(cases.map((c) => processOf(c).name))).toEqual(
      new Set(["supervision", "petition"]),
    );
    for (const events of cases) {
      const { name } = processOf(events);
      // Every case runs to its end (存查归档, 办结): folding its decoded events says so.
      if (name === "supervision") {
        const decoded = tools.supervision.fold(events);
        expect(decoded && tools.supervision.endsTerminal(decoded)).toBe(true);
      } else {
        const decoded = tools.petition.fold(events);
        expect(decoded && tools.petition.endsTerminal(decoded)).toBe(true);
      }
    }
  });

  it("decodes through one member exactly as through the whole union, and refuses alike", () => {
    for (const events of cases) {
      const { name, tools: t } = processOf(events);
      for (const event of events) {
        const tag = event.type.slice(name.length + 1);
        expect(t.decode(event)).toEqual(t.union({ _tag: tag, ...(event.data as object) }));
        // The same event without its actor's name, then with a bad instant: both refused.
        const data = event.data as { readonly by: object };
        const broken = [
          { ...data, by: { ...data.by, name: undefined } },
          { ...data, at: "yesterday" },
        ];
        for (const bad of broken) {
          expect(Either.isLeft(t.union({ _tag: tag, ...bad }))).toBe(true);
          expect(Either.isLeft(t.decode({ ...event, data: bad }))).toBe(true);
        }
      }
    }
  });
});
