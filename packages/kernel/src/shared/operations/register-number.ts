import { Either } from "effect";
import type { CommandMeta } from "../decider.js";
import type { InvalidCommand } from "../errors.js";
import {
  type ArchivalCode,
  type ArchiveCategory,
  parseArchivalCode,
  parseRegisterNumber,
  type RetentionPeriod,
} from "../numbering.js";
import { invalid } from "../refusals.js";
import { dateOf } from "./dates.js";

/**
 * An internal register number (督〔YYYY〕N号, 信〔YYYY〕N号, 收〔YYYY〕N号) arrives in the register
 * command, allocated beforehand by the numbering register — the decider allocates nothing, so
 * that numbers stay gap-free under concurrent requests (spec: "Numbers"). The process checks
 * that it is one of its own register's numbers, of the year of registration.
 */
export const checkRegisterNumber = (
  command: string,
  field: string,
  number: string,
  prefix: string,
  meta: CommandMeta,
): Either.Either<void, InvalidCommand> => {
  const parsed = parseRegisterNumber(number);
  if (Either.isLeft(parsed)) {
    return Either.left(
      invalid(command, field, { zh: parsed.left.messageZh, en: parsed.left.message }),
    );
  }
  const year = Number(dateOf(meta.at).slice(0, 4));
  if (parsed.right.prefix !== prefix || parsed.right.year !== year) {
    return Either.left(
      invalid(command, field, {
        zh: `编号须为本登记簿本年度的编号（${prefix}〔${year}〕N号）`,
        en: `The number must be of this register and year (${prefix}〔${year}〕N号)`,
      }),
    );
  }
  return Either.void;
};

/**
 * 发文字号: the number arrives in the command, allocated beforehand by the 发文 register (the
 * decider allocates nothing, so numbers stay gap-free under concurrent requests). Unlike the
 * internal registers (one prefix each), a bureau numbers documents under several 机关代字: the
 * number must be under one of them, then it is checked like any register number (well formed,
 * of the year it is given) by `checkRegisterNumber`.
 */
export const checkDocumentNumber = (
  command: string,
  field: string,
  number: string,
  prefixes: ReadonlyArray<string>,
  meta: CommandMeta,
): Either.Either<void, InvalidCommand> => {
  const parsed = parseRegisterNumber(number);
  if (Either.isRight(parsed) && !prefixes.includes(parsed.right.prefix)) {
    return Either.left(
      invalid(command, field, {
        zh: `发文字号须使用本机关代字（${prefixes.join("、")}）`,
        en: `The number must be under one of the agency prefixes (${prefixes.join(", ")})`,
      }),
    );
  }
  const prefix = Either.isRight(parsed) ? parsed.right.prefix : "";
  return checkRegisterNumber(command, field, number, prefix, meta);
};

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
