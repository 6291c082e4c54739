import type { Label } from "@banli/kernel";
import { type Schema, SchemaAST } from "effect";
import { factsOf, literalValues, type NodeFacts } from "./ast.js";
import { makeChoiceOptions, onlyGlossesOptions } from "./choices.js";
import { hasHan, splitBilingual } from "./label.js";
import type { FormField, FormModel, Reference, ScalarField } from "./model.js";

/**
 * Derives the form of a command from its schema (see model.ts). Labels come from the kernel's
 * "中文 / English" titles; a field the kernel left untitled is labelled by its key.
 */

/** Free text written as sentences: drawn as a textarea. Opinions are the kernel's `OpinionText`. */
const longTextKeys =
  /^(opinion|body|content|reason|summary|answer|result|problem|outcome|note|text|instruction|comment|remarks?)$/i;
const longTextIdentifiers = new Set(["OpinionText"]);

/** The kernel's branded ids, by what they point at. */
const references: Readonly<Record<string, Reference>> = {
  UnitId: "unit",
  UserId: "user",
  CaseId: "case",
  AttachmentId: "attachment",
};

const referenceOf = (brands: ReadonlyArray<string>): Reference | undefined =>
  brands.map((brand) => references[brand]).find((reference) => reference !== undefined);

const labelOf = (titles: ReadonlyArray<string>, key: string): Label => {
  const title = titles.find(hasHan);
  return title === undefined ? { zh: key, en: key } : splitBilingual(title);
};

const descriptionOf = (descriptions: ReadonlyArray<string>): Label | undefined => {
  const description = descriptions.find(hasHan);
  return description === undefined ? undefined : splitBilingual(description);
};

const numberFact = (json: NodeFacts["json"], name: string): number | undefined => {
  const value = json[name];
  return typeof value === "number" ? value : undefined;
};

/** Only the facts that are known, so absent ones stay absent (exactOptionalPropertyTypes). */
const known = <K extends string, V>(name: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [name]: value }) as { [P in K]?: V };

interface FieldContext {
  readonly key: string;
  readonly required: boolean;
  readonly facts: NodeFacts;
}

const baseOf = ({ key, required, facts }: FieldContext) => {
  const description = descriptionOf(facts.descriptions);
  return {
    key,
    required,
    label: labelOf(facts.titles, key),
    ...(description === undefined ? {} : { description }),
    ...(facts.personal ? { personal: true } : {}),
  };
};

const scalarField = (context: FieldContext): ScalarField | undefined => {
  const { facts, key } = context;
  const { base, json } = facts;
  const choices = literalValues(base);
  if (choices !== undefined) {
    const description =
      facts.descriptions.find((text) => onlyGlossesOptions(choices, text)) ?? facts.descriptions[0];
    const field = { ...baseOf(context), kind: "choice" as const };
    const options = makeChoiceOptions(choices, description);
    if (onlyGlossesOptions(choices, description)) {
      const { description: _glosses, ...rest } = field;
      return { ...rest, options };
    }
    return { ...field, options };
  }
  if (facts.brands.includes("LocalDate") || facts.identifiers.includes("LocalDate"))
    return { ...baseOf(context), kind: "date" };
  if (facts.brands.includes("Instant") || facts.identifiers.includes("Instant"))
    return { ...baseOf(context), kind: "datetime" };
  if (SchemaAST.isStringKeyword(base)) {
    const long =
      longTextKeys.test(key) || facts.identifiers.some((id) => longTextIdentifiers.has(id));
    return {
      ...baseOf(context),
      kind: long ? "textarea" : "text",
      ...(facts.trimmed ? { trimmed: true } : {}),
      ...known("refersTo", referenceOf(facts.brands)),
      ...known("minLength", numberFact(json, "minLength")),
      ...known("maxLength", numberFact(json, "maxLength")),
      ...known("pattern", typeof json.pattern === "string" ? json.pattern : undefined),
    };
  }
  if (SchemaAST.isNumberKeyword(base)) {
    return {
      ...baseOf(context),
      kind: "number",
      integer: json.type === "integer",
      ...known("minimum", numberFact(json, "minimum")),
      ...known("maximum", numberFact(json, "maximum")),
    };
  }
  if (SchemaAST.isBooleanKeyword(base)) {
    // An optional yes/no has three answers (yes, no, not said): a choice, not a checkbox.
    if (!context.required) {
      return {
        ...baseOf(context),
        kind: "choice",
        options: [
          { key: "true", value: true, label: { zh: "是", en: "Yes" } },
          { key: "false", value: false, label: { zh: "否", en: "No" } },
        ],
      };
    }
    return { ...baseOf(context), kind: "boolean" };
  }
  return undefined;
};

const groupFields = (ast: SchemaAST.TypeLiteral): ReadonlyArray<FormField> =>
  ast.propertySignatures.flatMap((signature) => {
    const key = String(signature.name);
    // The tag is fixed by the command itself, never asked for.
    if (key === "_tag") return [];
    const facts = factsOf(signature.type, [signature]);
    return [fieldOf({ key, required: !signature.isOptional && !facts.undefinedAllowed, facts })];
  });

const fieldOf = (context: FieldContext): FormField => {
  const { base, json } = context.facts;
  if (SchemaAST.isTypeLiteral(base)) {
    return { ...baseOf(context), kind: "group", fields: groupFields(base) };
  }
  if (SchemaAST.isTupleType(base)) {
    const element = base.rest[0]?.type ?? base.elements[0]?.type;
    const minItems = Math.max(numberFact(json, "minItems") ?? 0, base.elements.length);
    if (element !== undefined) {
      const itemFacts = factsOf(element);
      const item = fieldOf({ key: "item", required: true, facts: itemFacts });
      // A list that may stay empty asks for nothing: the form sends it empty.
      const base = { ...baseOf(context), required: context.required && minItems > 0 };
      if (item.kind === "group") return { ...base, kind: "repeat", item, minItems };
      if (item.kind !== "list" && item.kind !== "repeat")
        return { ...base, kind: "list", item, minItems };
    }
  }
  // Anything else (a record, a union of structs) is not in any command today: a text field
  // keeps the form usable and the schema still validates what is typed.
  return scalarField(context) ?? { ...baseOf(context), kind: "text" };
};

const isTypeLiteral = (ast: SchemaAST.AST): ast is SchemaAST.TypeLiteral =>
  SchemaAST.isTypeLiteral(ast);

/** The form of one command (a tagged struct of the kernel). */
export const makeFormModel = (schema: Schema.Schema.AnyNoContext): FormModel => {
  const facts = factsOf(schema.ast);
  const base = facts.base;
  if (!isTypeLiteral(base)) throw new Error("A command form needs a struct schema");
  const tagSignature = base.propertySignatures.find((signature) => signature.name === "_tag");
  const tagValues = tagSignature === undefined ? undefined : literalValues(tagSignature.type);
  const tag = String(tagValues?.[0] ?? "");
  const description = descriptionOf(facts.descriptions);
  return {
    tag,
    label: labelOf(facts.titles, tag),
    ...(description === undefined ? {} : { description }),
    fields: groupFields(base),
  };
};
