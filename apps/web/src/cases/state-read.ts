/**
 * Reading a case's state for display only. The state is the kernel's, sent as JSON; these
 * helpers look for the shapes every process shares (the handling sub-state, scheduled
 * deadlines) without deciding anything about them.
 */

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export interface ShownAttachment {
  readonly id: string;
  readonly name: string;
  readonly mediaType: string;
  readonly size: number;
  readonly sha256: string;
  readonly medium: string;
  readonly version: number;
}

const isAttachment = (value: unknown): value is ShownAttachment =>
  isRecord(value) &&
  typeof value.id === "string" &&
  typeof value.name === "string" &&
  typeof value.sha256 === "string" &&
  typeof value.version === "number";

/** The case's attachments (the handling sub-state keeps the current version of each). */
export const attachmentsOf = (state: unknown): ReadonlyArray<ShownAttachment> => {
  const handling = isRecord(state) ? state.handling : undefined;
  const list = isRecord(handling) ? handling.attachments : undefined;
  return Array.isArray(list) ? list.filter(isAttachment) : [];
};

/** A deadline as the kernel schedules it: period, basis, start and the computed due date. */
export interface ShownDeadline {
  readonly key: string;
  readonly amount: number;
  readonly unit: string;
  readonly basis: string;
  readonly start: string;
  readonly due: string;
}

const isDeadline = (value: unknown): value is Omit<ShownDeadline, "key"> =>
  isRecord(value) &&
  typeof value.basis === "string" &&
  typeof value.due === "string" &&
  typeof value.start === "string" &&
  typeof value.amount === "number" &&
  typeof value.unit === "string";

/** Every scheduled deadline in the state, wherever the process keeps it (depth-limited walk). */
export const deadlinesOf = (state: unknown): ReadonlyArray<ShownDeadline> => {
  const found: ShownDeadline[] = [];
  const walk = (value: unknown, key: string, depth: number) => {
    if (depth > 4) return;
    if (isDeadline(value)) {
      found.push({ key, ...value });
      return;
    }
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) walk(v, `${key}.${i}`, depth + 1);
    } else if (isRecord(value))
      for (const [k, v] of Object.entries(value))
        walk(v, key === "" ? k : `${key}.${k}`, depth + 1);
  };
  walk(state, "", 0);
  return found;
};

export interface ShownAssignment {
  readonly unitName: string;
  readonly dueOn: string;
  readonly lead: boolean;
}

/** 主办/协办 units and their own due dates. */
export const assignmentsOf = (state: unknown): ReadonlyArray<ShownAssignment> => {
  const handling = isRecord(state) ? state.handling : undefined;
  if (!isRecord(handling)) return [];
  const one = (value: unknown, lead: boolean): ShownAssignment[] =>
    isRecord(value) && typeof value.unitName === "string" && typeof value.dueOn === "string"
      ? [{ unitName: value.unitName, dueOn: value.dueOn, lead }]
      : [];
  const co = Array.isArray(handling.coUnits) ? handling.coUnits : [];
  return [...one(handling.lead, true), ...co.flatMap((c) => one(c, false))];
};

/** A state value shown as text: scalars, and lists of scalars joined. */
export const shownValue = (value: unknown): string | undefined => {
  if (typeof value === "string") return value === "" ? undefined : value;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === "string"))
    return value.join("、");
  return undefined;
};
