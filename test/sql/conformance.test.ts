import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aggregate, aggregateState, mergeStates, parseState } from "../../src/aggregate/index.js";
import {
  customPeriod,
  PERIOD_UNITS,
  type Period,
  type PeriodUnit,
  parsePeriod,
} from "../../src/core/index.js";
import {
  type Incident,
  incidentSummary,
  incidentSummaryByUnitAndPeriod,
} from "../../src/incidents/index.js";
import {
  incidentSummaryByUnitAndPeriodSql,
  incidentSummarySql,
  loadDataset,
  stateFromDatabase,
} from "../../src/sql/index.js";
import { viaJson } from "../support/helpers.js";
import { incidentArb } from "../support/incidents.js";
import { openDatabases, type TestDatabase } from "./databases.js";

// The law of the issue: for any dataset, the figures from SQL states, merged with states
// from JavaScript on other shards, equal one JavaScript pass over everything, byte for
// byte, in each dialect.

const periodArb: fc.Arbitrary<Period | undefined> = fc.option(
  fc.constantFrom(
    parsePeriod("2024"),
    parsePeriod("2024-H1"),
    parsePeriod("2023-Q4"),
    parsePeriod("2024-03"),
    parsePeriod("2024-W01"),
    customPeriod("2023-11-01", "2024-10-31"),
  ),
  { nil: undefined },
);

/** Incidents with distinct ids, cut in two shards: the database's and JavaScript's. */
const shardsArb = fc
  .uniqueArray(incidentArb, { maxLength: 40, selector: (i) => i.id })
  .chain((all) =>
    fc
      .nat({ max: all.length })
      .map((cut) => ({ all, inDb: all.slice(0, cut), inJs: all.slice(cut) })),
  );

let databases: TestDatabase[] = [];
beforeAll(async () => {
  databases = await openDatabases();
});
afterAll(async () => {
  for (const db of databases) await db.close();
});

async function reload(db: TestDatabase, incidents: readonly Incident[]): Promise<void> {
  await loadDataset(db.client, {}, { kinds: ["incidents"] });
  await db.client.query('DELETE FROM "incidents"');
  await loadDataset(
    db.client,
    { incidents: [...incidents] },
    { kinds: ["incidents"], create: false },
  );
}

const RUNS = 40;

describe.each(["duckdb", "pglite"])("the incident summary in SQL (%s)", (name) => {
  const db = () => databases.find((d) => d.name === name) as TestDatabase;

  it("merged with JavaScript shards, finishes as one JavaScript pass", async () => {
    await fc.assert(
      fc.asyncProperty(shardsArb, periodArb, async ({ all, inDb, inJs }, period) => {
        const options = { period };
        const summary = incidentSummary(options);
        await reload(db(), inDb);
        // Shipped as JSON, as a state from a database server would be.
        const fromSql = viaJson(await stateFromDatabase(db().client, incidentSummarySql(options)));
        expect(() => parseState(summary, JSON.stringify(fromSql))).not.toThrow();
        const merged = mergeStates(summary, [fromSql, aggregateState(summary, inJs)]);
        expect(JSON.stringify(summary.finish(merged))).toBe(
          JSON.stringify(aggregate(summary, all)),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it("by unit and period, in every period unit, merges and finishes as one JavaScript pass", async () => {
    await fc.assert(
      fc.asyncProperty(
        shardsArb,
        periodArb,
        fc.constantFrom<PeriodUnit>(...PERIOD_UNITS),
        async ({ all, inDb, inJs }, period, periodUnit) => {
          const options = { period, periodUnit };
          const grouped = incidentSummaryByUnitAndPeriod(options);
          await reload(db(), inDb);
          const fromSql = viaJson(
            await stateFromDatabase(db().client, incidentSummaryByUnitAndPeriodSql(options)),
          );
          expect(() => parseState(grouped, JSON.stringify(fromSql))).not.toThrow();
          const merged = mergeStates(grouped, [aggregateState(grouped, inJs), fromSql]);
          expect(JSON.stringify(grouped.finish(merged))).toBe(
            JSON.stringify(aggregate(grouped, all)),
          );
        },
      ),
      { numRuns: RUNS },
    );
  });
});
