import { Schema, SchemaAST } from "effect";

/**
 * A command's schema with one field made optional (and, if given, described anew): for a field
 * the server fills in when it is left out — e.g. a register number the server allocates — so the
 * form a front end draws lets the user leave it empty, and checks it when filled.
 */
export const withOptionalField = <S extends Schema.Schema.AnyNoContext>(
  schema: S,
  key: string,
  description?: string,
): S | Schema.Schema<unknown, unknown> => {
  const ast = schema.ast;
  if (!SchemaAST.isTypeLiteral(ast)) return schema;
  if (!ast.propertySignatures.some((field) => field.name === key)) return schema;
  const fields = ast.propertySignatures.map((field) =>
    field.name === key
      ? new SchemaAST.PropertySignature(field.name, field.type, true, field.isReadonly, {
          ...field.annotations,
          ...(description === undefined
            ? {}
            : { [SchemaAST.DescriptionAnnotationId]: description }),
        })
      : field,
  );
  return Schema.make(new SchemaAST.TypeLiteral(fields, ast.indexSignatures, ast.annotations));
};
