import { startBanli } from "@banli/api";
import { defineCommand, UsageError } from "../cli/command.js";
import { userPath } from "../lib/data-dir.js";
import { openStore, storeOptions } from "../lib/store.js";
import { sideStorageFor } from "./serve-storage.js";

export const serve = defineCommand({
  path: ["serve"],
  summary: "run the Banli server (API, live updates and the web console when built)",
  description: `Serves the API at /trpc, /health and, with --web, a built web console at /.
With --demo, an empty installation is first given the demo bureau: its units, one user per
role (password demo12345) and sample cases of all seven processes.

Example: banli serve --demo --port 8080`,
  positionals: [],
  options: {
    ...storeOptions,
    port: { type: "string", value: "n", help: "port (default 8080; 0 picks a free one)" },
    host: { type: "string", value: "addr", help: "address to listen on (default 127.0.0.1)" },
    web: { type: "string", value: "dir", help: "a built web console to serve at /" },
    demo: { type: "boolean", help: "seed the demo bureau when the log has no cases" },
  },
  run: async ({ args, io }) => {
    const port = Number(args.string("port") ?? io.env.BANLI_PORT ?? "8080");
    if (!Number.isInteger(port) || port < 0 || port > 65_535) {
      throw new UsageError(`'${args.string("port")}' is not a port`);
    }
    const opened = await openStore(args, io, { create: true });
    const web = args.string("web");
    const running = await startBanli(opened.store, await sideStorageFor(args, io), {
      host: args.string("host") ?? io.env.BANLI_HOST ?? "127.0.0.1",
      port,
      version: io.version,
      demo: args.flag("demo"),
      webDir: web === undefined ? undefined : userPath(io, web),
      where: opened.label,
    });
    await io.stdout(`${running.banner}\n`);
    // Runs until the process is asked to stop; then closes the server and the log cleanly.
    await new Promise<void>((resolve) => {
      process.once("SIGINT", resolve);
      process.once("SIGTERM", resolve);
    });
    await running.close();
    await opened.store.close();
    return 0;
  },
});
