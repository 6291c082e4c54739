import { type EventStorePort, executeCommand } from "@banli/event-store";
import {
  type Actor,
  CaseId,
  type Command,
  CommandId,
  Instant,
  LocalDate,
  type Supervision,
  supervision,
  UnitId,
  UserId,
} from "@banli/kernel";
import { openSqliteEventStore } from "@banli/store-sqlite";
import { Either } from "effect";

const person = (id: string, name: string, role: Actor["roles"][number]): Actor => ({
  userId: UserId.make(id),
  name,
  unitId: UnitId.make("office"),
  roles: [role],
});
const clerk = person("u-clerk", "王经办", "office-clerk");
const director = person("u-director", "李主任", "office-director");

let commandNumber = 0;
const command = (
  caseId: string,
  actor: Actor,
  at: string,
  payload: Supervision.SupervisionCommand,
): Command<Supervision.SupervisionCommand> => ({
  meta: {
    commandId: CommandId.make(`cmd-${++commandNumber}`),
    caseId: CaseId.make(caseId),
    actor,
    at: Instant.make(at),
  },
  payload,
});

const register = (number: string, title: string): Supervision.SupervisionCommand => ({
  _tag: "RegisterItem",
  number,
  kind: "督办件",
  sourceOrgan: "市政府督查室",
  title,
  content: "请于 4 月 30 日前报送落实情况。",
  receivedOn: LocalDate.make("2026-03-01"),
  timeLimit: LocalDate.make("2026-04-30"),
  attachments: [],
});

const handle = async (store: EventStorePort, c: Command<Supervision.SupervisionCommand>) => {
  const outcome = await executeCommand(store, supervision, c);
  if (Either.isLeft(outcome)) throw new Error(`${c.payload._tag}: ${outcome.left.message}`);
};

/**
 * Two 督办 cases: `case-1` (督〔2026〕7号) registered on 3-02 and proposed on 3-03; `case-2`
 * (督〔2026〕8号) registered on 3-04. Three events over two streams.
 */
export const seedCases = async (store: EventStorePort): Promise<void> => {
  await handle(
    store,
    command(
      "case-1",
      clerk,
      "2026-03-02T09:00:00+08:00",
      register("督〔2026〕7号", "关于科技成果转化工作的督办通知"),
    ),
  );
  await handle(
    store,
    command("case-1", director, "2026-03-03T10:00:00+08:00", {
      _tag: "ProposeHandling",
      opinion: "拟请张局长阅示。",
    }),
  );
  await handle(
    store,
    command(
      "case-2",
      clerk,
      "2026-03-04T09:00:00+08:00",
      register("督〔2026〕8号", "关于营商环境的督办通知"),
    ),
  );
};

/** A SQLite file at `filename` holding `seedCases`. */
export const seedSqlite = async (filename: string): Promise<void> => {
  const store = openSqliteEventStore({ filename, synchronous: "OFF" });
  try {
    await seedCases(store);
  } finally {
    await store.close();
  }
};
