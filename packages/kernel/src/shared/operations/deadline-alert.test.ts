import { Either, Schema } from "effect";
import { describe, expect, it } from "vitest";
import { makeProcessModules } from "../../processes/modules.js";
import { supervision } from "../../processes/supervision/index.js";
import { systemActor } from "../actor.js";
import { cast } from "../testing/fixtures.js";
import { histories, specify } from "../testing/given.js";
import {
  accept,
  assign,
  cmd,
  feedback,
  instruct,
  lead,
  propose,
  recordInstruction,
  register,
  submit,
} from "../testing/scenarios/supervision.js";

const { given } = specify(supervision);
const { run, runFrom, stateOf } = histories(supervision);

const handling = run(
  cmd(cast.clerk, 2, register),
  cmd(cast.director, 2, propose),
  cmd(cast.clerk, 3, submit),
  cmd(cast.leader, 4, instruct),
  cmd(cast.clerk, 4, recordInstruction),
  cmd(cast.clerk, 5, assign),
  cmd(cast.scienceHandler, 6, accept),
);
const filed = [
  ...handling,
  ...runFrom(
    handling,
    cmd(cast.scienceHandler, 20, feedback),
    cmd(cast.clerk, 21, { _tag: "FileCase" }),
  ),
];

const alert = (level: "临期提醒" | "逾期催办") =>
  ({ _tag: "RecordDeadlineAlert", level, dueOn: lead.dueOn }) as const;

describe("期限提醒 (RecordDeadlineAlert): the deadline monitor's record", () => {
  it("the system records 临期提醒 and 逾期催办, and neither moves the due date nor counts as a press", () => {
    const yellow = given(handling)
      .when(cmd(systemActor, 15, alert("临期提醒")))
      .thenAccepted();
    expect(yellow.events).toMatchObject([
      {
        _tag: "DeadlineAlerted",
        level: "临期提醒",
        dueOn: lead.dueOn,
        by: { userId: systemActor.userId },
      },
    ]);
    const red = given([...handling, ...yellow.events])
      .when(cmd(systemActor, 22, alert("逾期催办")))
      .thenAccepted();
    expect(red.state.handling.lead?.dueOn).toBe(lead.dueOn);
    expect(red.state.handling.presses).toEqual([]);
    expect(red.state.status).toBe(stateOf(handling).status);
  });

  it("no person may record it, not even the office or the archivist", () => {
    for (const person of [cast.clerk, cast.director, cast.scienceHandler]) {
      given(handling)
        .when(cmd(person, 15, alert("临期提醒")))
        .thenFails("NotAuthorised");
    }
  });

  it("a closed case takes no alert", () => {
    given(filed)
      .when(cmd(systemActor, 25, alert("逾期催办")))
      .thenFails("CaseClosed");
  });

  it("it is on the timeline as the system's 临期提醒", () => {
    const yellow = given(handling)
      .when(cmd(systemActor, 15, alert("临期提醒")))
      .thenAccepted();
    const timeline = supervision.history([...handling, ...yellow.events]);
    expect(timeline.at(-1)).toMatchObject({
      actor: systemActor.name,
      label: { zh: "临期提醒" },
      details: { zh: `办理期限 ${lead.dueOn}` },
    });
  });

  it("every process offers it (each case with a time limit can turn yellow and red)", () => {
    const m = makeProcessModules();
    const decodes = <A, I>(schema: Schema.Schema<A, I>): boolean =>
      Either.isRight(Schema.decodeUnknownEither(schema)(alert("临期提醒")));
    expect({
      supervision: decodes(m.supervision.commandSchema),
      petition: decodes(m.petition.commandSchema),
      proposal: decodes(m.proposal.commandSchema),
      archive: decodes(m.archive.commandSchema),
      outgoing: decodes(m.outgoing.commandSchema),
      incoming: decodes(m.incoming.commandSchema),
      publication: decodes(m.publication.commandSchema),
    }).toEqual({
      supervision: true,
      petition: true,
      proposal: true,
      archive: true,
      outgoing: true,
      incoming: true,
      publication: true,
    });
  });
});
