import { render } from "ink";
import { App } from "./App.js";

const locale = process.argv.includes("--en") ? "en" : "zh-CN";
render(<App locale={locale} />);
