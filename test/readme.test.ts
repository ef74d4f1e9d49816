import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

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

  it("gives the two quick-start commands", () => {
    expect(readme).toContain("npm install && npm run demo");
    expect(readme).toContain("npm install && npm test");
  });
});
