import type { EventStorePort } from "@banli/event-store";
import { demoPassword, demoUsers } from "../demo/bureau.js";
import { seedDemo } from "../demo/seed.js";
import { createHttpServer } from "../http/server.js";
import { composeApi, type SideStorage } from "./compose.js";

export interface StartOptions {
  readonly host: string;
  readonly port: number;
  readonly version: string;
  /** Seed the demo bureau (units, users, sample cases) when the log has none. */
  readonly demo?: boolean;
  readonly webDir?: string | undefined;
  readonly secureCookies?: boolean;
  readonly logger?: boolean;
  /** Where the data lives, in words, for the banner. */
  readonly where: string;
}

export interface Running {
  readonly url: string;
  /** What to tell the person who started it: where to log in, and as whom. */
  readonly banner: string;
  /** Stops the HTTP host and the side storage; the caller closes its log. */
  readonly close: () => Promise<void>;
}

/** log → projections → HTTP host → listening, with the banner to print. */
export const startBanli = async (
  store: EventStorePort,
  side: SideStorage,
  options: StartOptions,
): Promise<Running> => {
  const composed = await composeApi(store, side, { version: options.version });
  const seeded = options.demo === true ? await seedDemo(composed.deps) : undefined;
  const app = await createHttpServer(composed.deps, {
    staticDir: options.webDir,
    secureCookies: options.secureCookies ?? false,
    logger: options.logger ?? false,
  });
  const url = await app.listen({ port: options.port, host: options.host });
  const lines = [`Banli 办理 is running at ${url}/ (data: ${options.where})`];
  if (seeded !== undefined) {
    lines.push(
      `Demo bureau ready (${seeded.cases} sample cases added). Log in with password ${demoPassword} as:`,
      ...demoUsers.map((u) => `  ${u.userId.padEnd(11)} ${u.name}`),
    );
  }
  return {
    url,
    banner: lines.join("\n"),
    close: async () => {
      await app.close();
      await composed.close();
    },
  };
};
