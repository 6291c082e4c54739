import { banliVitest } from "@banli/vitest-config";
import solid from "vite-plugin-solid";

export default banliVitest({ environment: "jsdom", plugins: [solid()] });
