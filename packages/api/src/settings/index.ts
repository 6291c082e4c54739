import { randomUUID } from "node:crypto";
import type { EventStorePort, Subscription } from "@banli/event-store";
import {
  CalendarData,
  chineseDaysCalendarData,
  defaultKernelConfig,
  extendCalendarData,
  makeProcessModules,
  makeWorkingDayCalendar,
  RegisterConfig,
  type WorkingDayCalendar,
} from "@banli/kernel";
import { type CaseProcess, makeCaseProcesses } from "@banli/projections";
import { Either, Schema } from "effect";

/**
 * The bureau's settings an administrator changes while the server runs: the numbering
 * configuration (机关代字, 全宗号, 机构代码) and the working-day calendar's added years (the State
 * Council's holiday notice for a year `chinese-days` does not carry yet). Each change is an event
 * in the `settings` stream, so it is persisted, audited, replayed at startup, and the same on
 * every server of a shared database once they read it.
 */
export const settingsStreamId = "settings";

const CalendarLoaded = Schema.Struct({ data: CalendarData });
const RegistersConfigured = Schema.Struct({ config: RegisterConfig });

export interface SettingsValues {
  readonly registers: RegisterConfig;
  /** Years added to the package's calendar, in the order they were loaded. */
  readonly calendarAdditions: ReadonlyArray<CalendarData>;
}

/** The calendar, the numbering configuration and the processes built on both. */
export interface Settings extends SettingsValues {
  readonly calendar: WorkingDayCalendar;
  readonly calendarData: CalendarData;
  readonly processes: ReadonlyArray<CaseProcess>;
}

/** The package's calendar extended by each addition in turn (a later notice replaces its years). */
export const extendedCalendar = (
  additions: ReadonlyArray<CalendarData>,
): Either.Either<CalendarData, { readonly _tag: string; readonly message: string }> => {
  let data: CalendarData = chineseDaysCalendarData;
  for (const addition of additions) {
    const next = extendCalendarData(data, addition);
    if (Either.isLeft(next)) return next;
    data = next.right;
  }
  return Either.right(data);
};

export const buildSettings = (values: SettingsValues): Settings => {
  const calendarData = Either.getOrThrow(extendedCalendar(values.calendarAdditions));
  const calendar = makeWorkingDayCalendar(calendarData);
  // Every process counts deadlines on this calendar, and 发文 checks numbers against these 代字.
  const processes = makeCaseProcesses(
    makeProcessModules({
      ...defaultKernelConfig,
      calendar,
      outgoing: {
        ...defaultKernelConfig.outgoing,
        agencyPrefixes: values.registers.agencyPrefixes,
      },
    }),
  );
  return { ...values, calendar, calendarData, processes };
};

/** Folds the `settings` stream over the configuration the server was started with. */
export const loadSettings = async (
  store: EventStorePort,
  initial: SettingsValues,
): Promise<SettingsValues> => {
  let values = initial;
  for (let from = 1; ; ) {
    const page = await store.readStream(settingsStreamId, { fromVersion: from, limit: 1000 });
    for (const stored of page) {
      if (stored.type === "settings.CalendarLoaded") {
        const decoded = Schema.decodeUnknownEither(CalendarLoaded)(stored.data);
        if (Either.isRight(decoded)) {
          const additions = [...values.calendarAdditions, decoded.right.data];
          // A stored addition that no longer fits (never expected) is skipped, not fatal.
          if (Either.isRight(extendedCalendar(additions))) {
            values = { ...values, calendarAdditions: additions };
          }
        }
      } else if (stored.type === "settings.RegistersConfigured") {
        const decoded = Schema.decodeUnknownEither(RegistersConfigured)(stored.data);
        if (Either.isRight(decoded)) values = { ...values, registers: decoded.right.config };
      }
    }
    if (page.length < 1000) return values;
    from += page.length;
  }
};

export type SettingsChange =
  | { readonly _tag: "CalendarLoaded"; readonly data: CalendarData }
  | { readonly _tag: "RegistersConfigured"; readonly config: RegisterConfig };

/** Records a change in the `settings` stream (encoded by its schema, with who and when). */
export const recordSettingsChange = async (
  store: EventStorePort,
  change: SettingsChange,
  at: string,
  actor: unknown,
): Promise<void> => {
  const data =
    change._tag === "CalendarLoaded"
      ? Schema.encodeSync(CalendarLoaded)({ data: change.data })
      : Schema.encodeSync(RegistersConfigured)({ config: change.config });
  const commandId = randomUUID();
  await store.append({
    streamId: settingsStreamId,
    expectedVersion: "any",
    events: [{ eventId: randomUUID(), type: `settings.${change._tag}`, schemaVersion: 1, data }],
    commandId,
    recordedAt: at,
    actor,
    correlationId: commandId,
    causationId: commandId,
  });
};

/**
 * The settings as the API reads them on every call: `current()` swaps atomically when an
 * administrator changes them, so a command in flight finishes on the settings it started with.
 */
export interface LiveSettings {
  readonly current: () => Settings;
  readonly replace: (values: SettingsValues) => void;
}

export const liveSettings = (values: SettingsValues): LiveSettings => {
  let settings = buildSettings(values);
  return {
    current: () => settings,
    replace: (next) => {
      settings = buildSettings(next);
    },
  };
};

/**
 * Keeps this server's settings in step with changes made on another server of the same
 * database: when a `settings` event arrives through the store's subscription, the stream is
 * folded again (it is short) and swapped in.
 */
export const followSettings = (
  store: EventStorePort,
  live: LiveSettings,
  initial: SettingsValues,
  /** A position read before the settings were first loaded, so no change falls in between. */
  after: number,
): Subscription =>
  store.subscribe({ after }, async (event) => {
    if (event.streamId === settingsStreamId) live.replace(await loadSettings(store, initial));
  });
