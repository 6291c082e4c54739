import { Operations } from "@banli/kernel";
import { Option, Schema, SchemaAST } from "effect";

/**
 * What a form needs to know of one schema node, gathered through the wrappers effect puts around
 * a base type: refinements (patterns, lengths, brands), `Schema.optional`'s `| undefined`, and
 * transformations (a form is filled on the encoded side).
 */
export interface NodeFacts {
  /** The node with the wrappers taken off: a keyword, a literal, a union, a struct or an array. */
  readonly base: SchemaAST.AST;
  /** Titles and descriptions, outermost (the field's own) first. */
  readonly titles: ReadonlyArray<string>;
  readonly descriptions: ReadonlyArray<string>;
  readonly identifiers: ReadonlyArray<string>;
  readonly brands: ReadonlyArray<string>;
  /** The JSON-Schema facts effect's refinements record (minimum, maxLength, pattern, type …). */
  readonly json: Readonly<Record<string, unknown>>;
  readonly personal: boolean;
  /** A refinement refuses blanks around the text (effect's `Trimmed`, `NonEmptyTrimmedString`). */
  readonly trimmed: boolean;
  /** The node admitted `undefined` (an optional value written as a union). */
  readonly undefinedAllowed: boolean;
}

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === "object" && value !== null;

const isOpaque = (ast: SchemaAST.AST): boolean =>
  SchemaAST.isUnknownKeyword(ast) || SchemaAST.isAnyKeyword(ast);

const someOr = <A>(option: Option.Option<A>): ReadonlyArray<A> =>
  Option.isSome(option) ? [option.value] : [];

/** `outer` are annotated wrappers around the node, e.g. the property signature holding it. */
export const factsOf = (
  ast: SchemaAST.AST,
  outer: ReadonlyArray<SchemaAST.Annotated> = [],
): NodeFacts => {
  const layers: Array<SchemaAST.Annotated> = [...outer];
  let node = ast;
  let undefinedAllowed = false;
  for (;;) {
    layers.push(node);
    if (SchemaAST.isRefinement(node)) node = node.from;
    // A form is filled on the encoded side, unless that side is `unknown` (the kernel's
    // `fromUnknown` widening for transports): then the typed side says what to ask for.
    else if (SchemaAST.isTransformation(node)) node = isOpaque(node.from) ? node.to : node.from;
    else if (SchemaAST.isSuspend(node)) node = node.f();
    else if (SchemaAST.isUnion(node) && node.types.some(SchemaAST.isUndefinedKeyword)) {
      const defined = node.types.filter((member) => !SchemaAST.isUndefinedKeyword(member));
      undefinedAllowed = true;
      const [only] = defined;
      if (defined.length !== 1 || only === undefined) {
        node = SchemaAST.Union.make(defined);
        break;
      }
      node = only;
    } else break;
  }
  // A JSON-Schema fact set closer to the field (e.g. `between(1, 30)`) wins over an inner one.
  const json: Record<string, unknown> = {};
  for (const layer of [...layers].reverse()) {
    const annotation = SchemaAST.getJSONSchemaAnnotation(layer);
    if (Option.isSome(annotation) && isRecord(annotation.value))
      Object.assign(json, annotation.value);
  }
  return {
    base: node,
    titles: layers.flatMap((layer) => someOr(SchemaAST.getTitleAnnotation(layer))),
    descriptions: layers.flatMap((layer) => someOr(SchemaAST.getDescriptionAnnotation(layer))),
    identifiers: layers.flatMap((layer) => someOr(SchemaAST.getIdentifierAnnotation(layer))),
    brands: layers.flatMap((layer) =>
      someOr(SchemaAST.getBrandAnnotation(layer))
        .flat()
        .map((brand) => String(brand)),
    ),
    json,
    personal: layers.some((layer) =>
      SchemaAST.getAnnotation<boolean>(layer, Operations.PersonalDataId).pipe(
        Option.getOrElse(() => false),
      ),
    ),
    undefinedAllowed,
    trimmed: layers.some((layer) =>
      SchemaAST.getSchemaIdAnnotation(layer).pipe(
        Option.exists((id) => id === Schema.TrimmedSchemaId),
      ),
    ),
  };
};

/** The literal values of a union of literals (`Schema.Literal("a", "b")`), else undefined. */
export const literalValues = (
  ast: SchemaAST.AST,
): ReadonlyArray<string | number | boolean> | undefined => {
  const members = SchemaAST.isUnion(ast) ? ast.types : [ast];
  const values: Array<string | number | boolean> = [];
  for (const member of members) {
    if (!SchemaAST.isLiteral(member)) return undefined;
    const literal = member.literal;
    if (typeof literal === "string" || typeof literal === "number" || typeof literal === "boolean")
      values.push(literal);
    else return undefined;
  }
  return values;
};
