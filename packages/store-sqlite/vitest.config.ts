import { banliVitest } from "@banli/vitest-config";

export default banliVitest();
