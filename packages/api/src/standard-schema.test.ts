import { Effect, Either, Schema } from "effect";
import { describe, expect, it } from "vitest";
import { OpenInput, SearchInput } from "./inputs.js";
import { decodingFirst, standardSchema } from "./standard-schema.js";

const Input = Schema.Struct({
  process: Schema.String.pipe(Schema.maxLength(8)),
  q: Schema.Trim.pipe(Schema.minLength(1)),
  commandId: Schema.optional(Schema.String.pipe(Schema.minLength(1))),
  command: Schema.Unknown,
});

const inputs: ReadonlyArray<unknown> = [
  { process: "outgoing", q: "  a  ", command: { _tag: "X" } },
  { process: "outgoing", q: "a", commandId: "c-1", command: null },
  { process: "too long a name", q: "a", command: 1 },
  { process: 5, q: "   ", commandId: "", command: undefined },
  { q: "a" },
  "not an object",
  null,
  undefined,
];

describe("standardSchema", () => {
  it("validates every input exactly as Effect's standardSchemaV1 does, values and issues", async () => {
    const effects = Schema.standardSchemaV1(Input)["~standard"];
    const ours = standardSchema(Input)["~standard"];
    for (const input of inputs) {
      expect(await ours.validate(input)).toEqual(await effects.validate(input));
    }
    expect(ours.vendor).toBe("effect");
    expect(ours.version).toBe(1);
  });

  it("gives the decoded value (transformations applied), not the raw input", () => {
    const result = standardSchema(Input)["~standard"].validate({
      process: "outgoing",
      q: "  a  ",
      command: 1,
    });
    expect(result).toEqual({ value: { process: "outgoing", q: "a", command: 1 } });
  });

  it("asks the fallback only when the synchronous decode fails", () => {
    let asked = 0;
    const validate = decodingFirst(
      (value: unknown) =>
        typeof value === "number" ? Either.right(value) : Either.left("not a number"),
      () => {
        asked += 1;
        return { issues: [{ message: "no" }] };
      },
    );
    expect(validate(1)).toEqual({ value: 1 });
    expect(asked).toBe(0);
    expect(validate("1")).toEqual({ issues: [{ message: "no" }] });
    expect(asked).toBe(1);
  });

  it("still validates a schema that cannot decode synchronously, through Effect's validate", async () => {
    const Later = Schema.String.pipe(
      Schema.filterEffect((s) => Effect.as(Effect.sleep(1), s.length > 1)),
    );
    const ours = standardSchema(Later)["~standard"];
    const effects = Schema.standardSchemaV1(Later)["~standard"];
    expect(await ours.validate("ab")).toEqual({ value: "ab" });
    expect(await ours.validate("a")).toEqual(await effects.validate("a"));
  });

  it("is what the procedure inputs use", async () => {
    expect(OpenInput["~standard"].validate({ process: "outgoing", command: {} })).toEqual({
      value: { process: "outgoing", command: {} },
    });
    expect(await SearchInput["~standard"].validate({ q: " " })).toHaveProperty("issues");
  });
});
