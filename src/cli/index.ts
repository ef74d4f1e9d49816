/**
 * The command line `npx antt …` (Node only, not a package entry): {@link run} runs it on
 * arguments and streams and gives the exit code; `bin.ts` runs it on the process.
 *
 * @module cli
 */
export type { CliContext } from "./context.js";
export { EXIT } from "./errors.js";
export type { CliLang } from "./lang.js";
export { chooseLang } from "./lang.js";
export { run } from "./run.js";
