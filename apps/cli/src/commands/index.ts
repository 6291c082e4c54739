import type { Command } from "../cli/command.js";
import { auditReplay } from "./audit-replay.js";
import { auditVerify } from "./audit-verify.js";
import { benchHttp } from "./bench-http.js";
import { benchPg } from "./bench-pg.js";
import { benchReplay } from "./bench-replay.js";
import { benchStore } from "./bench-store.js";
import { benchVerify } from "./bench-verify.js";
import { calendarDue } from "./calendar-due.js";
import { exportCommand } from "./export.js";
import { importCommand } from "./import.js";
import { keysPublic } from "./keys-public.js";
import { projectionsRebuild } from "./projections-rebuild.js";
import { seed } from "./seed.js";
import { serve } from "./serve.js";
import { tui } from "./tui.js";

/**
 * Every `banli` command, in the order `banli --help` lists them. To add one (`serve`, `seed`,
 * `projections rebuild`, `bench …`): write `commands/<name>.ts` exporting a `defineCommand(…)`
 * (spread `storeOptions` from lib/store.ts if it touches a store) and add it here.
 */
export const commands: ReadonlyArray<Command> = [
  serve,
  seed,
  exportCommand,
  importCommand,
  auditVerify,
  auditReplay,
  calendarDue,
  keysPublic,
  projectionsRebuild,
  benchStore,
  benchReplay,
  benchVerify,
  benchPg,
  benchHttp,
  tui,
];
