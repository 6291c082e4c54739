import { defineConfig } from "vite";
import solid from "vite-plugin-solid";

/**
 * The kernel is pure (spec/architecture.md: no I/O, no side effects), but its package does not say
 * so, and its top-level schema definitions look like calls that might have effects. Telling the
 * bundler lets it drop what a page does not use: the first screen then carries none of effect.
 */
const pureWorkspaceSources = /[\\/]packages[\\/](kernel|client)[\\/]src[\\/]/;

export default defineConfig({
  plugins: [solid()],
  resolve: { conditions: ["@banli/source"] },
  build: {
    target: "es2022",
    rollupOptions: {
      treeshake: {
        moduleSideEffects: (id: string) => !pureWorkspaceSources.test(id),
      },
    },
  },
});
