import { buildServer } from "./server.js";

const port = Number(process.env.BANLI_PORT ?? 8080);
const host = process.env.BANLI_HOST ?? "127.0.0.1";

const app = await buildServer({
  version: process.env.npm_package_version ?? "0.0.0",
  logger: true,
});
await app.listen({ port, host });
console.log(`Banli is running: http://${host}:${port}/`);
