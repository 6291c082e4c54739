import { commandSchemasOf, type FormField, makeFormModel, type Reference } from "@banli/client";
import {
  type Actor,
  type AvailableAction,
  type Label,
  type ProcessModule,
  type ProcessName,
  processModules,
} from "@banli/kernel";
import type { Startable } from "../data/data-source.js";

/**
 * What the kernel's pure entry tells a front end about a process: its chart, its commands'
 * schemas (so an action the server offers gets its generated form) and the labels of its fields
 * (so a case's data reads 来文单位, not `sourceOrgan`). The server sends names and tags only.
 */
type Module = (typeof processModules)[keyof typeof processModules];

export const isProcessName = (name: string): name is ProcessName => name in processModules;

export const moduleOf = (process: string): Module | undefined =>
  isProcessName(process) ? processModules[process] : undefined;

const schemaCache = new Map<string, ReadonlyMap<string, AvailableAction["schema"]>>();

const schemasOf = (process: string): ReadonlyMap<string, AvailableAction["schema"]> => {
  const cached = schemaCache.get(process);
  if (cached !== undefined) return cached;
  const module = moduleOf(process);
  const byTag = new Map<string, AvailableAction["schema"]>();
  for (const schema of module === undefined ? [] : commandSchemasOf(module.commandSchema)) {
    byTag.set(makeFormModel(schema).tag, schema);
  }
  schemaCache.set(process, byTag);
  return byTag;
};

/** The server's `{ command, label }` with the schema its form is drawn from; none if unknown. */
export const actionOf = (
  process: string,
  action: { readonly command: string; readonly label: Label },
): AvailableAction | undefined => {
  const schema = schemasOf(process).get(action.command);
  return schema === undefined ? undefined : { ...action, schema };
};

export interface FieldFacts {
  readonly label: Label;
  /** Choice options, so a stored value (`letter`) reads as its label (来信). */
  readonly options?: ReadonlyArray<{ readonly key: string; readonly label: Label }>;
  readonly refersTo?: Reference;
}

const collect = (fields: ReadonlyArray<FormField>, into: Map<string, FieldFacts>) => {
  for (const field of fields) {
    if (!into.has(field.key)) {
      into.set(field.key, {
        label: field.label,
        ...(field.kind === "choice" ? { options: field.options } : {}),
        ...((field.kind === "text" || field.kind === "textarea") && field.refersTo !== undefined
          ? { refersTo: field.refersTo }
          : {}),
      });
    }
    if (field.kind === "group") collect(field.fields, into);
    if (field.kind === "repeat") collect(field.item.fields, into);
  }
};

const factsCache = new Map<string, ReadonlyMap<string, FieldFacts>>();

/** Every field any command of the process names, by key: the first (the register's) wins. */
export const fieldFactsOf = (process: string): ReadonlyMap<string, FieldFacts> => {
  const cached = factsCache.get(process);
  if (cached !== undefined) return cached;
  const facts = new Map<string, FieldFacts>();
  for (const schema of schemasOf(process).values()) collect(makeFormModel(schema).fields, facts);
  factsCache.set(process, facts);
  return facts;
};

/** What `actor` may do to a case that does not exist yet: the process's opening commands. */
const openers = <P extends { readonly _tag: string }, E extends { readonly _tag: string }, S>(
  module: ProcessModule<P, E, S>,
  actor: Actor,
): ReadonlyArray<Startable> =>
  module
    .availableActions(module.decider.initialState, actor)
    .map((action) => ({ process: module.name, title: module.definition.title, action }));

/**
 * The processes `actor` may start, as the kernel's `availableActions` on an empty case says
 * (the same table the server's decider enforces, so the list and the answer cannot disagree).
 */
export const startersOf = (actor: Actor): ReadonlyArray<Startable> => [
  ...openers(processModules.supervision, actor),
  ...openers(processModules.petition, actor),
  ...openers(processModules.proposal, actor),
  ...openers(processModules.archive, actor),
  ...openers(processModules.outgoing, actor),
  ...openers(processModules.incoming, actor),
  ...openers(processModules.publication, actor),
];
