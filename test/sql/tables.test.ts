import { readFileSync } from "node:fs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PERIOD_UNITS, periodKeyOf } from "../../src/core/index.js";
import type { Incident } from "../../src/incidents/index.js";
import { periodKeySql, vietnamTime } from "../../src/sql/dialect.js";
import {
  createTablesSql,
  incidentSummarySql,
  loadDataset,
  readRecords,
  SQL_RECORD_KINDS,
  type SqlClient,
  sqlTableOf,
} from "../../src/sql/index.js";
import { writeInstant } from "../support/helpers.js";
import { DATABASE_NAMES, openDatabases, type TestDatabase } from "./databases.js";

const sample = JSON.parse(
  readFileSync(new URL("../../examples/data/tho-xuan-2024.json", import.meta.url), "utf8"),
);

let databases: TestDatabase[] = [];
// PGlite starts Postgres (WebAssembly) in this process: seconds, more on a busy machine.
beforeAll(async () => {
  databases = await openDatabases();
}, 120_000);
afterAll(async () => {
  for (const db of databases) await db.close();
});

const theft: Incident = {
  id: "vv-1",
  category: "theft",
  occurredAt: "2024-03-07T01:40:00+07:00",
  unitCode: "15532",
  detectedBy: "report",
  status: "received",
};

async function count(client: SqlClient, table: string): Promise<number> {
  const [row] = await client.query(`SELECT count(*) AS n FROM "${table}"`);
  return Number(row?.["n"]);
}

/** JSON with the keys of every object sorted. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** A record with the instants at these paths written in UTC, as the tables give them back. */
function inUtc(record: Record<string, unknown>, paths: readonly (readonly string[])[]) {
  const copy = structuredClone(record);
  for (const path of paths) {
    let into: Record<string, unknown> | undefined = copy;
    for (const key of path.slice(0, -1)) into = into?.[key] as Record<string, unknown> | undefined;
    const last = path[path.length - 1] as string;
    const value = into?.[last];
    if (into !== undefined && typeof value === "string") {
      into[last] = new Date(Date.parse(value)).toISOString();
    }
  }
  return copy;
}

describe("the table layout", () => {
  it("names columns after the fields, flattens objects and marks the presence of optional ones", () => {
    const columns = sqlTableOf("incidents").columns;
    const byName = new Map(columns.map((c) => [c.name, c]));
    expect(byName.get("occurred_at")?.type).toBe("timestamp");
    expect(byName.get("clarified_on")?.type).toBe("date");
    expect(byName.get("clarified_by")?.type).toBe("text[]");
    expect(byName.get("casualties_deaths")).toMatchObject({ type: "bigint", minimum: 0 });
    expect(byName.get("casualties_given")).toMatchObject({ type: "boolean", presence: true });
    expect(byName.get("category")?.codes).toContain("theft");
    expect(byName.get("ext")?.type).toBe("json");
    expect(byName.get("id")?.required).toBe(true);
    expect(byName.get("legal_class")?.required).toBe(false);
  });

  it("gives activities, a union of kinds, the columns of every kind", () => {
    const names = sqlTableOf("activities").columns.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(["kind", "started_at", "received_at", "topic"]));
  });

  it("refuses rows no summary query gives, and counts that are not whole numbers", () => {
    const summary = incidentSummarySql();
    expect(() => summary.state([[{ m: "nope", k: null, n: 1 }]])).toThrow(
      /Unknown summary row "nope": not a row of the incident summary's queries \(Dòng tổng hợp/,
    );
    expect(() => summary.state([[{ m: "total", k: null, n: 1.5 }]])).toThrow(
      /Column n of a summary row is not a whole number: 1.5/,
    );
    expect(() => summary.state([[{ m: "total", k: null, n: "x" }]])).toThrow(/not a whole number/);
    const state = summary.state([
      [
        { m: "total", k: null, n: 2n },
        { m: "category", k: "theft", n: "2" },
      ],
    ]);
    expect([state.total, state.byCategory["theft"]]).toEqual([2, 2]);
  });

  it("refuses an unknown kind, dialect or prefix, naming it in English and Vietnamese", () => {
    expect(() => sqlTableOf("people" as never)).toThrow(
      /Unknown record kind "people".*Loại bản ghi/,
    );
    expect(() => createTablesSql("mysql" as never)).toThrow(/Invalid SQL dialect "mysql".*SQL/);
    expect(() => createTablesSql("duckdb", { prefix: "x; DROP" })).toThrow(/Invalid table prefix/);
  });
});

describe.each(DATABASE_NAMES)("tables and loading (%s)", (name) => {
  const db = () => databases.find((d) => d.name === name) as TestDatabase;

  it("creates every table and loads the sample dataset, every record of it", async () => {
    const client = db().client;
    const written = await loadDataset(client, sample, { prefix: "sample_" });
    for (const kind of SQL_RECORD_KINDS) {
      const records = (sample[kind] ?? []) as unknown[];
      expect(written[kind]).toBe(records.length);
      expect(await count(client, `sample_${kind}`)).toBe(records.length);
    }
    expect(written.incidents).toBeGreaterThan(800);
  });

  it("reads every record of the sample back as it was written, instants in UTC", async () => {
    const client = db().client;
    await loadDataset(client, sample, { prefix: "back_" });
    for (const kind of SQL_RECORD_KINDS) {
      const table = sqlTableOf(kind);
      const instants = table.columns.filter((c) => c.type === "timestamp").map((c) => c.path);
      const expected = ((sample[kind] ?? []) as Record<string, unknown>[]).map((record) =>
        canonical(inUtc(record, instants)),
      );
      const actual = (await readRecords(client, kind, { prefix: "back_" })).map((record) =>
        canonical(record),
      );
      expect([kind, actual.sort()]).toEqual([kind, expected.sort()]);
    }
    const one = await readRecords(client, "incidents", {
      prefix: "back_",
      where: { unitCode: "15577" },
    });
    expect(one.length).toBeGreaterThan(0);
    expect(one.every((incident) => incident.unitCode === "15577")).toBe(true);
  });

  it("keeps what SQL can state: code lists, counts of at least 0, one row per id", async () => {
    const client = db().client;
    const options = { kinds: ["incidents"] as const, prefix: "checked_" };
    await loadDataset(client, { incidents: [theft] }, options);
    const refused = async (incident: unknown) =>
      loadDataset(client, { incidents: [incident as Incident] }, { ...options, create: false });
    await expect(refused({ ...theft, id: "vv-2", category: "arson" })).rejects.toThrow(
      /Writing incidents 1–1 \(first id "vv-2"\) into checked_incidents failed/,
    );
    await expect(refused({ ...theft, id: "vv-3", suspects: -1 })).rejects.toThrow(/vv-3/);
    await expect(
      refused({ ...theft, id: "vv-4", clarified: { on: "2024-03-08", by: ["magic"] } }),
    ).rejects.toThrow(/vv-4/);
    await expect(refused(theft)).rejects.toThrow(/vv-1/);
    expect(await count(client, "checked_incidents")).toBe(1);
  });

  it("keeps a list empty, absent or full as it was", async () => {
    const client = db().client;
    const options = { kinds: ["incidents"] as const, prefix: "lists_" };
    await loadDataset(
      client,
      {
        incidents: [
          theft,
          { ...theft, id: "vv-2", cameraIds: [] },
          { ...theft, id: "vv-3", cameraIds: ["cam-1", "cam-2"] },
        ],
      },
      options,
    );
    const rows = await client.query(
      `SELECT id, camera_ids IS NULL AS absent, ${name === "duckdb" ? "len(camera_ids)" : "cardinality(camera_ids)"} AS n FROM "lists_incidents" ORDER BY id`,
    );
    expect(rows.map((r) => [r["id"], r["absent"], r["n"] == null ? null : Number(r["n"])])).toEqual(
      [
        ["vv-1", true, null],
        ["vv-2", false, 0],
        ["vv-3", false, 2],
      ],
    );
  });

  it("puts every instant in the period periodKeyOf gives it, near midnights and year ends too", async () => {
    const client = db().client;
    const dialect = client.dialect;
    const keys = PERIOD_UNITS.map(
      (unit) => `${periodKeySql(dialect, vietnamTime('"occurred_at"'), unit)} AS "${unit}"`,
    ).join(", ");
    let table = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            ms: fc.oneof(
              // any instant of the supported years
              fc.integer({ min: Date.UTC(1900, 0, 2), max: Date.UTC(2999, 11, 30) }),
              // within a minute of a Vietnamese midnight at a year's end
              fc
                .record({
                  year: fc.integer({ min: 1901, max: 2998 }),
                  delta: fc.integer({ min: -60_000, max: 60_000 }),
                })
                .map(({ year, delta }) => Date.UTC(year, 0, 1) - 7 * 3_600_000 + delta),
            ),
            offset: fc.constantFrom(420, 0, -300, 540, 345),
            millis: fc.boolean(),
          }),
          { minLength: 1, maxLength: 30 },
        ),
        async (instants) => {
          const prefix = `keys${table++}_`;
          const incidents = instants.map(
            ({ ms, offset, millis }, i): Incident => ({
              ...theft,
              id: `vv-${i}`,
              occurredAt: writeInstant(ms, offset, millis),
            }),
          );
          await loadDataset(client, { incidents }, { kinds: ["incidents"], prefix });
          const rows = await client.query(`SELECT id, ${keys} FROM "${prefix}incidents"`);
          for (const row of rows) {
            const incident = incidents[Number(String(row["id"]).slice(3))] as Incident;
            for (const unit of PERIOD_UNITS) {
              expect([incident.occurredAt, unit, row[unit]]).toEqual([
                incident.occurredAt,
                unit,
                periodKeyOf(incident.occurredAt, unit),
              ]);
            }
          }
          await client.query(`DROP TABLE "${prefix}incidents"`);
        },
      ),
      { numRuns: 25 },
    );
  });
});
