import { makeMemoryEventStore } from "@banli/event-store";
import { expect, it } from "vitest";
import {
  type CaseQuery,
  type CaseSort,
  CaseSorts,
  selectCases,
  selectStatRows,
} from "../case-query.js";
import type { CaseSummary } from "../case-summary.js";
import { defaultProcesses } from "../processes.js";
import { createProjector } from "../projector.js";
import { Boxes, type CaseFilter, searchTerms, type Viewer } from "../queries.js";
import { dumpReadModel, type ReadModelStore } from "../read-model.js";
import { generateSyntheticCases } from "../synthetic/synthetic-cases.js";
import { people } from "./supervision-flow.js";

/**
 * The read-model contract: every store answers every question exactly as the reference filters
 * (`selectCases` over all rows) do — same totals, same rows in the same order, same counts and
 * statistics rows. Run against memory, SQLite and PostgreSQL alike, like the event store's
 * contract suite.
 */
const cast = {
  clerk: people.clerk,
  director: people.director,
  leader: people.leader,
  confidential: {
    userId: people.clerk.userId,
    name: "孙机要",
    unitId: people.clerk.unitId,
    roles: ["confidential-office" as const],
  },
  divisions: [
    { handler: people.handler, unitName: "成果转化处" },
    { handler: people.other, unitName: "产业发展处" },
  ],
};
// The confidential office is its own person (the clerk's id would merge two roles into one user).
const jiyao = { ...cast.confidential, userId: "jiyao" as typeof people.clerk.userId };

export const viewers: ReadonlyArray<Viewer> = [
  ...Object.values(people),
  jiyao,
  { userId: "nobody", unitId: "elsewhere", roles: ["division-handler"] },
  { userId: "head", unitId: "science", roles: ["division-head", "division-handler"] },
];

const today = "2026-06-15";

const filters: ReadonlyArray<CaseFilter> = [
  {},
  { process: "supervision" },
  { process: "incoming", urgency: "特急" },
  { status: "Handling" },
  { unitId: "science" },
  { unitId: "industry", open: true },
  { from: "2026-03-01", to: "2026-04-30" },
  { overdue: true },
  { open: true, dueTo: "2026-04-10" },
  { overdue: false, process: "supervision" },
  { open: false },
  { number: "1000" },
  { number: "收〔2026〕" },
];

const searches: ReadonlyArray<string> = ["科技成果", "营商 督办", "创新券", "（1000", "zz", "抓紧"];

const ids = (rows: ReadonlyArray<CaseSummary>) => rows.map((r) => r.caseId);

export const readModelContract = (
  name: string,
  open: () => Promise<ReadModelStore>,
  options: { readonly cases?: number } = {},
): void => {
  it(`${name}: answers every query, count and statistic like the reference filters, and rebuilds identically`, async () => {
    const store = makeMemoryEventStore();
    await generateSyntheticCases(store, {
      count: options.cases ?? 60,
      processes: defaultProcesses,
      cast: { ...cast, confidential: jiyao },
    });
    const readModel = await open();
    const projector = createProjector({ store, readModel, processes: defaultProcesses });
    await projector.sync();
    const all = await readModel.all();
    expect(all.length).toBe(options.cases ?? 60);

    const check = async (q: CaseQuery) => {
      const expected = selectCases(all, q);
      const actual = await readModel.query(q);
      expect({ total: actual.total, ids: ids(actual.rows) }, JSON.stringify(q)).toEqual({
        total: expected.total,
        ids: ids(expected.rows),
      });
    };
    for (const viewer of viewers) {
      for (const box of Boxes) await check({ viewer, box, today, limit: 200 });
      for (const filter of filters) {
        for (const sort of CaseSorts) await check({ viewer, filter, today, sort, limit: 200 });
      }
      for (const q of searches) await check({ viewer, terms: searchTerms(q), today, limit: 200 });
      const expectedCounts = Object.fromEntries(
        Boxes.map((box) => [box, selectCases(all, { viewer, box, today, limit: 0 }).total]),
      );
      expect(await readModel.counts(viewer), viewer.userId).toEqual(expectedCounts);
      for (const filter of [{}, { process: "supervision" }]) {
        expect(await readModel.statRows({ viewer, filter, today })).toEqual(
          selectStatRows(all, { viewer, filter, today }),
        );
      }
    }
    // Paging: consecutive pages of every order cover the list once, in order.
    const auditor = people.auditor;
    for (const sort of CaseSorts as ReadonlyArray<CaseSort>) {
      const pages = [];
      for (let offset = 0; offset < all.length; offset += 30) {
        const page = await readModel.query({ viewer: auditor, today, sort, offset, limit: 30 });
        expect(page.total).toBe(all.length);
        pages.push(...ids(page.rows));
      }
      expect(pages).toEqual(
        ids(selectCases(all, { viewer: auditor, today, sort, limit: 1000 }).rows),
      );
    }

    // A process manager's checkpoint only moves forward and outlives a rebuild.
    expect(await readModel.cursor("archive-handoff")).toBe(0);
    await readModel.saveCursor("archive-handoff", 12);
    await readModel.saveCursor("archive-handoff", 7);
    expect(await readModel.cursor("archive-handoff")).toBe(12);
    expect(await readModel.cursor("other")).toBe(0);

    const before = await dumpReadModel(readModel);
    await projector.rebuild();
    expect(await dumpReadModel(readModel)).toBe(before);
    expect(await readModel.cursor("archive-handoff")).toBe(12);
    await readModel.close();
  }, 120_000);
};
