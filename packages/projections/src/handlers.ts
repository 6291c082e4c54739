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
 * The roles among `roles` that have a task on their own, found by halving: every guard is
 * monotone in the actor's roles (a role list must contain one of the command's roles; person
 * checks only ever ask for a role, never its absence), so when an actor holding a group of roles
 * has no task, none of those roles alone has one and the group is dropped with one probe. A case
 * step has a few handling roles among thirteen, so this asks the kernel some eight times instead
 * of thirteen — and it is asked per unit and per person the case names.
 */
const rolesWithTask = (
  roles: ReadonlyArray<Role>,
  taskFor: (roles: ReadonlyArray<Role>) => boolean,
): ReadonlySet<Role> => {
  const found = new Set<Role>();
  const search = (group: ReadonlyArray<Role>) => {
    if (group.length === 0 || !taskFor(group)) return;
    if (group.length === 1) {
      found.add(group[0] as Role);
      return;
    }
    const half = Math.ceil(group.length / 2);
    search(group.slice(0, half));
    search(group.slice(half));
  };
  search(roles);
  return found;
};

const none: ReadonlySet<Role> = new Set();

/**
 * One-role descriptors, as probing each role alone would find them: role alone, role in each unit
 * the case names, role as each person the case names where that role in that unit does not
 * already cover them. Each of those is a `rolesWithTask` search.
 */
const probeHandlers = (
  cursor: CaseCursor,
  people: ReadonlyArray<{ readonly userId: string; readonly unitId: string | undefined }>,
  unitIds: ReadonlyArray<string>,
): ReadonlyArray<HandlerDescriptor> => {
  const roleOnly = rolesWithTask(actingRoles, (roles) =>
    hasTask(cursor, probe(roles, noUnit, nobody)),
  );
  const rest = actingRoles.filter((role) => !roleOnly.has(role));
  const byUnit = new Map(
    unitIds.map((unitId) => [
      unitId,
      rolesWithTask(rest, (roles) => hasTask(cursor, probe(roles, unitId, nobody))),
    ]),
  );
  // A person recorded without a unit (a PersonRef) is tried in each unit the case names.
  const candidatesOf = (person: { readonly unitId: string | undefined }) =>
    person.unitId === undefined ? [noUnit, ...unitIds] : [person.unitId];
  const byPerson = people.map((person) => {
    const fits = new Set<Role>();
    for (const unitId of candidatesOf(person)) {
      // A role that already has the case in this unit needs no person descriptor there.
      const inUnit = byUnit.get(unitId) ?? none;
      const open = rest.filter((role) => !inUnit.has(role));
      const found = rolesWithTask(open, (roles) =>
        hasTask(cursor, probe(roles, unitId, person.userId)),
      );
      for (const role of found) fits.add(role);
    }
    return fits;
  });
  const found: Array<HandlerDescriptor> = [];
  for (const role of actingRoles) {
    if (roleOnly.has(role)) {
      found.push({ role });
      continue;
    }
    for (const unitId of unitIds) {
      if (byUnit.get(unitId)?.has(role)) found.push({ role, unitId });
    }
    people.forEach((person, i) => {
      if (byPerson[i]?.has(role)) found.push({ role, userId: person.userId });
    });
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
