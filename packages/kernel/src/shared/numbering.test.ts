import { Either, ParseResult, Schema } from "effect";
import { describe, expect, it } from "vitest";
import {
  AgencyPrefix,
  ArchivalCode,
  ArchivalCodeFromString,
  FondsCode,
  formatArchivalCode,
  formatRegisterNumber,
  internalRegisterPrefixes,
  type MalformedNumber,
  OrgCode,
  parseArchivalCode,
  parseRegisterNumber,
  RegisterNumberFromString,
} from "./numbering.js";

const left = <A, E>(either: Either.Either<A, E>): E => {
  if (Either.isRight(either)) throw new Error(`expected Left, got ${JSON.stringify(either.right)}`);
  return either.left;
};
const reasonOf = (error: MalformedNumber) => error.messageZh;

describe("发文字号 机关代字〔YYYY〕N号 (GB/T 9704-2012 7.2.4)", () => {
  it("formats 武科〔2026〕12号 with six-cornered brackets and no leading zeros", () => {
    expect(formatRegisterNumber({ prefix: "武科", year: 2026, sequence: 12 })).toBe(
      "武科〔2026〕12号",
    );
    expect(formatRegisterNumber({ prefix: "武科函", year: 2026, sequence: 1 })).toBe(
      "武科函〔2026〕1号",
    );
  });

  it("formats the internal registers 督 / 信 / 收 the same way", () => {
    expect(
      formatRegisterNumber({ prefix: internalRegisterPrefixes.督办, year: 2026, sequence: 3 }),
    ).toBe("督〔2026〕3号");
    expect(
      formatRegisterNumber({ prefix: internalRegisterPrefixes.信访, year: 2026, sequence: 15 }),
    ).toBe("信〔2026〕15号");
    expect(
      formatRegisterNumber({ prefix: internalRegisterPrefixes.收文, year: 2026, sequence: 8 }),
    ).toBe("收〔2026〕8号");
  });

  it("parses what it formats", () => {
    for (const text of [
      "武科〔2026〕12号",
      "督〔2026〕3号",
      "国办发明电〔2025〕12号",
      "收〔2026〕100号",
    ]) {
      const parsed = parseRegisterNumber(text);
      expect(Either.isRight(parsed), text).toBe(true);
      if (Either.isRight(parsed)) expect(formatRegisterNumber(parsed.right)).toBe(text);
    }
    expect(parseRegisterNumber("武科〔2026〕12号")).toEqual(
      Either.right({ prefix: "武科", year: 2026, sequence: 12 }),
    );
  });

  it("refuses square or round brackets: the year goes in 〔〕", () => {
    for (const text of [
      "武科[2026]12号",
      "武科(2026)12号",
      "武科（2026）12号",
      "武科【2026】12号",
    ]) {
      const error = left(parseRegisterNumber(text));
      expect(error._tag).toBe("MalformedNumber");
      expect(reasonOf(error), text).toContain("六角括号");
    }
  });

  it("refuses 「第」 before the sequence", () => {
    expect(reasonOf(left(parseRegisterNumber("武科〔2026〕第12号")))).toContain("第");
  });

  it("refuses leading zeros (序号不编虚位)", () => {
    expect(reasonOf(left(parseRegisterNumber("武科〔2026〕012号")))).toContain("虚位");
    expect(reasonOf(left(parseRegisterNumber("武科〔2026〕0号")))).toContain("虚位");
  });

  it("refuses a two-digit or five-digit year", () => {
    expect(reasonOf(left(parseRegisterNumber("武科〔26〕12号")))).toContain("四位");
    expect(reasonOf(left(parseRegisterNumber("武科〔20260〕12号")))).toContain("四位");
  });

  it("refuses a number without 「号」", () => {
    expect(reasonOf(left(parseRegisterNumber("武科〔2026〕12")))).toContain("号");
  });

  it("refuses a prefix that is not Chinese characters, or none", () => {
    expect(reasonOf(left(parseRegisterNumber("WK〔2026〕12号")))).toContain("汉字");
    expect(reasonOf(left(parseRegisterNumber("〔2026〕12号")))).toContain("汉字");
  });

  it("refuses anything else as not recognised, keeping the input and the expected form", () => {
    const error = left(parseRegisterNumber("武科〔2026〕12号号"));
    expect(error).toMatchObject({ input: "武科〔2026〕12号号", expected: "机关代字〔YYYY〕N号" });
    expect(error.message).toContain("not recognised");
  });

  it("refuses a sequence too large to count exactly", () => {
    expect(reasonOf(left(parseRegisterNumber("武科〔2026〕99999999999999999999号")))).toContain(
      "过大",
    );
  });

  it("decodes and encodes through RegisterNumberFromString", () => {
    const decode = Schema.decodeUnknownEither(RegisterNumberFromString);
    expect(decode("信〔2026〕15号")).toEqual(
      Either.right({ prefix: "信", year: 2026, sequence: 15 }),
    );
    expect(Either.isLeft(decode("信[2026]15号"))).toBe(true);
    expect(
      Schema.encodeSync(RegisterNumberFromString)({ prefix: "收", year: 2026, sequence: 8 }),
    ).toBe("收〔2026〕8号");
  });

  it("AgencyPrefix accepts Chinese characters only", () => {
    const is = Schema.is(AgencyPrefix);
    expect(is("武科办")).toBe(true);
    expect(is("WK")).toBe(false);
    expect(is("")).toBe(false);
  });
});

describe("档号 全宗号-门类代码·年度-保管期限-机构代码-件号 (DA/T 22-2015)", () => {
  const code: ArchivalCode = {
    fonds: "Z109",
    category: "WS",
    year: 2026,
    retention: "Y",
    org: "BGS",
    item: 1,
  };

  it("formats Z109-WS·2026-Y-BGS-0001 with a four-digit, zero-padded 件号", () => {
    expect(formatArchivalCode(code)).toBe("Z109-WS·2026-Y-BGS-0001");
    expect(formatArchivalCode({ ...code, category: "KJ", retention: "D30", item: 123 })).toBe(
      "Z109-KJ·2026-D30-BGS-0123",
    );
    expect(formatArchivalCode({ ...code, category: "ZY", retention: "D10", item: 9999 })).toBe(
      "Z109-ZY·2026-D10-BGS-9999",
    );
  });

  it("parses what it formats", () => {
    expect(parseArchivalCode("Z109-WS·2026-Y-BGS-0001")).toEqual(Either.right(code));
    expect(parseArchivalCode("Z109-KJ·2026-D30-BGS-0123")).toEqual(
      Either.right({ ...code, category: "KJ", retention: "D30", item: 123 }),
    );
  });

  it("refuses a missing 「·」 between category and year", () => {
    expect(reasonOf(left(parseArchivalCode("Z109-WS-2026-Y-BGS-0001")))).toContain("·");
  });

  it("refuses the wrong number of parts", () => {
    expect(reasonOf(left(parseArchivalCode("Z109-WS·2026-Y-0001")))).toContain("五段");
  });

  it("refuses an unknown category", () => {
    expect(reasonOf(left(parseArchivalCode("Z109-XX·2026-Y-BGS-0001")))).toContain("门类");
  });

  it("refuses a year that is not four digits", () => {
    expect(reasonOf(left(parseArchivalCode("Z109-WS·26-Y-BGS-0001")))).toContain("年度");
  });

  it("refuses an unknown retention period", () => {
    expect(reasonOf(left(parseArchivalCode("Z109-WS·2026-D5-BGS-0001")))).toContain("保管期限");
  });

  it("refuses an unpadded or over-long 件号", () => {
    expect(reasonOf(left(parseArchivalCode("Z109-WS·2026-Y-BGS-1")))).toContain("件号");
    expect(reasonOf(left(parseArchivalCode("Z109-WS·2026-Y-BGS-00001")))).toContain("件号");
  });

  it("refuses 件号 0000: numbering starts at 0001", () => {
    expect(reasonOf(left(parseArchivalCode("Z109-WS·2026-Y-BGS-0000")))).toContain("0001");
  });

  it("refuses lower-case fonds or organisation codes", () => {
    const error = left(parseArchivalCode("z109-WS·2026-Y-bgs-0001"));
    expect(error.expected).toBe("全宗号-门类代码·年度-保管期限-机构代码-件号");
    expect(reasonOf(error)).toContain("大写");
  });

  it("decodes and encodes through ArchivalCodeFromString", () => {
    const decode = Schema.decodeUnknownEither(ArchivalCodeFromString);
    expect(decode("Z109-WS·2026-Y-BGS-0001")).toEqual(Either.right(code));
    expect(Either.isLeft(decode("Z109-WS·2026-Y-BGS-0000"))).toBe(true);
    expect(Schema.encodeSync(ArchivalCodeFromString)(code)).toBe("Z109-WS·2026-Y-BGS-0001");
  });

  it("the ArchivalCode schema refuses a 件号 above 9999 and codes with lower-case letters", () => {
    const decode = Schema.decodeUnknownEither(ArchivalCode);
    expect(Either.isLeft(decode({ ...code, item: 10000 }))).toBe(true);
    expect(Either.isLeft(decode({ ...code, item: 0 }))).toBe(true);
    expect(Schema.is(FondsCode)("z109")).toBe(false);
  });
});

describe("schema refusals explain themselves in zh and en", () => {
  const messageOf = (schema: Schema.Schema<string>, value: string) => {
    const result = Schema.decodeUnknownEither(schema)(value);
    return Either.isLeft(result) ? ParseResult.TreeFormatter.formatErrorSync(result.left) : "";
  };

  it("names what a 机关代字, 全宗号 and 机构代码 must be", () => {
    expect(messageOf(AgencyPrefix, "WK")).toContain("机关代字须为 1–12 个汉字");
    expect(messageOf(FondsCode, "z1")).toContain("全宗号须为");
    expect(messageOf(OrgCode, "bgs")).toContain("An organisation code is");
  });
});
