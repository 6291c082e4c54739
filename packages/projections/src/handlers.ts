import type { Actor, Role, UnitId, UserId } from "@banli/kernel";
import { Role as RoleSchema } from "@banli/kernel";
import type { CaseCursor } from "./case-process.js";

/**
 * Who must act on a case now, independent of the directory: "any 局办公室主任", "a 处长 of unit
 * X", "leader Y". A user has the case in 待办 when one descriptor fits them. Being independent
 * of who the users are keeps the read model a pure fold of the log: a rebuild gives the same
 * rows whatever the directory looks like today.
 */
export interface HandlerDescriptor {
  readonly role: Role;
  readonly unitId?: string | undefined;
  readonly userId?: string | undefined;
}

/**
 * Commands that do not make a case someone's task: side operations anyone taking part may use
 * at any time (comments, 催办, 撤回, 传阅 — read receipts are 待阅, not 待办).
 */
export const sideCommands: ReadonlySet<string> = new Set([
  "AddComment",
  "AttachFile",
  "ReplaceAttachment",
  "Circulate",
  "ConfirmRead",
  "Press",
  "Withdraw",
  "SendBack",
  "Reassign",
  "ReportProgress",
  "RequestExtension",
  "RecordCoordination",
]);

/** Auditors and administrators never hold a case. */
const actingRoles = RoleSchema.literals.filter(
  (role) => role !== "auditor" && role !== "administrator",
);

// No real id is empty-looking like these; a probe with them passes only role-only rules.
const nobody = "\u2205" as UserId;
const noUnit = "\u2205" as UnitId;

const hasTask = (cursor: CaseCursor, actor: Actor): boolean =>
  cursor.actions(actor).some((action) => !sideCommands.has(action.command));

const probe = (roles: ReadonlyArray<Role>, unitId: string, userId: string): Actor => ({
  userId: userId as UserId,
  name: "",
  roles,
  unitId: unitId as UnitId,
});

/**
 * Probes the kernel's `availableActions` with one-role actors: role alone, role in each unit the
 * case names, role as each person the case names (with their unit). The kernel stays the only
 * judge of who may act; this only asks it.
 */
export const handlersOf = (
  cursor: CaseCursor,
  people: ReadonlyArray<{ readonly userId: string; readonly unitId: string | undefined }>,
  unitIds: ReadonlyArray<string>,
): ReadonlyArray<HandlerDescriptor> => {
  if (cursor.closed()) return [];
  // Cheap to ask many times: the kernel's `availableActions` reads the guard's verdict and never
  // builds a refusal (an error object with its schema check and stack trace) for a refused probe.
  return probeHandlers(cursor, people, unitIds);
};

/**
 * One-role probes, pruned: every guard is monotone in the actor's roles (a role list must contain
 * one of the command's roles; person checks only ever ask for a role, never its absence), so if
 * an actor holding all the remaining roles has no task in a unit or as a person, none of those
 * roles alone has one there — that unit or person is not probed role by role.
 */
const probeHandlers = (
  cursor: CaseCursor,
  people: ReadonlyArray<{ readonly userId: string; readonly unitId: string | undefined }>,
  unitIds: ReadonlyArray<string>,
): ReadonlyArray<HandlerDescriptor> => {
  const roleOnly = new Set(
    actingRoles.filter((role) => hasTask(cursor, probe([role], noUnit, nobody))),
  );
  const rest = actingRoles.filter((role) => !roleOnly.has(role));
  // A person recorded without a unit (a PersonRef) is tried in each unit the case names.
  const candidatesOf = (person: { readonly unitId: string | undefined }) =>
    person.unitId === undefined ? [noUnit, ...unitIds] : [person.unitId];
  const openUnits =
    rest.length === 0
      ? []
      : unitIds.filter((unitId) => hasTask(cursor, probe(rest, unitId, nobody)));
  const openPeople =
    rest.length === 0
      ? []
      : people.filter((person) =>
          candidatesOf(person).some((unitId) =>
            hasTask(cursor, probe(rest, unitId, person.userId)),
          ),
        );
  const found: Array<HandlerDescriptor> = [];
  for (const role of actingRoles) {
    if (roleOnly.has(role)) {
      found.push({ role });
      continue;
    }
    const units = openUnits.filter((unitId) => hasTask(cursor, probe([role], unitId, nobody)));
    for (const unitId of units) found.push({ role, unitId });
    for (const person of openPeople) {
      const fits = candidatesOf(person).some(
        (unitId) =>
          !units.includes(unitId) && hasTask(cursor, probe([role], unitId, person.userId)),
      );
      if (fits) found.push({ role, userId: person.userId });
    }
  }
  return found;
};

export const fitsDescriptor = (
  user: { readonly userId: string; readonly unitId: string; readonly roles: ReadonlyArray<Role> },
  d: HandlerDescriptor,
): boolean =>
  user.roles.includes(d.role) &&
  (d.unitId === undefined || d.unitId === user.unitId) &&
  (d.userId === undefined || d.userId === user.userId);
