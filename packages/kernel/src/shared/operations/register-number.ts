import { Either } from "effect";
import type { CommandMeta } from "../decider.js";
import type { InvalidCommand } from "../errors.js";
import { parseRegisterNumber } from "../numbering.js";
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
