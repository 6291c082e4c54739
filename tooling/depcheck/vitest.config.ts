import { banliVitest } from "@banli/vitest-config";

export default banliVitest({ test: { include: ["test/**/*.test.ts"] } });
