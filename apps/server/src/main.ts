import { ConfigError, readConfig } from "./config.js";
import { startServer } from "./start.js";

try {
  const running = await startServer(readConfig(process.argv.slice(2), process.env), {
    version: process.env.npm_package_version ?? "0.0.0",
  });
  console.log(running.banner);
  const stop = () => {
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : `banli-server: ${String(error)}`);
  process.exit(1);
}
