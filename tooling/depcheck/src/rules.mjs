// The dependency direction of spec/architecture.md, as dependency-cruiser rules.
//
// Layers point down only: apps → api/client → projections, event-store → kernel → effect.
// Only the composition roots (apps/server, apps/cli, and the TUI's local mode in
// apps/tui/src/local/) may import a store adapter; apps never import apps; the kernel imports
// nothing but `effect` (and its calendar data package).
// dependency-cruiser is the field's tool for this: it resolves imports the way Node and
// TypeScript do (workspace links, package `exports` conditions), so a rule sees real targets.
import { cruise } from "dependency-cruiser";

const notTests = "\\.(test|int\\.test|e2e\\.test)\\.tsx?$|/test/";
const adapters = "^packages/store-(sqlite|postgres)/";
// The TUI's local mode (issue 7: "open a local SQLite file directly through the same kernel
// when no server runs") composes the API in-process, exactly as `banli serve` does, and talks
// to it through tRPC's in-process link — so the screens keep one client-shaped data source.
// That makes this one folder a composition root: it alone may import @banli/api's host
// composition and the SQLite adapter; the rest of the TUI stays a front end.
const tuiLocalRoot = "^apps/tui/src/local/";

/** @type {import("dependency-cruiser").IForbiddenRuleType[]} */
export const rules = [
  {
    name: "kernel-is-pure",
    comment:
      "The kernel depends on effect only (plus its calendar data): no Node, no I/O, no other package.",
    severity: "error",
    from: { path: "^packages/kernel/src/", pathNot: notTests },
    to: { pathNot: ["^packages/kernel/src/", "(^|/)node_modules/(effect|chinese-days)/"] },
  },
  {
    name: "only-composition-roots-import-adapters",
    comment:
      "Nothing but apps/server, apps/cli and the TUI's local root (and the adapters themselves) imports a store adapter.",
    severity: "error",
    from: { pathNot: ["^apps/(server|cli)/", tuiLocalRoot, adapters] },
    to: { path: adapters },
  },
  {
    name: "front-ends-talk-through-the-client",
    comment: "The web console and the TUI reach data through @banli/client only.",
    severity: "error",
    from: { path: "^apps/(web|tui)/", pathNot: tuiLocalRoot },
    to: { path: "^packages/(event-store|projections|store-sqlite|store-postgres)/" },
  },
  {
    name: "front-ends-call-the-api-through-the-client",
    comment:
      "A front end may name the API's types, but runs its code only in the TUI's local root (tests may compose it too).",
    severity: "error",
    from: { path: "^apps/(web|tui)/", pathNot: [tuiLocalRoot, notTests] },
    to: { path: "^packages/api/", dependencyTypesNot: ["type-only"] },
  },
  {
    name: "tui-local-root-composes-the-api-over-sqlite-only",
    comment:
      "The TUI's local mode opens one SQLite file through @banli/api's composition: no PostgreSQL, no store or read model of its own.",
    severity: "error",
    from: { path: tuiLocalRoot },
    to: { path: "^packages/(event-store|projections|store-postgres)/" },
  },
  {
    name: "apps-never-import-apps",
    severity: "error",
    from: { path: "^apps/([^/]+)/" },
    to: { path: "^apps/", pathNot: "^apps/$1/" },
  },
  {
    name: "packages-never-import-apps",
    severity: "error",
    from: { path: "^packages/" },
    to: { path: "^apps/" },
  },
  {
    name: "event-store-below-read-side",
    comment: "The event store knows the kernel only.",
    severity: "error",
    from: { path: "^packages/event-store/" },
    to: { path: "^packages/(projections|api|client|store-sqlite|store-postgres)/" },
  },
  {
    name: "projections-below-api",
    severity: "error",
    from: { path: "^packages/projections/" },
    to: { path: "^packages/(api|client)/" },
  },
  {
    name: "api-below-client",
    severity: "error",
    from: { path: "^packages/api/" },
    to: { path: "^packages/client/" },
  },
  {
    name: "client-talks-to-the-server-only",
    comment:
      "The client may use the api's types and the kernel's pure entry, nothing with storage.",
    severity: "error",
    from: { path: "^packages/client/" },
    to: { path: "^packages/(event-store|projections|store-sqlite|store-postgres)/" },
  },
  {
    name: "no-unresolvable-imports",
    comment: "An import that does not resolve cannot be checked, so it is refused.",
    severity: "error",
    from: {},
    to: { couldNotResolve: true },
  },
  {
    name: "no-circular",
    severity: "error",
    from: {},
    to: { circular: true },
  },
];

/**
 * Cruises `roots` (folders relative to `baseDir`) and returns the rule violations.
 * @param {{ baseDir: string; roots?: string[] }} options
 */
export const checkDependencies = async ({ baseDir, roots = ["packages", "apps"] }) => {
  const result = await cruise(
    roots,
    {
      baseDir,
      ruleSet: { forbidden: rules },
      validate: true,
      doNotFollow: { path: "node_modules" },
      exclude: {
        path: "(^|/)(node_modules|dist|coverage|\\.reports|test-results)/|\\.config\\.[cm]?[jt]s$",
      },
      tsPreCompilationDeps: true,
      combinedDependencies: false,
      enhancedResolveOptions: {
        // Workspace packages export their sources under this condition (see tooling/vitest).
        conditionNames: ["@banli/source", "import", "types", "node", "default"],
        extensions: [".ts", ".tsx", ".js", ".mjs", ".d.ts"],
        exportsFields: ["exports"],
        mainFields: ["module", "main", "types"],
      },
    },
    { extensionAlias: { ".js": [".ts", ".tsx", ".js"] } },
  );
  if (typeof result.output === "string") throw new Error(result.output);
  return result.output.summary.violations.map((v) => ({
    rule: v.rule.name,
    from: v.from,
    to: v.to,
  }));
};
