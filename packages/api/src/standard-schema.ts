import { Either, ParseResult, Schema } from "effect";

/** A Standard Schema `validate`, as Effect types it (its spec's types are not re-exported). */
type Validate<A> = ReturnType<typeof Schema.standardSchemaV1<A, unknown>>["~standard"]["validate"];

/**
 * A Standard Schema `validate` that answers from a synchronous decode when it succeeds and asks
 * `fallback` otherwise (a refused input, or a schema that cannot decode synchronously).
 */
export const decodingFirst =
  <A>(decode: (value: unknown) => Either.Either<A, unknown>, fallback: Validate<A>): Validate<A> =>
  (value) => {
    const decoded = decode(value);
    return Either.isRight(decoded) ? { value: decoded.right } : fallback(value);
  };

/**
 * `Schema.standardSchemaV1` with a synchronous fast path, for tRPC's input validation.
 *
 * Effect's `validate` runs every input through a fiber on a fresh scheduler (so that a schema with
 * asynchronous parts still works), which measured ~5 µs for a four-field input — some 8× the
 * plain synchronous decode. Inputs that decode synchronously are answered from that decode;
 * anything else goes to Effect's own `validate`, so the issues a client gets back for a bad input
 * are exactly Effect's.
 */
export const standardSchema = <A, I>(schema: Schema.Schema<A, I>) => {
  const standard = Schema.standardSchemaV1(schema);
  const effects = standard["~standard"];
  // The options Effect's `validate` decodes with; on success they give the same value.
  const decode = ParseResult.decodeUnknownEither(schema, { errors: "all" });
  // The class keeps its schema type (tRPC infers the procedure's input from it); only the
  // Standard Schema entry point is replaced.
  Object.defineProperty(standard, "~standard", {
    value: { ...effects, validate: decodingFirst(decode, effects.validate) },
  });
  return standard;
};
