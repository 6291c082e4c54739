import { adminRouter } from "./routers/admin.js";
import { attachmentsRouter } from "./routers/attachments.js";
import { authRouter } from "./routers/auth.js";
import { calendarRouter } from "./routers/calendar.js";
import { casesRouter } from "./routers/cases.js";
import { delegationsRouter } from "./routers/delegations.js";
import { directoryRouter } from "./routers/directory.js";
import { eventsRouter } from "./routers/events.js";
import { inboxRouter } from "./routers/inbox.js";
import { processesRouter } from "./routers/processes.js";
import { searchRouter } from "./routers/search.js";
import { statsRouter } from "./routers/stats.js";
import { publicProcedure, router } from "./trpc.js";

export const appRouter = router({
  /** Liveness: answers as soon as the server accepts requests. */
  health: publicProcedure.query(({ ctx }) => ({
    status: "ok" as const,
    version: ctx.deps.version,
  })),
  auth: authRouter,
  cases: casesRouter,
  delegations: delegationsRouter,
  directory: directoryRouter,
  inbox: inboxRouter,
  search: searchRouter,
  processes: processesRouter,
  events: eventsRouter,
  admin: adminRouter,
  calendar: calendarRouter,
  stats: statsRouter,
  attachments: attachmentsRouter,
});

export type AppRouter = typeof appRouter;
