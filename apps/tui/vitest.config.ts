import { banliVitest } from "@banli/vitest-config";

// Colour on, so tests can check that a red light is red (Ink's chalk sees no TTY otherwise).
export default banliVitest({ test: { env: { FORCE_COLOR: "1" } } });
