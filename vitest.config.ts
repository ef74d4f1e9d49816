import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: [
      { find: /^antt$/, replacement: new URL("./src/index.ts", import.meta.url).pathname },
      {
        find: /^antt\/stream$/,
        replacement: new URL("./src/stream/index.ts", import.meta.url).pathname,
      },
      {
        find: /^antt\/privacy$/,
        replacement: new URL("./src/privacy/index.ts", import.meta.url).pathname,
      },
      {
        find: /^antt\/footage$/,
        replacement: new URL("./src/footage/index.ts", import.meta.url).pathname,
      },
      {
        find: /^antt\/documents$/,
        replacement: new URL("./src/documents/index.ts", import.meta.url).pathname,
      },
      {
        find: /^antt\/io$/,
        replacement: new URL("./src/io/index.ts", import.meta.url).pathname,
      },
      {
        find: /^antt\/sql$/,
        replacement: new URL("./src/sql/index.ts", import.meta.url).pathname,
      },
      {
        find: /^antt\/problems$/,
        replacement: new URL("./src/problems/index.ts", import.meta.url).pathname,
      },
      {
        find: /^antt\/submissions$/,
        replacement: new URL("./src/submissions/index.ts", import.meta.url).pathname,
      },
      {
        find: /^antt\/vn-admin$/,
        replacement: new URL("./src/vn-admin/index.ts", import.meta.url).pathname,
      },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    testTimeout: 60_000,
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      reporter: ["text-summary", "json-summary"],
      thresholds: { lines: 90, branches: 90, functions: 90, statements: 90 },
    },
    benchmark: { include: ["test/bench/**/*.bench.ts"] },
  },
});
