import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aggregate, aggregateState, mergeStates, parseState } from "../../src/aggregate/index.js";
import { customPeriod, type Period, parsePeriod } from "../../src/core/index.js";
import { type FundingRecord, fundingSummary } from "../../src/funding/index.js";
import { fundingSummarySql, loadDataset, stateFromDatabase } from "../../src/sql/index.js";
import { recordArb } from "../support/funding.js";
import { viaJson } from "../support/helpers.js";
import { DATABASE_NAMES, openDatabases, type TestDatabase } from "./databases.js";

// The law of the issue for the funding summary: the state from SQL (contributions and
// expenses, two tables), merged with a state from JavaScript of another shard, finishes
// byte for byte as one JavaScript pass over everything, in each dialect.

const periodArb: fc.Arbitrary<Period | undefined> = fc.option(
  fc.constantFrom(
    parsePeriod("2022"),
    parsePeriod("2021-Q3"),
    parsePeriod("2022-03"),
    parsePeriod("2022-W01"),
    customPeriod("2021-11-01", "2022-10-31"),
  ),
  { nil: undefined },
);

const DAY = 86_400_000;
const dayAfter = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);

/** The days either side of a period's first and last days. */
function edgesOf(period: Period | undefined): string[] {
  if (period === undefined) return ["2022-01-01"];
  return [dayAfter(period.start, -1), period.start, period.end, dayAfter(period.end, 1)];
}

/** A record whose day is most often on an edge of the period, with a distinct id. */
const edgeRecordArb = (period: Period | undefined, i: number) =>
  fc
    .tuple(recordArb, fc.option(fc.constantFrom(...edgesOf(period)), { nil: undefined, freq: 3 }))
    .map(([r, day]): FundingRecord => {
      if (r.contribution) {
        const receivedOn = day ?? r.contribution.receivedOn;
        return { contribution: { ...r.contribution, id: `c-${i}`, receivedOn } };
      }
      const e = r.expense as NonNullable<FundingRecord["expense"]>;
      return { expense: { ...e, id: `e-${i}`, spentOn: day ?? e.spentOn } };
    });

/** A period, and records cut in two shards: the database's and JavaScript's. */
const caseArb = periodArb.chain((period) =>
  fc
    .integer({ min: 0, max: 40 })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => edgeRecordArb(period, i))))
    .chain((all) =>
      fc
        .nat({ max: all.length })
        .map((cut) => ({ period, all, inDb: all.slice(0, cut), inJs: all.slice(cut) })),
    ),
);

let databases: TestDatabase[] = [];
// Opening PGlite takes seconds on a busy machine: more than the default hook timeout.
beforeAll(async () => {
  databases = await openDatabases();
}, 60_000);
afterAll(async () => {
  for (const db of databases) await db.close();
});

async function reload(db: TestDatabase, records: readonly FundingRecord[]): Promise<void> {
  const kinds = ["contributions", "expenses"] as const;
  await loadDataset(db.client, {}, { kinds });
  for (const kind of kinds) await db.client.query(`DELETE FROM "${kind}"`);
  await loadDataset(
    db.client,
    {
      contributions: records.flatMap((r) => (r.contribution ? [r.contribution] : [])),
      expenses: records.flatMap((r) => (r.expense ? [r.expense] : [])),
    },
    { kinds, create: false },
  );
}

describe.each(DATABASE_NAMES)("the funding summary in SQL (%s)", (name) => {
  const db = () => databases.find((d) => d.name === name) as TestDatabase;

  it("merged with a JavaScript shard, finishes as one JavaScript pass", async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async ({ period, all, inDb, inJs }) => {
        const options = { period };
        const summary = fundingSummary(options);
        await reload(db(), inDb);
        const fromSql = viaJson(await stateFromDatabase(db().client, fundingSummarySql(options)));
        expect(() => parseState(summary, JSON.stringify(fromSql))).not.toThrow();
        const merged = mergeStates(summary, [fromSql, aggregateState(summary, inJs)]);
        expect(JSON.stringify(summary.finish(merged))).toBe(
          JSON.stringify(aggregate(summary, all)),
        );
      }),
      { numRuns: 40 },
    );
  });

  it("reads an old payer code under the code it stands for, and a prefix", async () => {
    const client = db().client;
    const records = {
      contributions: [
        {
          id: "c-1",
          unitCode: "20347",
          contributorKind: "households" as const,
          amount: 500_000,
          receivedOn: "2022-04-10",
          funds: { kind: "cameras" as const },
        },
      ],
      expenses: [],
    };
    await loadDataset(client, records, { kinds: ["contributions", "expenses"], prefix: "p_" });
    const state = await stateFromDatabase(client, fundingSummarySql({ prefix: "p_" }));
    const summary = fundingSummary().finish(state);
    expect(summary.contributions.byContributorKind).toEqual({
      household: { count: 1, amount: 500_000 },
    });
    expect(summary.contributions.bySource).toEqual({ community: { count: 1, amount: 500_000 } });
    expect(summary.expenses.count).toBe(0);
  });
});
