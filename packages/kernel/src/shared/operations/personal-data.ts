import { Option, type Schema, SchemaAST } from "effect";

/**
 * Personal data (个人信息, e.g. a petitioner's name and contact) is kept in fields marked with
 * this annotation, so that the server can strip them for anyone not handling the case — the
 * portal, exports, and the person complained about (spec: "Petitioners' personal data").
 */
export const PersonalDataId: unique symbol = Symbol.for("@banli/kernel/PersonalData");

/** Marks a field group as personal data. */
export const personalData = <S extends Schema.Schema.Any>(schema: S): S =>
  schema.annotations({ [PersonalDataId]: true }) as S;

const isPersonal = (ast: SchemaAST.AST): boolean =>
  Option.getOrElse(SchemaAST.getAnnotation<boolean>(ast, PersonalDataId), () => false);

/** The names of a struct's fields that hold personal data. */
export const personalFields = (schema: Schema.Schema.Any): ReadonlyArray<string> => {
  const ast = schema.ast;
  if (!SchemaAST.isTypeLiteral(ast)) return [];
  return ast.propertySignatures
    .filter(
      (p) => isPersonal(p.type) || (SchemaAST.isUnion(p.type) && p.type.types.some(isPersonal)),
    )
    .map((p) => String(p.name));
};

/** The value without its personal-data fields: what someone not handling the case may see. */
export const redact = <A extends object>(value: A, fields: ReadonlyArray<string>): Partial<A> =>
  Object.fromEntries(Object.entries(value).filter(([key]) => !fields.includes(key))) as Partial<A>;
