import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const root = new URL("..", import.meta.url);
const readme = readFileSync(new URL("README.md", root), "utf8");
const pkg = JSON.parse(readFileSync(new URL("package.json", root), "utf8")) as {
  engines: { node: string };
};

describe("README", () => {
  const blocks = [...readme.matchAll(/<!-- example: (\S+) -->\n```ts\n([\s\S]*?)```/g)];

  it("shows at least one example kept in examples/", () => {
    expect(blocks.length).toBeGreaterThan(0);
  });

  it.each(blocks.map((block) => [block[1] as string, block[2] as string]))(
    "shows %s exactly as the file that the gate runs",
    (file, code) => {
      expect(code).toBe(readFileSync(new URL(`../${file}`, import.meta.url), "utf8"));
    },
  );

  it("gives the two quick-start commands, and CI runs the same test command", () => {
    expect(readme).toContain("npm ci && npm run demo");
    expect(readme).toContain("npm ci && npm test");
    const ci = readFileSync(new URL(".ci/run", root), "utf8");
    expect(ci).toMatch(/^npm ci\b/m);
    expect(ci).toMatch(/^npm test$/m);
  });

  it("states the Node range that engines states", () => {
    expect(pkg.engines.node).toBe(">=20.19");
    expect(readme).toContain("Node 20.19 or later");
    expect(readme).toContain("`>=20.19`");
  });

  it("passes demo flags after --, where npm hands them on", () => {
    expect(readme).toContain("npm run demo -- --en");
    expect(readme).not.toMatch(/npm run demo --en/);
  });

  it("links only to files the published package holds", () => {
    const packed = JSON.parse(
      execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
        cwd: root,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
      }),
    ) as { files: { path: string }[] }[];
    const files = new Set(packed[0]?.files.map((file) => file.path));
    const linked = new Set(
      [
        ...readme.matchAll(/\]\(([^)#:]+)\)/g),
        ...readme.matchAll(/`((?:docs|examples)\/[\w./-]+\.(?:md|ts|json))`/g),
      ].map((match) => match[1] as string),
    );
    expect(linked.size).toBeGreaterThan(5);
    for (const path of linked) expect(files, path).toContain(path);
  });
});
