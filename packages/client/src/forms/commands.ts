import { Schema, SchemaAST } from "effect";
import { factsOf } from "./ast.js";

/**
 * The single commands of a process's command union (`ProcessModule.commandSchema`), each as a
 * schema of its own: what a gallery or an "all commands" reference draws a form for.
 */
export const commandSchemasOf = (
  union: Schema.Schema.AnyNoContext,
): ReadonlyArray<Schema.Schema.AnyNoContext> => {
  const { base } = factsOf(union.ast);
  const members = SchemaAST.isUnion(base) ? base.types : [base];
  return members.filter(SchemaAST.isTypeLiteral).map((member) => Schema.make(member));
};
