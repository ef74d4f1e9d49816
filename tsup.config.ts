import { defineConfig } from "tsup";

// One entry per source module plus code splitting: an app that imports one schema
// bundles that schema and its imports, not the whole library.
export default defineConfig({
  entry: ["src/**/*.ts"],
  splitting: true,
  format: ["esm", "cjs"],
  // tsup injects `baseUrl`, which TypeScript 6 deprecates.
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  // No source maps: the output is readable, unminified ES2022, and tsup wrote empty maps for
  // re-export modules and two sourceMappingURL lines into shared chunks.
  sourcemap: false,
  clean: true,
  treeshake: true,
  target: "es2022",
  platform: "neutral",
  // A subpath import of package.json ("imports"): resolved where the package runs, so
  // that Node gets csv-parse's Node build and a browser bundler its browser build.
  external: ["#csv-parse"],
});
