import { Either } from "effect";
import type { Actor } from "../../shared/actor.js";
import type { InvalidCommand } from "../../shared/errors.js";
import { UnitId, UserId } from "../../shared/ids.js";
import {
  type ArchivalCode,
  type ArchiveCategory,
  parseArchivalCode,
  type RetentionPeriod,
} from "../../shared/numbering.js";
import { invalid } from "../../shared/refusals.js";

/**
 * Generic helpers the archive process needs that shared/ does not offer yet. They are written
 * here so as not to touch shared/ while others edit it; each belongs in shared/ later (named in
 * the hand-over report).
 */

// ── The system actor (belongs in shared/actor.ts) ───────────────────────────────────────────

/**
 * The process manager's identity. A closed case of 政务督查 / 公文制发 / 公文收文处理 opens its
 * archive item by itself (spec §4: "arrive here as collected items by themselves"); the server's
 * process manager issues that command as this actor. It holds the archivist's role — it does the
 * archivist's collecting for them — and a reserved user id that no login can have: the server
 * resolves every human actor from a session, never from typed input, so only the process manager
 * can produce it. The record of every collected hand-off therefore names the system, not a person.
 */
export const systemUserId = UserId.make("system:process-manager");

export const systemActor: Actor = {
  userId: systemUserId,
  name: "系统（流程管理器）",
  roles: ["archivist"],
  unitId: UnitId.make("office"),
};

export const isSystemActor = (actor: Actor): boolean => actor.userId === systemUserId;

// ── 档号 checks (belongs in shared/operations/register-number.ts) ────────────────────────────

/**
 * A 档号 arrives in the 归档 command, allocated beforehand by the 档号 register (shared/register.ts)
 * — the decider allocates nothing, so 件号 stay gap-free under concurrent requests. The process
 * checks it is well formed (DA/T 22-2015) and that its parts are the item's own: its 门类, its
 * 年度, the 保管期限 and 机构代码 it was organised under. The 全宗号 is the register's to check
 * (it holds the configuration).
 */
export const checkArchivalCode = (
  command: string,
  field: string,
  code: string,
  expected: {
    readonly category: ArchiveCategory;
    readonly year: number;
    readonly retention: RetentionPeriod;
    readonly org: string;
  },
): Either.Either<ArchivalCode, InvalidCommand> => {
  const parsed = parseArchivalCode(code);
  if (Either.isLeft(parsed)) {
    return Either.left(
      invalid(command, field, { zh: parsed.left.messageZh, en: parsed.left.message }),
    );
  }
  const got = parsed.right;
  const mismatch = (zh: string, en: string) =>
    Either.left(
      invalid(command, field, {
        zh: `档号与本件不符：${zh}`,
        en: `The archival code does not fit this item: ${en}`,
      }),
    );
  if (got.category !== expected.category) {
    return mismatch(`门类应为 ${expected.category}`, `the category should be ${expected.category}`);
  }
  if (got.year !== expected.year) {
    return mismatch(`年度应为 ${expected.year}`, `the year should be ${expected.year}`);
  }
  if (got.retention !== expected.retention) {
    return mismatch(
      `保管期限应为 ${expected.retention}`,
      `the retention should be ${expected.retention}`,
    );
  }
  if (got.org !== expected.org) {
    return mismatch(
      `机构代码应为 ${expected.org}`,
      `the organisation code should be ${expected.org}`,
    );
  }
  return Either.right(got);
};

// ── Retention (belongs in shared/numbering.ts beside RetentionPeriod) ───────────────────────

/** Years each retention period keeps an item; 永久 never ends. */
export const retentionYears: { readonly [K in RetentionPeriod]: number | undefined } = {
  Y: undefined,
  D30: 30,
  D10: 10,
};

/**
 * The first day an item may be destroyed: retention is counted from 1 January of the year after
 * the item's year (archival practice under 《机关文件材料归档范围和文书档案保管期限规定》
 * （国家档案局令第8号）: 保管期限从文件形成的次年1月1日起算 — the article is not cited here until
 * checked), so a D10 item of 2015 is kept through 2025 and may go on
 * 2026-01-01. Undefined for 永久, which is never destroyed.
 */
export const destroyableFrom = (year: number, retention: RetentionPeriod): string | undefined => {
  const years = retentionYears[retention];
  return years === undefined ? undefined : `${year + 1 + years}-01-01`;
};
