import { render } from "ink";
import { App } from "./App.js";
import { makeSeededDemo } from "./demo/seed.js";
import { localeFromArgs } from "./i18n/locale.js";
import { Providers } from "./Providers.js";

/**
 * `banli tui --demo [--en]`. Only the in-memory demo office exists until the server API lands;
 * then the default becomes a login against a server URL, through `@banli/client`.
 */
const args = process.argv.slice(2);
const locale = localeFromArgs(args);

if (!args.includes("--demo")) {
  process.stderr.write(
    locale === "en"
      ? "The server API is not ready yet: start with --demo for the in-memory demo office.\n"
      : "服务器接口尚未就绪：请使用 --demo 启动内置演示数据。\n",
  );
  process.exit(2);
}

render(
  <Providers source={makeSeededDemo()} locale={locale}>
    <App />
  </Providers>,
);
