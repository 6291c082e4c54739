import type { ProcessModule } from "@banli/kernel";
import { Either, ParseResult, Schema, SchemaAST } from "effect";
import type { NewEvent, StoredEvent } from "./envelope.js";
import { EventDecodeError } from "./errors.js";

/** A domain event's stored form, before the store gives it an id and a place in the log. */
export type EncodedEvent = Omit<NewEvent, "eventId">;

/**
 * Translates one process's domain events to and from envelopes: `type` is `<process>.<Tag>`,
 * `data` is the schema-encoded event without `_tag`, and older schema versions go through the
 * process's `upcast` before decoding, so stored events are never rewritten.
 */
export interface EventCodec<E extends { readonly _tag: string }> {
  readonly processName: string;
  readonly encode: (event: E) => EncodedEvent;
  readonly decode: (
    stored: Pick<StoredEvent, "type" | "schemaVersion" | "data" | "position">,
  ) => Either.Either<E, EventDecodeError>;
  /** Whether an envelope belongs to this process (its type carries the process prefix). */
  readonly owns: (type: string) => boolean;
}

/** The part of a kernel `ProcessModule` a codec needs; E is inferred from the event schema. */
export interface EventModule<E extends { readonly _tag: string }> {
  readonly name: ProcessModule<never, E, unknown>["name"];
  readonly eventSchema: Schema.Schema<E, unknown>;
  readonly eventVersions: NoInfer<{ readonly [K in E["_tag"]]: number }>;
  readonly upcast: (tag: string, version: number, data: unknown) => unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

type Decode<E> = (input: unknown) => Either.Either<E, ParseResult.ParseError>;

/** The `_tag` literal of a tagged struct's AST, if that is what it is. */
const tagOf = (ast: SchemaAST.AST): string | undefined => {
  if (!SchemaAST.isTypeLiteral(ast)) return undefined;
  const tag = ast.propertySignatures.find((p) => p.name === "_tag")?.type;
  return tag !== undefined && SchemaAST.isLiteral(tag) && typeof tag.literal === "string"
    ? tag.literal
    : undefined;
};

/**
 * One decoder per event tag, when the event schema is a union of tagged structs (the kernel's
 * shape, possibly behind `fromUnknown`'s `Unknown →` composition, which accepts anything and so
 * changes nothing). The stored type names the tag, so decoding against that one member checks
 * exactly what the union would check for it, without the union's dispatch — a replay decodes
 * millions of events. Any other shape returns undefined and decodes through the whole schema.
 */
const memberDecoders = <E>(schema: Schema.Schema<E, unknown>) => {
  let ast = schema.ast;
  if (
    SchemaAST.isTransformation(ast) &&
    ast.from._tag === "UnknownKeyword" &&
    ast.transformation._tag === "ComposeTransformation"
  ) {
    ast = ast.to;
  }
  if (!SchemaAST.isUnion(ast)) return undefined;
  const decoders = new Map<string, Decode<E>>();
  for (const member of ast.types) {
    const tag = tagOf(member);
    if (tag === undefined || decoders.has(tag)) return undefined;
    decoders.set(tag, Schema.decodeUnknownEither(Schema.make<E, unknown, never>(member)));
  }
  return decoders;
};

export const makeEventCodec = <E extends { readonly _tag: string }>(
  module: EventModule<E>,
): EventCodec<E> => {
  const prefix = `${module.name}.`;
  // Compiled once: building a parser per call would dominate replay.
  const encodeEvent = Schema.encodeSync(module.eventSchema);
  const decodeUnion: Decode<E> = Schema.decodeUnknownEither(module.eventSchema);
  const byTag = memberDecoders(module.eventSchema);
  const decoderOf = (tag: string): Decode<E> => byTag?.get(tag) ?? decodeUnion;
  const versions: Readonly<Record<string, number>> = module.eventVersions;

  const fail = (
    stored: Pick<StoredEvent, "type" | "schemaVersion" | "position">,
    message: string,
  ) =>
    Either.left(
      new EventDecodeError({
        type: stored.type,
        schemaVersion: stored.schemaVersion,
        position: stored.position,
        message,
      }),
    );

  return {
    processName: module.name,
    owns: (type) => type.startsWith(prefix),
    encode: (event) => {
      const encoded = encodeEvent(event);
      if (!isRecord(encoded)) throw new TypeError(`${event._tag} did not encode to an object`);
      const { _tag, ...data } = encoded;
      return {
        type: prefix + event._tag,
        schemaVersion: versions[event._tag] ?? 1,
        data,
      };
    },
    decode: (stored) => {
      if (!stored.type.startsWith(prefix)) return fail(stored, `not a ${module.name} event`);
      const tag = stored.type.slice(prefix.length);
      const current = versions[tag];
      if (current === undefined) return fail(stored, `unknown event ${tag}`);
      if (stored.schemaVersion > current) {
        return fail(stored, `schema version ${stored.schemaVersion} is newer than ${current}`);
      }
      let data: unknown = stored.data;
      try {
        if (stored.schemaVersion < current) data = module.upcast(tag, stored.schemaVersion, data);
      } catch (error) {
        return fail(stored, `upcast failed: ${String(error)}`);
      }
      if (!isRecord(data)) return fail(stored, "data is not an object");
      const decoded = decoderOf(tag)({ _tag: tag, ...data });
      return Either.isRight(decoded)
        ? Either.right(decoded.right)
        : fail(stored, ParseResult.TreeFormatter.formatErrorSync(decoded.left));
    },
  };
};
