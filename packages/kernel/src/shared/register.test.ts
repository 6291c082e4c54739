import { Either, Option, Schema } from "effect";
import { describe, expect, it } from "vitest";
import type { Actor } from "./actor.js";
import { type Command, fold } from "./decider.js";
import type { CaseId, CommandId, Instant, UnitId, UserId } from "./ids.js";
import {
  allocationForCase,
  formatAllocated,
  makeRegisterDecider,
  nextSequence,
  type RegisterCommand,
  RegisterConfig,
  RegisterEvent,
  type RegisterKey,
  registerEventVersions,
  registerStreamId,
} from "./register.js";
import type { Role } from "./roles.js";

const config: RegisterConfig = {
  agencyPrefixes: ["武科", "武科函", "武科办"],
  fonds: "Z109",
  orgCodes: ["BGS", "KJC"],
};
const decider = makeRegisterDecider(config);

const actor = (name: string, ...roles: Array<Role>): Actor => ({
  userId: `u-${name}` as UserId,
  name,
  roles,
  unitId: "unit-office" as UnitId,
});
const jiyao = actor("机要员", "confidential-office");
const clerk = actor("经办人", "office-clerk");
const archivist = actor("档案员", "archivist");
const admin = actor("管理员", "administrator");

const wuke2026: RegisterKey = { kind: "发文", prefix: "武科", year: 2026 };
const du2026: RegisterKey = { kind: "督办", year: 2026 };
const archive2026: RegisterKey = {
  kind: "档号",
  fonds: "Z109",
  category: "WS",
  year: 2026,
  retention: "Y",
  org: "BGS",
};

let commandCounter = 0;
const command = (
  payload: RegisterCommand,
  by: Actor = jiyao,
  extra: { commandId?: string; onBehalfOf?: Actor } = {},
): Command<RegisterCommand> => ({
  meta: {
    commandId: (extra.commandId ?? `cmd-${++commandCounter}`) as CommandId,
    caseId: "register" as CaseId,
    actor: by,
    ...(extra.onBehalfOf ? { onBehalfOf: extra.onBehalfOf } : {}),
    at: "2026-03-02T09:00:00+08:00" as Instant,
  },
  payload,
});
const allocate = (register: RegisterKey, caseId?: string, purpose?: string): RegisterCommand => ({
  _tag: "AllocateNumber",
  register,
  ...(caseId === undefined ? {} : { caseId: caseId as CaseId }),
  ...(purpose === undefined ? {} : { purpose }),
});

/** given(events).when(command) → the events decided, or the refusal's tag. */
const given = (events: ReadonlyArray<RegisterEvent>) => {
  const state = fold(decider, events);
  return {
    state,
    when: (cmd: Command<RegisterCommand>) => decider.decide(cmd, state),
  };
};
const thenEvents = (result: ReturnType<typeof decider.decide>) => {
  if (Either.isLeft(result)) throw new Error(`refused: ${JSON.stringify(result.left)}`);
  return result.right;
};
const thenFails = (result: ReturnType<typeof decider.decide>) => {
  if (Either.isRight(result)) throw new Error(`accepted: ${JSON.stringify(result.right)}`);
  return result.left;
};

/** Runs commands one after another, as the command handler would. */
const run = (commands: ReadonlyArray<Command<RegisterCommand>>): Array<RegisterEvent> => {
  const events: Array<RegisterEvent> = [];
  for (const cmd of commands) events.push(...thenEvents(given(events).when(cmd)));
  return events;
};

describe("register keys and streams: one stream per kind, series and year", () => {
  it("names the 发文 register after its 机关代字 and year", () => {
    expect(registerStreamId(wuke2026)).toBe("register-发文-武科-2026");
    expect(registerStreamId({ kind: "发文", prefix: "武科函", year: 2026 })).toBe(
      "register-发文-武科函-2026",
    );
  });

  it("names the internal registers after kind and year", () => {
    expect(registerStreamId(du2026)).toBe("register-督办-2026");
    expect(registerStreamId({ kind: "信访", year: 2026 })).toBe("register-信访-2026");
    expect(registerStreamId({ kind: "收文", year: 2025 })).toBe("register-收文-2025");
  });

  it("names the 档号 register after its lowest class", () => {
    expect(registerStreamId(archive2026)).toBe("register-档号-Z109-WS-2026-Y-BGS");
  });

  it("formats allocated numbers in each register's own form", () => {
    expect(formatAllocated(wuke2026, 12)).toBe("武科〔2026〕12号");
    expect(formatAllocated(du2026, 3)).toBe("督〔2026〕3号");
    expect(formatAllocated({ kind: "信访", year: 2026 }, 15)).toBe("信〔2026〕15号");
    expect(formatAllocated({ kind: "收文", year: 2026 }, 8)).toBe("收〔2026〕8号");
    expect(formatAllocated(archive2026, 1)).toBe("Z109-WS·2026-Y-BGS-0001");
  });
});

describe("an empty register", () => {
  it("allocates number 1 and records who, when, for which case", () => {
    const events = thenEvents(
      given([]).when(command(allocate(wuke2026, "outgoing-1", "发文编号"))),
    );
    expect(events).toEqual([
      {
        _tag: "NumberAllocated",
        register: wuke2026,
        sequence: 1,
        formatted: "武科〔2026〕1号",
        caseId: "outgoing-1",
        purpose: "发文编号",
        commandId: expect.any(String),
        at: "2026-03-02T09:00:00+08:00",
        by: { userId: "u-机要员", name: "机要员", unitId: "unit-office" },
      },
    ]);
  });

  it("allocates without a case (e.g. a 督办电话记录 numbered before its case exists)", () => {
    const [event] = thenEvents(given([]).when(command(allocate(du2026), clerk)));
    expect(event).toMatchObject({ sequence: 1, formatted: "督〔2026〕1号" });
    expect(event).not.toHaveProperty("caseId");
  });

  it("refuses a 机关代字 the bureau has not configured (InvalidCommand)", () => {
    const error = thenFails(
      given([]).when(command(allocate({ kind: "发文", prefix: "武发", year: 2026 }))),
    );
    expect(error).toMatchObject({ _tag: "InvalidCommand", field: "register.prefix" });
    expect(error.messageZh).toContain("武发");
  });

  it("refuses a 全宗号 that is not the bureau's", () => {
    const error = thenFails(
      given([]).when(command(allocate({ ...archive2026, fonds: "Z999" }), archivist)),
    );
    expect(error).toMatchObject({ _tag: "InvalidCommand", field: "register.fonds" });
  });

  it("refuses an unknown 机构代码", () => {
    const error = thenFails(
      given([]).when(command(allocate({ ...archive2026, org: "XXX" }), archivist)),
    );
    expect(error).toMatchObject({ _tag: "InvalidCommand", field: "register.org" });
  });

  it("refuses an actor without the register's role (NotAuthorised)", () => {
    expect(thenFails(given([]).when(command(allocate(wuke2026), clerk)))._tag).toBe(
      "NotAuthorised",
    );
    expect(thenFails(given([]).when(command(allocate(archive2026), jiyao)))._tag).toBe(
      "NotAuthorised",
    );
  });

  it("lets a deputy allocate on behalf of someone holding the role (委托)", () => {
    const deputy = actor("代理人", "office-director");
    const [event] = thenEvents(
      given([]).when(command(allocate(wuke2026), deputy, { onBehalfOf: jiyao })),
    );
    expect(event).toMatchObject({
      by: { name: "代理人" },
      onBehalfOf: { name: "机要员" },
    });
  });

  it("honours configured allocator roles instead of the defaults", () => {
    const custom = makeRegisterDecider({ ...config, allocators: { 发文: ["office-clerk"] } });
    expect(
      Either.isRight(custom.decide(command(allocate(wuke2026), clerk), custom.initialState)),
    ).toBe(true);
    expect(
      Either.isLeft(custom.decide(command(allocate(wuke2026), jiyao), custom.initialState)),
    ).toBe(true);
  });
});

describe("a register in use: unique and gap-free", () => {
  const history = run([
    command(allocate(wuke2026, "outgoing-1")),
    command(allocate(wuke2026, "outgoing-2")),
    command(allocate(wuke2026)),
  ]);

  it("numbers 1, 2, 3 in order", () => {
    expect(history.map((e) => (e._tag === "NumberAllocated" ? e.formatted : e._tag))).toEqual([
      "武科〔2026〕1号",
      "武科〔2026〕2号",
      "武科〔2026〕3号",
    ]);
  });

  it("gives the next number as last + 1", () => {
    const { state } = given(history);
    expect(nextSequence(state)).toBe(4);
    const [event] = thenEvents(given(history).when(command(allocate(wuke2026, "outgoing-9"))));
    expect(event).toMatchObject({ sequence: 4, formatted: "武科〔2026〕4号" });
  });

  it("records nothing when the case already has a number: a retry never burns one", () => {
    expect(thenEvents(given(history).when(command(allocate(wuke2026, "outgoing-2"))))).toEqual([]);
  });

  it("records nothing when the very same command is retried without a case", () => {
    const events = run([command(allocate(du2026), clerk, { commandId: "phone-1" })]);
    expect(
      thenEvents(given(events).when(command(allocate(du2026), clerk, { commandId: "phone-1" }))),
    ).toEqual([]);
  });

  it("tells which number a case holds", () => {
    const { state } = given(history);
    expect(allocationForCase(state, "outgoing-2" as CaseId)).toEqual(
      Option.some({ sequence: 2, formatted: "武科〔2026〕2号" }),
    );
    expect(allocationForCase(state, "outgoing-404" as CaseId)).toEqual(Option.none());
    expect(allocationForCase(given([]).state, "outgoing-1" as CaseId)).toEqual(Option.none());
  });

  it("refuses a command for another register on this stream", () => {
    const error = thenFails(
      given(history).when(command(allocate({ kind: "发文", prefix: "武科函", year: 2026 }))),
    );
    expect(error).toMatchObject({ _tag: "InvalidCommand", field: "register" });
    expect(
      thenFails(given(history).when(command(allocate({ ...wuke2026, year: 2025 }))))._tag,
    ).toBe("InvalidCommand");
  });

  it("is never terminal: a late number for the year is still the next one", () => {
    expect(decider.isTerminal(given(history).state)).toBe(false);
  });
});

describe("a full 档号 register", () => {
  it("refuses 件号 10000: four digits hold at most 9999", () => {
    const configured = run([
      command({ _tag: "ConfigureRegister", register: archive2026, carriedOver: 9998 }, archivist),
      command(allocate(archive2026, "archive-1"), archivist),
    ]);
    expect(configured.at(-1)).toMatchObject({ formatted: "Z109-WS·2026-Y-BGS-9999" });
    const error = thenFails(given(configured).when(command(allocate(archive2026), archivist)));
    expect(error).toMatchObject({ _tag: "InvalidCommand" });
    expect(error.messageZh).toContain("9999");
  });
});

describe("ConfigureRegister: continuing a paper register", () => {
  const configure = (carriedOver: number): RegisterCommand => ({
    _tag: "ConfigureRegister",
    register: wuke2026,
    carriedOver,
  });

  it("starts numbering after the last paper number", () => {
    const events = run([command(configure(11), admin), command(allocate(wuke2026, "outgoing-1"))]);
    expect(events[0]).toMatchObject({ _tag: "RegisterConfigured", carriedOver: 11 });
    expect(events[1]).toMatchObject({ sequence: 12, formatted: "武科〔2026〕12号" });
  });

  it("may be corrected before the first allocation", () => {
    const events = run([command(configure(11), admin), command(configure(13), admin)]);
    expect(nextSequence(given(events).state)).toBe(14);
  });

  it("records nothing when configured the same again", () => {
    const events = run([command(configure(11), admin)]);
    expect(thenEvents(given(events).when(command(configure(11), admin)))).toEqual([]);
  });

  it("records carrying over 0 on a fresh register (the register is then established)", () => {
    expect(thenEvents(given([]).when(command(configure(0), admin)))).toHaveLength(1);
  });

  it("refuses once numbers have been allocated (WrongStep): it would break gap-freeness", () => {
    const events = run([command(allocate(wuke2026, "outgoing-1"))]);
    expect(thenFails(given(events).when(command(configure(20), admin)))).toMatchObject({
      _tag: "WrongStep",
      command: "ConfigureRegister",
    });
  });

  it("refuses someone who neither allocates nor administers", () => {
    expect(thenFails(given([]).when(command(configure(5), archivist)))._tag).toBe("NotAuthorised");
  });

  it("refuses an unconfigured 机关代字", () => {
    const error = thenFails(
      given([]).when(
        command(
          {
            _tag: "ConfigureRegister",
            register: { kind: "发文", prefix: "武发", year: 2026 },
            carriedOver: 3,
          },
          admin,
        ),
      ),
    );
    expect(error._tag).toBe("InvalidCommand");
  });
});

describe("schemas", () => {
  it("round-trips events through RegisterEvent", () => {
    const events = run([
      command({ _tag: "ConfigureRegister", register: wuke2026, carriedOver: 2 }, admin),
      command(allocate(wuke2026, "outgoing-1"), jiyao, { onBehalfOf: jiyao }),
    ]);
    for (const event of events) {
      const encoded = Schema.encodeSync(RegisterEvent)(event);
      expect(Schema.decodeUnknownSync(RegisterEvent)(encoded)).toEqual(event);
    }
    expect(registerEventVersions).toEqual({ NumberAllocated: 1, RegisterConfigured: 1 });
  });

  it("RegisterConfig requires at least one 机关代字 and one 机构代码", () => {
    const decode = Schema.decodeUnknownEither(RegisterConfig);
    expect(Either.isRight(decode(config))).toBe(true);
    expect(Either.isLeft(decode({ ...config, agencyPrefixes: [] }))).toBe(true);
    expect(Either.isLeft(decode({ ...config, orgCodes: [] }))).toBe(true);
    expect(Either.isLeft(decode({ ...config, fonds: "z1" }))).toBe(true);
  });
});
