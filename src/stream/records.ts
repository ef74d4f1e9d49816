// Records for a report from one (async) iterable per collection.
import { REPORT_COLLECTIONS, type ReportCollection, type ReportRecord } from "../reports/index.js";

/** A record of a collection a report counts. */
type RecordOf<C extends ReportCollection> = Extract<ReportRecord, { collection: C }>["record"];

/**
 * The records a report reads, from one iterable or async iterable per collection (a
 * database cursor, a message queue, a file read record by record), as
 * `ReportRecord`s: one collection after another, each read once.
 *
 * @param sources - an iterable or async iterable of records per collection; collections
 *   left out have none
 * @returns the records, one at a time
 * @category Streaming
 * @example
 * ```ts
 * import { aggregate, unitReport } from "antt";
 * import { reportRecords } from "antt/stream";
 * async function* incidents() {
 *   yield { id: "vv-1", category: "theft" as const, occurredAt: "2024-03-07T22:15:00+07:00",
 *     unitCode: "15532", detectedBy: "patrol" as const, status: "investigating" as const };
 * }
 * const report = await aggregate(
 *   unitReport({ unit: "15532", period: "2024",
 *     units: [{ code: "15532", name: "Xã Xuân Sinh", level: "commune", type: "commune" }] }),
 *   reportRecords({ incidents: incidents() }),
 * );
 * report.figures.incidents.total; // 1
 * ```
 */
export async function* reportRecords(
  sources: {
    readonly [C in ReportCollection]?: Iterable<RecordOf<C>> | AsyncIterable<RecordOf<C>>;
  },
): AsyncGenerator<ReportRecord> {
  for (const collection of REPORT_COLLECTIONS) {
    const source = sources[collection];
    if (source === undefined) continue;
    for await (const record of source as AsyncIterable<RecordOf<typeof collection>>) {
      yield { collection, record } as ReportRecord;
    }
  }
}
