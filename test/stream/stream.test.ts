// Reading datasets record by record: the NDJSON and JSON readers give every record that
// passes its schema, list every other with the path validateDataset gives it, and never
// hold the whole file.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Dataset,
  datasetToJSON,
  REPORT_COLLECTIONS,
  validateDataset,
} from "../../src/index.js";
import {
  type DatasetRecord,
  datasetToNDJSON,
  readDatasetJSON,
  readDatasetNDJSON,
  type TextSource,
} from "../../src/stream/index.js";

const text = readFileSync(
  new URL("../../examples/data/tho-xuan-2024.json", import.meta.url),
  "utf8",
);
const raw = JSON.parse(text) as Record<string, unknown>;
const sample = (() => {
  const result = validateDataset(raw);
  if (!result.success) throw new Error("the sample does not validate");
  return result.data;
})();

async function all<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of iterable) out.push(x);
  return out;
}

/** The text in chunks of `size` UTF-8 bytes (characters cut in the middle on purpose). */
function chunks(value: string, size: number): Uint8Array[] {
  const bytes = new TextEncoder().encode(value);
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

/** The records of a dataset in the order the readers give them. */
function recordsOf(dataset: Dataset): DatasetRecord[] {
  const out: DatasetRecord[] = [];
  for (const collection of Object.keys(dataset)) {
    const value = dataset[collection as keyof Dataset];
    if (!Array.isArray(value)) continue;
    for (const record of value) out.push({ collection, record } as DatasetRecord);
  }
  return out;
}

describe("datasetToNDJSON and readDatasetNDJSON", () => {
  const ndjson = [...datasetToNDJSON(sample)].join("");

  it("read back every record of the sample, parsed as validateDataset parses it", async () => {
    const stream = readDatasetNDJSON(chunks(ndjson, 997));
    const records = await all(stream);
    expect(records).toEqual(recordsOf(sample));
    expect(stream.issues).toEqual([]);
    expect(stream.header).toMatchObject({ schemaVersion: "1.0", name: sample.name });
    expect(stream.counts.records).toBe(records.length);
    expect(stream.counts.lines).toBe(records.length + 1);
  });

  it("gives only the collections asked for, and counts the others as skipped", async () => {
    const stream = readDatasetNDJSON([ndjson], { collections: ["incidents", "cameras"] });
    const records = await all(stream);
    expect(new Set(records.map((r) => r.collection))).toEqual(new Set(["incidents", "cameras"]));
    expect(records.length).toBe((sample.incidents?.length ?? 0) + (sample.cameras?.length ?? 0));
    expect(stream.counts.given + stream.counts.skipped + stream.counts.invalid).toBe(
      stream.counts.records,
    );
  });

  it("lists a bad record with validateDataset's path and message, and goes on", async () => {
    const broken = structuredClone(raw) as { incidents: Record<string, unknown>[] };
    (broken.incidents[3] as Record<string, unknown>)["category"] = "stealing";
    (broken.incidents[7] as Record<string, unknown>)["suspects"] = -1;
    const expected = validateDataset(broken).issues.map(({ path, code, message }) => ({
      path,
      code,
      message,
    }));
    const lines = [...datasetToNDJSON(broken as unknown as Dataset)].join("");
    const stream = readDatasetNDJSON([lines]);
    const records = await all(stream);
    expect(stream.issues.map(({ path, code, message }) => ({ path, code, message }))).toEqual(
      expected,
    );
    expect(stream.counts.invalid).toBe(2);
    expect(records.length).toBe(recordsOf(sample).length - 2);
  });

  it("has the same issues as validateDataset for any records broken anywhere", async () => {
    const incidents = (raw["incidents"] as Record<string, unknown>[]).slice(0, 30);
    // The slice refers to cameras it does not hold: those cross-record issues are not the
    // stream's to find.
    const across = new Set(
      validateDataset({ schemaVersion: "1.0", incidents }).issues.map((i) => i.code),
    );
    const field = fc.constantFrom("category", "occurredAt", "status", "suspects", "unitCode");
    const bad = fc.constantFrom(-1, "", "x", null, 1.5, "2024-13-01T00:00:00Z");
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(incidents.length - 1), field, bad), { maxLength: 5 }),
        async (edits) => {
          const copy = structuredClone(incidents);
          for (const [i, key, value] of edits) (copy[i] as Record<string, unknown>)[key] = value;
          const dataset = { schemaVersion: "1.0", incidents: copy };
          const expected = validateDataset(dataset).issues.filter((i) => !across.has(i.code));
          const stream = readDatasetNDJSON([...datasetToNDJSON(dataset as unknown as Dataset)]);
          const records = await all(stream);
          const pick = ({ path, code, message }: (typeof expected)[number]) => ({
            path,
            code,
            message,
          });
          expect(stream.issues.map(pick)).toEqual(expected.map(pick));
          expect(records.length + stream.counts.invalid).toBe(copy.length);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("lists lines that are not JSON or not records, with their line, and reads the rest", async () => {
    const lines = [
      '{"schemaVersion":"1.0"}',
      "not json",
      "",
      '{"collection":"incidents"}',
      '{"collection":"camera","record":{}}',
      "[1,2]",
      '{"collection":"teams","record":{"id":"t-1"}}',
    ].join("\r\n");
    const stream = readDatasetNDJSON([lines]);
    const records = await all(stream);
    expect(records).toEqual([]);
    expect(stream.issues.map((i) => [i.line, i.code])).toEqual([
      [2, "invalid-json"],
      [4, "invalid-record-line"],
      [5, "unknown-collection"],
      [6, "invalid-record-line"],
      ...stream.issues.filter((i) => i.line === 7).map(() => [7, expect.any(String)]),
    ]);
    expect(stream.issues.some((i) => i.line === 7 && i.path[0] === "teams")).toBe(true);
    expect(stream.counts.lines).toBe(7);
  });

  it("is read once, refuses a collection it does not know, and caps the issues listed", async () => {
    const stream = readDatasetNDJSON(["{}"]);
    await all(stream);
    expect(() => stream[Symbol.asyncIterator]()).toThrow(/read once/);
    expect(() => readDatasetNDJSON([], { collections: ["camera" as "cameras"] })).toThrow(
      /Unknown collection "camera"/,
    );
    const many = Array.from({ length: 50 }, () => "x").join("\n");
    const capped = readDatasetNDJSON([many], { maxIssues: 10 });
    await all(capped);
    expect(capped.issues.length).toBe(10);
    expect(capped.issuesOmitted).toBe(40);
  });

  it("reads a web ReadableStream of bytes", async () => {
    const body = new Blob([ndjson]).stream() as ReadableStream<Uint8Array>;
    const records = await all(readDatasetNDJSON(body as TextSource, { collections: ["models"] }));
    expect(records.length).toBe(sample.models?.length);
  });
});

describe("readDatasetJSON", () => {
  it("reads every record of the sample's JSON, in chunks of any size", async () => {
    const json = datasetToJSON(sample);
    for (const size of [1013, 65_536]) {
      const stream = readDatasetJSON(chunks(json, size));
      const records = await all(stream);
      expect(records).toEqual(recordsOf(sample));
      expect(stream.header).toMatchObject({ schemaVersion: "1.0", name: sample.name });
      expect(stream.issues).toEqual([]);
    }
  });

  it("has validateDataset's issues for bad records, and stops at text that is not JSON", async () => {
    const broken = structuredClone(raw) as { incidents: Record<string, unknown>[] };
    (broken.incidents[2] as Record<string, unknown>)["status"] = "solved";
    const expected = validateDataset(broken).issues.map((i) => [i.path, i.code]);
    const stream = readDatasetJSON([JSON.stringify(broken)], { collections: REPORT_COLLECTIONS });
    await all(stream);
    expect(stream.issues.map((i) => [i.path, i.code])).toEqual(expected);

    const cut = readDatasetJSON(['{"schemaVersion":"1.0","incidents":[{"id":']);
    const bad = readDatasetJSON(['{"schemaVersion":"1.0","incidents":[}']);
    await all(cut);
    await all(bad);
    expect(bad.issues.map((i) => i.code)).toEqual(["invalid-json"]);
    expect(cut.header).toBeUndefined();
  });
});
