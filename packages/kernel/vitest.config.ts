import { banliVitest } from "@banli/vitest-config";

// The kernel's coverage bar (issue 3): ≥ 95% of lines and ≥ 90% of branches, reported by the
// test command and failing it when missed.
export default banliVitest({
  test: {
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      exclude: ["src/**/*.test.ts", "src/shared/testing/**"],
      reporter: ["text-summary", "json-summary"],
      thresholds: { lines: 95, branches: 90 },
    },
  },
});
