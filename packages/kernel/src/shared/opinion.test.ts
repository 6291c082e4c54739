import { Either, Schema } from "effect";
import { describe, expect, it } from "vitest";
import type { Actor } from "./actor.js";
import type { CommandMeta } from "./decider.js";
import type { CaseId, CommandId, Instant, UnitId, UserId } from "./ids.js";
import { Opinion, OpinionKind, opinionFrom, opinionKindLabels } from "./opinion.js";
import type { Role } from "./roles.js";

const actor = (name: string, ...roles: Array<Role>): Actor => ({
  userId: `u-${name}` as UserId,
  name,
  roles,
  unitId: "unit-bureau" as UnitId,
});
const leader = actor("李局长", "principal-leader");
const secretary = actor("王秘书", "office-clerk");
const director = actor("张主任", "office-director");

const meta = (by: Actor, onBehalfOf?: Actor): CommandMeta => ({
  commandId: "cmd-1" as CommandId,
  caseId: "petition-1" as CaseId,
  actor: by,
  ...(onBehalfOf ? { onBehalfOf } : {}),
  at: "2026-03-02T10:30:00+08:00" as Instant,
});

describe("opinions are stored verbatim with signer and time", () => {
  it("keeps the words exactly as written, spacing and line breaks included", () => {
    const text = "  请科技处牵头办理，\n  十日内报结果。 ";
    const opinion = Either.getOrThrow(
      opinionFrom(
        meta(leader),
        { kind: "批示", text, role: "principal-leader" },
        "RecordInstruction",
      ),
    );
    expect(opinion).toEqual({
      kind: "批示",
      text,
      signer: { userId: "u-李局长", name: "李局长", unitId: "unit-bureau" },
      role: "principal-leader",
      at: "2026-03-02T10:30:00+08:00",
    });
    expect(Schema.decodeUnknownSync(Opinion)(Schema.encodeSync(Opinion)(opinion))).toEqual(opinion);
  });

  it("records a 代签 with both the signer and the person signed for", () => {
    const opinion = Either.getOrThrow(
      opinionFrom(
        meta(secretary, leader),
        { kind: "签发意见", text: "同意印发", role: "principal-leader" },
        "Sign",
      ),
    );
    expect(opinion.signer.name).toBe("王秘书");
    expect(opinion.onBehalfOf?.name).toBe("李局长");
  });

  it("refuses a blank opinion (InvalidCommand on text)", () => {
    expect(
      opinionFrom(
        meta(director),
        { kind: "拟办意见", text: " \n\t", role: "office-director" },
        "Propose",
      ),
    ).toEqual(Either.left(expect.objectContaining({ _tag: "InvalidCommand", field: "text" })));
  });

  it("refuses a role neither the signer nor the principal holds (NotAuthorised)", () => {
    const refused = opinionFrom(
      meta(secretary),
      { kind: "批示", text: "同意", role: "principal-leader" },
      "RecordInstruction",
    );
    expect(Either.isLeft(refused) && refused.left._tag).toBe("NotAuthorised");
    const viaOtherPrincipal = opinionFrom(
      meta(secretary, director),
      { kind: "批示", text: "同意", role: "principal-leader" },
      "RecordInstruction",
    );
    expect(Either.isLeft(viaOtherPrincipal)).toBe(true);
  });

  it("the schema refuses blank text and unknown kinds", () => {
    const valid = {
      kind: "审核意见",
      text: "可发",
      signer: { userId: "u1", name: "甲", unitId: "d1" },
      role: "office-reviewer",
      at: "2026-03-02T10:30:00+08:00",
    };
    const decode = Schema.decodeUnknownEither(Opinion);
    expect(Either.isRight(decode(valid))).toBe(true);
    expect(Either.isLeft(decode({ ...valid, text: "   " }))).toBe(true);
    expect(Either.isLeft(decode({ ...valid, kind: "意见" }))).toBe(true);
    expect(Either.isLeft(decode({ ...valid, at: "2026-03-02" }))).toBe(true);
  });

  it("labels every kind in zh and en", () => {
    for (const kind of OpinionKind.literals) {
      expect(opinionKindLabels[kind].zh.length, kind).toBeGreaterThan(0);
      expect(opinionKindLabels[kind].en.length, kind).toBeGreaterThan(0);
    }
  });
});
