#!/usr/bin/env node
// `npx antt …`: the command line, run on this process's arguments and streams. Ctrl-C stops
// the command at its next step and removes any output file not yet complete; a second
// Ctrl-C removes it at once and exits.
import { removePendingOutputs } from "./files.js";
import { run } from "./run.js";

const controller = new AbortController();
process.on("SIGINT", () => {
  if (controller.signal.aborted) {
    removePendingOutputs();
    process.exit(130);
  }
  controller.abort();
});
process.on("exit", removePendingOutputs);

// No top-level await: the build also emits this module as CommonJS.
void run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
  signal: controller.signal,
}).then((code) => {
  process.exitCode = code;
});
