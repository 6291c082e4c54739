import type { Label } from "@banli/kernel";
import { bo } from "../../i18n/messages-back-office.js";

/**
 * The checks the server's admin inputs make (packages/api routers/admin.ts), made before sending
 * so the user sees the field to fix at once; the server checks again and stays the authority.
 */

/** admin.registerUser's userId: `^[a-z][a-z0-9._-]{1,31}$`. */
export const userIdPattern = /^[a-z][a-z0-9._-]{1,31}$/;
/** admin's Password: 8 to 1024 characters. */
export const passwordMin = 8;

export type Problems = Readonly<Record<string, Label>>;

const missing = (field: Label): Label => ({
  zh: bo.fieldMissing.zh.replace("{field}", field.zh),
  en: bo.fieldMissing.en.replace("{field}", field.en),
});

export interface NewUser {
  readonly userId: string;
  readonly name: string;
  readonly unitId: string;
  readonly roles: ReadonlyArray<string>;
  readonly password: string;
}

export const checkNewUser = (user: NewUser): Problems => {
  const problems: Record<string, Label> = {};
  if (!userIdPattern.test(user.userId)) problems.userId = bo.badUserId;
  if (user.name.trim() === "") problems.name = missing(bo.name);
  if (user.unitId === "") problems.unitId = missing(bo.unit);
  if (user.roles.length === 0) problems.roles = bo.chooseRole;
  if (user.password.length < passwordMin) problems.password = bo.shortPassword;
  return problems;
};

export const checkPassword = (password: string): Problems =>
  password.length < passwordMin ? { password: bo.shortPassword } : {};

export const checkUnit = (unit: { readonly unitId: string; readonly name: string }): Problems => {
  const problems: Record<string, Label> = {};
  if (unit.unitId.trim() === "") problems.unitId = missing(bo.unitId);
  if (unit.name.trim() === "") problems.name = missing(bo.unitName);
  return problems;
};

export const hasProblems = (problems: Problems): boolean => Object.keys(problems).length > 0;
