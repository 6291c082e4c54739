/**
 * One vitest preset for the whole repo.
 *
 * Test kinds are chosen by vite's `--mode`: `vitest run` runs the colocated unit tests,
 * `vitest run --mode int` the `*.int.test.ts` files (a database or a port), `--mode e2e` the
 * `*.e2e.test.ts` files (a browser or a running server). Each run writes a JSON report to
 * `.reports/vitest-<mode>.json`, which `tooling/scripts/test-all.mjs` sums into the one
 * `N passed, N failed` line that CI reads.
 */
// Plain JavaScript with JSDoc types: vitest loads workspace config packages through Node, which
// cannot run TypeScript on Node 20.
import { defaultClientConditions, defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";

/** Workspace packages export their TypeScript sources under this condition (no build needed). */
export const sourceCondition = "@banli/source";

/** @typedef {"unit" | "int" | "e2e"} Kind */

/** @type {Record<Kind, { include: string[]; exclude: string[] }>} */
const patterns = {
  unit: {
    include: ["src/**/*.test.{ts,tsx}", "test/**/*.test.{ts,tsx}"],
    exclude: ["**/*.int.test.{ts,tsx}", "**/*.e2e.test.{ts,tsx}"],
  },
  int: { include: ["src/**/*.int.test.{ts,tsx}", "test/**/*.int.test.{ts,tsx}"], exclude: [] },
  e2e: { include: ["src/**/*.e2e.test.{ts,tsx}", "test/**/*.e2e.test.{ts,tsx}"], exclude: [] },
};

/** @param {string} mode @returns {Kind} */
const kindOf = (mode) => (mode === "int" || mode === "e2e" ? mode : "unit");

/**
 * @typedef {object} PresetOptions
 * @property {"node" | "jsdom"} [environment] `jsdom` for component tests; `node` otherwise.
 * @property {import("vite").UserConfig["plugins"]} [plugins]
 * @property {import("vitest/config").ViteUserConfig["test"]} [test] extra vitest options
 */

/** @param {PresetOptions} [options] */
export const banliVitest = (options = {}) =>
  defineConfig(({ mode }) => {
    const kind = kindOf(mode);
    const browserLike = options.environment === "jsdom";
    return {
      plugins: options.plugins ?? [],
      resolve: {
        conditions: [
          sourceCondition,
          ...(browserLike ? defaultClientConditions : defaultServerConditions),
        ],
      },
      ssr: { resolve: { conditions: [sourceCondition, ...defaultServerConditions] } },
      test: {
        // Integration and end-to-end tests drive real processes and browsers from Node.
        environment: kind === "unit" ? (options.environment ?? "node") : "node",
        include: patterns[kind].include,
        exclude: ["**/node_modules/**", "**/dist/**", ...patterns[kind].exclude],
        passWithNoTests: true,
        reporters: ["default", "json"],
        outputFile: { json: `.reports/vitest-${kind}.json` },
        testTimeout: kind === "unit" ? 10_000 : 120_000,
        hookTimeout: kind === "unit" ? 10_000 : 120_000,
        ...options.test,
      },
    };
  });
