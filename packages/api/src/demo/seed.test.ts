import { describe, expect, it } from "vitest";
import { makeMemoryDeps } from "../testing/harness.js";
import { seedDemo } from "./seed.js";

describe("seedDemo", () => {
  it("opens sample cases of all seven processes through the command path, once", async () => {
    const deps = makeMemoryDeps();
    const first = await seedDemo(deps);
    expect(first.users).toHaveLength(15);
    const rows = await deps.projector.readModel.all();
    expect(new Set(rows.map((r) => r.process))).toEqual(
      new Set([
        "supervision",
        "petition",
        "proposal",
        "archive",
        "outgoing",
        "incoming",
        "publication",
      ]),
    );
    expect(rows.find((r) => r.process === "incoming")?.number).toBe("收〔2026〕1号");
    expect(rows.find((r) => r.process === "petition")?.number).toBe("信〔2026〕1号");
    expect((await seedDemo(deps)).cases).toBe(0);
    expect(await deps.projector.readModel.all()).toHaveLength(rows.length);
  });
});
