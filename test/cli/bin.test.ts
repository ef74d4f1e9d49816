// The bin, run for real as a child process (through tsx, on the sources): exit codes, output
// streams, and Ctrl-C in the middle of a run leaving neither the output file nor a temporary
// file behind.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { bigNdjson, workspace } from "./support.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const bin = join(root, "src/cli/bin.ts");
// tsx by its path: the children run in a temporary folder, where "tsx" does not resolve.
const tsx = pathToFileURL(join(root, "node_modules/tsx/dist/loader.mjs")).href;
const node = (args: string[]) => ["--import", tsx, bin, ...args];

let dir: string;
beforeAll(() => {
  dir = workspace();
});

function antt(args: string[], env: Record<string, string> = { LANG: "en_US.UTF-8" }) {
  const result = spawnSync(process.execPath, node(args), {
    cwd: dir,
    env: { PATH: process.env["PATH"] ?? "", ...env },
    encoding: "utf8",
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the antt bin", () => {
  it("starts with a shebang, so npm can link it", async () => {
    const { readFileSync } = await import("node:fs");
    expect(readFileSync(bin, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
  });

  it("exits 0 with the help, in the language of LANG", () => {
    const en = antt(["--help"]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain("Usage: antt [options] [command]");
    const vi = antt(["--help"], { LANG: "vi_VN.UTF-8" });
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain("Cách dùng: antt");
  });

  it("exits 1 for data with errors, problems on standard output", () => {
    const r = antt(["validate", "bad.json"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("bad.json: 2 errors");
  });

  it("exits 2 for a missing file, with one line on standard error and no stack trace", () => {
    const r = antt(["report", "nope.json", "--unit", "395", "--period", "2024"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe('antt: ANTT-E840 No such file: "nope.json" (or it is not a file)\n');
  });

  it("writes a report file and exits 0", () => {
    const r = antt(["report", "tho-xuan.json", "--unit", "395", "--period", "2024", "-o", "r.md"]);
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, "r.md"))).toBe(true);
  });

  it("leaves no output and no temporary file when stopped with Ctrl-C mid-run", async () => {
    bigNdjson(dir, "huge.ndjson", 40);
    const child: ChildProcess = spawn(
      process.execPath,
      node(["report", "huge.ndjson", "--unit", "395", "--period", "2024", "-o", "huge.json"]),
      { cwd: dir, env: { PATH: process.env["PATH"] ?? "", LANG: "en_US.UTF-8" } },
    );
    let stderr = "";
    child.stderr?.on("data", (chunk) => {
      stderr += chunk;
    });
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    // Wait for the temporary output file: the run is then under way, reading the dataset.
    const temps = () => readdirSync(dir).filter((f) => f.startsWith(".huge.json.antt-"));
    while (temps().length === 0) {
      if (child.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(temps()).toHaveLength(1);
    child.kill("SIGINT");
    const code = await exited;
    expect(code).toBe(130);
    expect(stderr).toContain("antt: ANTT-E849 Interrupted (Ctrl-C)");
    expect(existsSync(join(dir, "huge.json"))).toBe(false);
    expect(temps()).toEqual([]);
  });
});
