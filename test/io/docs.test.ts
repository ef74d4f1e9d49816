// docs/importing.md prints the header tables as IMPORT_HEADERS holds them.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { withTables } from "../../scripts/docs-importing.mjs";
import { IMPORT_HEADERS } from "../../src/io/index.js";

describe("docs/importing.md", () => {
  const page = readFileSync(new URL("../../docs/importing.md", import.meta.url), "utf8");

  it("holds the header tables as scripts/docs-importing.mts writes them", () => {
    expect(page).toBe(withTables(page));
  });

  it("names every column of every kind", () => {
    for (const columns of Object.values(IMPORT_HEADERS)) {
      for (const column of columns) expect(page).toContain(`\`${column.key}\``);
    }
  });
});
