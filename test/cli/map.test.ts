// `antt map`: incidents as a map safe to publish by default, the exact points by name, and
// bad options refused before any file is read, naming the flag.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  incidentsToGeoJSON,
  toGeoJSON,
  toPublicGeoJSON,
  validateDataset,
} from "../../src/index.js";
import { antt, THO_XUAN, workspace } from "./support.js";

let dir: string;
beforeAll(() => {
  dir = workspace();
});
const cli = (args: string[], options: Parameters<typeof antt>[1] | object = {}) =>
  antt(args, { cwd: dir, ...options });

const sample = validateDataset(JSON.parse(readFileSync(THO_XUAN, "utf8")));
if (!sample.success) throw new Error("the sample dataset is valid");
const { incidents, cameras } = sample.data;

describe("antt map", () => {
  it("writes the public map of the incidents by default, and says what it left out", async () => {
    const r = await cli(["map", "tho-xuan.json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(incidentsToGeoJSON(incidents))));
    expect(r.stderr).toBe(
      "76 cells, 586/832 incidents; 246 suppressed in 106 cells under 5; 0 without a location\n",
    );
    for (const incident of incidents.slice(0, 20)) expect(r.stdout).not.toContain(incident.id);
  });

  it("takes the grid, k and the camera points, and says it in Vietnamese", async () => {
    const r = await cli(
      ["map", "tho-xuan.ndjson", "--cameras", "--grid-degrees", "0.02", "--k", "8"],
      {
        env: { LANG: "vi_VN" },
      },
    );
    expect(r.code).toBe(0);
    const expected = toPublicGeoJSON(cameras, { grid: { degrees: 0.02 }, k: 8 });
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(r.stderr).toContain(`${expected.features.length} ô`);
    expect(r.stderr).toContain("điểm camera");
  });

  it("writes the exact points only with --exact, to a file", async () => {
    const r = await cli(["map", "tho-xuan.json", "--exact", "-o", "exact.geojson"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "exact.geojson"), "utf8"))).toEqual(
      JSON.parse(JSON.stringify(toGeoJSON(incidents))),
    );
    expect(r.stderr).toContain("Exact points, for use inside the police only: 832 incidents");
    expect(r.stderr).toContain("Wrote exact.geojson");
  });

  it.each([
    [["--k", "0"], "antt: ANTT-E846 --k: k must be a whole number, 1 or more"],
    [["--k", "2.5"], "antt: ANTT-E846 --k: k must be a whole number"],
    [
      ["--grid-metres", "-5"],
      "antt: ANTT-E846 --grid-metres: grid.metres must be a number, 1 or more",
    ],
    [["--grid-metres", "abc"], "not NaN"],
    [["--grid-degrees", "0"], "antt: ANTT-E846 --grid-degrees: grid.degrees must be"],
    [["--grid-metres", "500", "--grid-degrees", "1"], "not both"],
    [["--exact", "--k", "3"], "--exact writes the exact points"],
  ])("refuses %j before reading the dataset, exit code 2", async (flags, message) => {
    const r = await cli(["map", "no-such-file.json", ...flags, "-o", "m.geojson"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr.split("\n").length).toBe(2);
    expect(existsSync(join(dir, "m.geojson"))).toBe(false);
  });

  it("names the flag in Vietnamese too", async () => {
    const r = await cli(["map", "tho-xuan.json", "--k", "0"], { env: { LANG: "vi" } });
    expect(r.stderr).toBe(
      "antt: ANTT-E846 --k: k phải là số nguyên từ 1 trở lên (số bản ghi ít nhất của một ô được công bố), không được là 0\n",
    );
  });

  it("makes no map of a dataset with errors, and leaves no output file", async () => {
    const r = await cli(["map", "bad.json", "-o", "bad.geojson"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("bad.json has 2 errors, so no map was made");
    expect(existsSync(join(dir, "bad.geojson"))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
