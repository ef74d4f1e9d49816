import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  aggregate,
  aggregateState,
  byUnitAndPeriod,
  mergeStates,
  parseState,
} from "../../src/aggregate/index.js";
import {
  customPeriod,
  PERIOD_UNITS,
  type Period,
  type PeriodUnit,
  parsePeriod,
} from "../../src/core/index.js";
import {
  extractionSummary,
  type FootageExtraction,
  type Incident,
  incidentSummary,
  incidentSummaryByUnitAndPeriod,
} from "../../src/incidents/index.js";
import {
  extractionSummaryByUnitAndPeriodSql,
  extractionSummarySql,
  incidentSummaryByUnitAndPeriodSql,
  incidentSummarySql,
  loadDataset,
  stateFromDatabase,
} from "../../src/sql/index.js";
import { extractionArb, INCIDENT_IDS } from "../support/extractions.js";
import { viaJson } from "../support/helpers.js";
import { incidentArb } from "../support/incidents.js";
import { DATABASE_NAMES, openDatabases, type TestDatabase } from "./databases.js";

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
// PGlite starts Postgres (WebAssembly) in this process: seconds, more on a busy machine.
beforeAll(async () => {
  databases = await openDatabases();
}, 120_000);
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

describe.each(DATABASE_NAMES)("the incident summary in SQL (%s)", (name) => {
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

/** Extractions with distinct ids cut in two shards, and the incidents some of them served. */
const extractionShardsArb = fc
  .record({
    all: fc.uniqueArray(extractionArb, { maxLength: 40, selector: (x) => x.id }),
    // Some of the incidents the extractions name are known, some are not.
    known: fc.subarray([...INCIDENT_IDS]),
    categories: fc.array(fc.constantFrom("theft", "fraud", "traffic-accident" as const), {
      minLength: INCIDENT_IDS.length,
      maxLength: INCIDENT_IDS.length,
    }),
  })
  .chain(({ all, known, categories }) =>
    fc.nat({ max: all.length }).map((cut) => ({
      all,
      inDb: all.slice(0, cut),
      inJs: all.slice(cut),
      incidents: known.map(
        (id, i): Incident => ({
          id,
          category: categories[i] ?? "theft",
          occurredAt: "2023-12-31T23:30:00+07:00",
          unitCode: "15532",
          detectedBy: "report",
          status: "received",
        }),
      ),
    })),
  );

async function reloadExtractions(
  db: TestDatabase,
  extractions: readonly FootageExtraction[],
  incidents: readonly Incident[],
): Promise<void> {
  const kinds = ["incidents", "extractions"] as const;
  await loadDataset(db.client, {}, { kinds });
  await db.client.query('DELETE FROM "incidents"');
  await db.client.query('DELETE FROM "extractions"');
  await loadDataset(
    db.client,
    { incidents: [...incidents], extractions: [...extractions] },
    { kinds, create: false },
  );
}

describe.each(DATABASE_NAMES)("the extraction summary in SQL (%s)", (name) => {
  const db = () => databases.find((d) => d.name === name) as TestDatabase;

  it("merged with JavaScript shards, finishes as one JavaScript pass, with or without the incidents looked up", async () => {
    await fc.assert(
      fc.asyncProperty(
        extractionShardsArb,
        periodArb,
        fc.boolean(),
        async ({ all, inDb, inJs, incidents }, period, joinIncidents) => {
          const summary = extractionSummary({ period, ...(joinIncidents && { incidents }) });
          await reloadExtractions(db(), inDb, incidents);
          const fromSql = viaJson(
            await stateFromDatabase(db().client, extractionSummarySql({ period, joinIncidents })),
          );
          expect(() => parseState(summary, JSON.stringify(fromSql))).not.toThrow();
          const merged = mergeStates(summary, [aggregateState(summary, inJs), fromSql]);
          expect(JSON.stringify(summary.finish(merged))).toBe(
            JSON.stringify(aggregate(summary, all)),
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("by unit and period merges and finishes as one JavaScript pass", async () => {
    await fc.assert(
      fc.asyncProperty(
        extractionShardsArb,
        periodArb,
        fc.constantFrom<PeriodUnit>(...PERIOD_UNITS),
        async ({ all, inDb, inJs, incidents }, period, periodUnit) => {
          const grouped = byUnitAndPeriod(extractionSummary({ period, incidents }), {
            unitOf: (x: FootageExtraction) => x.unitCode,
            dateOf: (x: FootageExtraction) => x.requestedAt,
            periodUnit,
          });
          await reloadExtractions(db(), inDb, incidents);
          const fromSql = viaJson(
            await stateFromDatabase(
              db().client,
              extractionSummaryByUnitAndPeriodSql({ period, periodUnit, joinIncidents: true }),
            ),
          );
          const merged = mergeStates(grouped, [fromSql, aggregateState(grouped, inJs)]);
          expect(JSON.stringify(grouped.finish(merged))).toBe(
            JSON.stringify(aggregate(grouped, all)),
          );
        },
      ),
      { numRuns: RUNS },
    );
  });
});
