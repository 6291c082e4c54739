import { Either, ParseResult, Schema } from "effect";

/**
 * The numbers of spec/processes.md, formatted and parsed strictly:
 * - 发文字号 `机关代字〔YYYY〕N号` (党政机关公文格式 GB/T 9704-2012 7.2.4: 年份用六角括号〔〕,
 *   序号不编虚位（即 1 不编为 01），不加「第」字), e.g. `武科〔2026〕12号`;
 * - the office's internal registers in the same shape: 督办 `督〔2026〕3号`, 信访 `信〔2026〕15号`,
 *   收文 `收〔2026〕8号`;
 * - 档号 (DA/T 22-2015 《归档文件整理规则》) `全宗号-门类代码·年度-保管期限-机构代码-件号`, e.g.
 *   `Z109-WS·2026-Y-BGS-0001`, 件号 four digits zero-padded.
 */

/** Not a well-formed number; the messages say what is wrong, in words a clerk can act on. */
export class MalformedNumber extends Schema.TaggedError<MalformedNumber>()("MalformedNumber", {
  message: Schema.String,
  messageZh: Schema.String,
  input: Schema.String,
  expected: Schema.String,
}) {}

/** 机关代字: Chinese characters only (武科, 武科函, 武科办; 督 / 信 / 收 for internal registers). */
export const AgencyPrefix = Schema.String.pipe(
  Schema.pattern(/^\p{Script=Han}{1,12}$/u, {
    message: () => "机关代字须为 1–12 个汉字 / An agency prefix is 1–12 Chinese characters",
  }),
).annotations({ identifier: "AgencyPrefix", title: "机关代字 / Agency prefix" });
export type AgencyPrefix = typeof AgencyPrefix.Type;

/** The four-digit year of a number (发文年度 / 归档年度). */
export const NumberYear = Schema.Int.pipe(Schema.between(1000, 9999)).annotations({
  identifier: "NumberYear",
  title: "年度 / Year",
});
export type NumberYear = typeof NumberYear.Type;

/** A sequence number: 1, 2, 3 … (序号). */
export const Sequence = Schema.Int.pipe(Schema.greaterThanOrEqualTo(1)).annotations({
  identifier: "Sequence",
  title: "序号 / Sequence",
});
export type Sequence = typeof Sequence.Type;

/** 发文字号 or an internal register number (督 / 信 / 收): prefix, year, sequence. */
export const RegisterNumber = Schema.Struct({
  prefix: AgencyPrefix,
  year: NumberYear,
  sequence: Sequence,
}).annotations({ identifier: "RegisterNumber", title: "文号 / Register number" });
export type RegisterNumber = typeof RegisterNumber.Type;

/** The prefixes of the office's internal registers (spec/processes.md, "Numbers"). */
export const internalRegisterPrefixes = {
  督办: "督",
  信访: "信",
  收文: "收",
} as const satisfies Record<string, string>;

const registerExpected = "机关代字〔YYYY〕N号";

/** `武科〔2026〕12号`: six-cornered brackets, four-digit year, no leading zeros, no 「第」. */
export const formatRegisterNumber = (number: RegisterNumber): string =>
  `${number.prefix}〔${number.year}〕${number.sequence}号`;

const registerPattern = /^(\p{Script=Han}{1,12})〔([1-9]\d{3})〕([1-9]\d*)号$/u;

const malformed = (input: string, expected: string, zh: string, en: string): MalformedNumber =>
  new MalformedNumber({
    message: `"${input}" is not a number of the form ${expected}: ${en}`,
    messageZh: `“${input}”不符合 ${expected} 的格式：${zh}`,
    input,
    expected,
  });

/** Diagnoses the usual slips when a register number does not parse (GB/T 9704-2012 7.2.4). */
const registerMistake = (input: string): MalformedNumber => {
  const bad = (zh: string, en: string) => malformed(input, registerExpected, zh, en);
  if (/[[\]()（）【】〈〉<>{}［］]/.test(input) && !/[〔〕]/.test(input)) {
    return bad("年份须用六角括号〔〕", "the year goes in six-cornered brackets 〔〕");
  }
  if (/〕第/.test(input)) return bad("序号前不加「第」", "no 「第」 before the sequence");
  if (/〕0\d*号/.test(input))
    return bad(
      "序号从 1 起，不编虚位（不加前导零）",
      "sequences start at 1, with no leading zeros",
    );
  if (/〔(\d{1,3}|\d{5,})〕/.test(input)) return bad("年份须为四位数字", "a four-digit year");
  if (!input.endsWith("号")) return bad("须以「号」结尾", "it ends with 号");
  if (!/^\p{Script=Han}+〔/u.test(input)) {
    return bad("机关代字须为汉字", "the agency prefix is Chinese characters");
  }
  return bad("无法识别", "not recognised");
};

/** Parses `武科〔2026〕12号` strictly; a near miss is refused with the reason, never corrected. */
export const parseRegisterNumber = (
  input: string,
): Either.Either<RegisterNumber, MalformedNumber> => {
  const match = registerPattern.exec(input);
  if (match === null) return Either.left(registerMistake(input));
  const [, prefix = "", year = "", sequence = ""] = match;
  const number = Number(sequence);
  if (!Number.isSafeInteger(number)) {
    return Either.left(malformed(input, registerExpected, "序号过大", "the sequence is too large"));
  }
  return Either.right({ prefix, year: Number(year), sequence: number });
};

/** A register number as its text, decoded to its parts (for API input and stored events). */
export const RegisterNumberFromString = Schema.transformOrFail(Schema.String, RegisterNumber, {
  strict: true,
  decode: (input, _, ast) =>
    Either.mapLeft(
      parseRegisterNumber(input),
      (error) => new ParseResult.Type(ast, input, error.messageZh),
    ),
  encode: (number) => ParseResult.succeed(formatRegisterNumber(number)),
}).annotations({ identifier: "RegisterNumberFromString", title: "文号 / Register number" });

// ---------------------------------------------------------------------------------------------
// 档号 (DA/T 22-2015).

/** 全宗号: the code the archive gives the fonds (e.g. Z109). */
export const FondsCode = Schema.String.pipe(
  Schema.pattern(/^[A-Z0-9]{1,8}$/, {
    message: () =>
      "全宗号须为 1–8 位大写字母或数字 / A fonds code is 1–8 capital letters or digits",
  }),
).annotations({ identifier: "FondsCode", title: "全宗号 / Fonds code" });
export type FondsCode = typeof FondsCode.Type;

/** 门类代码: WS 文书, ZY 专业, KJ 会计. */
export const ArchiveCategory = Schema.Literal("WS", "ZY", "KJ").annotations({
  identifier: "ArchiveCategory",
  title: "门类 / Category",
  description: "WS 文书 · ZY 专业 · KJ 会计",
});
export type ArchiveCategory = typeof ArchiveCategory.Type;

export const archiveCategoryLabels: Record<
  ArchiveCategory,
  { readonly zh: string; readonly en: string }
> = {
  WS: { zh: "文书档案", en: "Administrative records" },
  ZY: { zh: "专业档案", en: "Specialised records" },
  KJ: { zh: "会计档案", en: "Accounting records" },
};

/** 保管期限代码: Y 永久, D30 定期30年, D10 定期10年. */
export const RetentionPeriod = Schema.Literal("Y", "D30", "D10").annotations({
  identifier: "RetentionPeriod",
  title: "保管期限 / Retention",
  description: "Y 永久 · D30 30年 · D10 10年",
});
export type RetentionPeriod = typeof RetentionPeriod.Type;

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

export const retentionPeriodLabels: Record<
  RetentionPeriod,
  { readonly zh: string; readonly en: string }
> = {
  Y: { zh: "永久", en: "Permanent" },
  D30: { zh: "30年", en: "30 years" },
  D10: { zh: "10年", en: "10 years" },
};

/** 机构（问题）代码: the organising unit's code (e.g. BGS 办公室). */
export const OrgCode = Schema.String.pipe(
  Schema.pattern(/^[A-Z0-9]{1,8}$/, {
    message: () =>
      "机构代码须为 1–8 位大写字母或数字 / An organisation code is 1–8 capital letters or digits",
  }),
).annotations({ identifier: "OrgCode", title: "机构代码 / Organisation code" });
export type OrgCode = typeof OrgCode.Type;

/** 件号: four digits, so 1–9999. */
export const ItemNumber = Schema.Int.pipe(Schema.between(1, 9999)).annotations({
  identifier: "ItemNumber",
  title: "件号 / Item number",
});
export type ItemNumber = typeof ItemNumber.Type;

/** The largest 件号 a four-digit item number can hold. */
export const maxItemNumber = 9999;

export const ArchivalCode = Schema.Struct({
  fonds: FondsCode,
  category: ArchiveCategory,
  year: NumberYear,
  retention: RetentionPeriod,
  org: OrgCode,
  item: ItemNumber,
}).annotations({ identifier: "ArchivalCode", title: "档号 / Archival code" });
export type ArchivalCode = typeof ArchivalCode.Type;

const archivalExpected = "全宗号-门类代码·年度-保管期限-机构代码-件号";

/** `Z109-WS·2026-Y-BGS-0001`: 「·」 between 门类 and 年度, 件号 zero-padded to four digits. */
export const formatArchivalCode = (code: ArchivalCode): string =>
  `${code.fonds}-${code.category}·${code.year}-${code.retention}-${code.org}-${String(code.item).padStart(4, "0")}`;

const archivalPattern =
  /^([A-Z0-9]{1,8})-(WS|ZY|KJ)·([1-9]\d{3})-(Y|D30|D10)-([A-Z0-9]{1,8})-(\d{4})$/;

/** Diagnoses the usual slips when a 档号 does not parse. */
const archivalMistake = (input: string): MalformedNumber => {
  const bad = (zh: string, en: string) => malformed(input, archivalExpected, zh, en);
  const parts = input.split("-");
  if (!input.includes("·")) {
    return bad("门类代码与年度之间用「·」分隔", "a 「·」 separates the category from the year");
  }
  if (parts.length !== 5) return bad("应有五段，以「-」分隔", "five parts separated by 「-」");
  const [, categoryYear = "", retention = "", , item = ""] = parts;
  if (!/^(WS|ZY|KJ)·/.test(categoryYear))
    return bad("门类代码须为 WS、ZY 或 KJ", "category WS, ZY or KJ");
  if (!/·[1-9]\d{3}$/.test(categoryYear)) return bad("年度须为四位数字", "a four-digit year");
  if (!/^(Y|D30|D10)$/.test(retention))
    return bad("保管期限须为 Y、D30 或 D10", "retention Y, D30 or D10");
  if (!/^\d{4}$/.test(item))
    return bad("件号须为四位数字（不足补零）", "a four-digit, zero-padded item number");
  if (item === "0000") return bad("件号从 0001 起", "item numbers start at 0001");
  return bad(
    "全宗号或机构代码须为大写字母或数字",
    "fonds and organisation codes are capital letters or digits",
  );
};

/** Parses `Z109-WS·2026-Y-BGS-0001` strictly. */
export const parseArchivalCode = (input: string): Either.Either<ArchivalCode, MalformedNumber> => {
  const match = archivalPattern.exec(input);
  const item = Number(match?.[6]);
  if (match === null || item < 1) return Either.left(archivalMistake(input));
  const [, fonds = "", category, year = "", retention, org = ""] = match;
  return Either.right({
    fonds,
    category: category as ArchiveCategory,
    year: Number(year),
    retention: retention as RetentionPeriod,
    org,
    item,
  });
};

/** A 档号 as its text, decoded to its parts. */
export const ArchivalCodeFromString = Schema.transformOrFail(Schema.String, ArchivalCode, {
  strict: true,
  decode: (input, _, ast) =>
    Either.mapLeft(
      parseArchivalCode(input),
      (error) => new ParseResult.Type(ast, input, error.messageZh),
    ),
  encode: (code) => ParseResult.succeed(formatArchivalCode(code)),
}).annotations({ identifier: "ArchivalCodeFromString", title: "档号 / Archival code" });
