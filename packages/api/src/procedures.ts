import { appRouter } from "./router.js";

export type ProcedureKind = "query" | "mutation" | "subscription";

/** Every procedure of the router by its dotted path, with its kind: the README table's rows. */
export const procedureList = (): ReadonlyArray<{
  readonly path: string;
  readonly kind: ProcedureKind;
}> =>
  Object.entries(
    appRouter._def.procedures as unknown as Record<string, { _def: { type: ProcedureKind } }>,
  )
    .map(([path, procedure]) => ({ path, kind: procedure._def.type }))
    .sort((a, b) => a.path.localeCompare(b.path));
