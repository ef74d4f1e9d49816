import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { type Dataset, DatasetSchema } from "../../src/index.js";
import {
  consentIssues,
  type PersonalDataHolding,
  personalDataOf,
  REDACTED,
  RedactionError,
  redact,
  type SharingLevel,
} from "../../src/privacy/index.js";
import { describeProblem } from "../../src/problems/index.js";
import { datasetArb } from "./arbitraries.js";

/** The value at a dotted path of a record. */
function at(record: unknown, path: string): unknown {
  let value = record;
  for (const step of path.split(".")) value = (value as Record<string, unknown>)[step];
  return value;
}

/** Every marked value of a dataset, found by walking the schemas' markers. */
function markedValues(dataset: Dataset): unknown[] {
  return personalDataOf(dataset).flatMap((holding) =>
    holding.fields.map((field) => at(dataset[holding.collection][holding.index], field.path)),
  );
}

/** The string leaves of a value. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

const team = {
  id: "to-3",
  kind: "self-governing",
  name: "Tổ tự quản thôn 3",
  unitCode: "15532",
  foundedOn: "2020-01-01",
  householdCount: 2,
  households: [
    { id: "ho-1", headName: "Nguyễn Văn An", address: "Kiệt 12 Trần Phú", phone: "0912000001" },
    {
      id: "ho-2",
      headName: "Trần Thị Bình",
      phone: "0912000002",
      consent: { givenOn: "2026-01-05", shareWith: ["commune"] },
    },
  ],
  memberCounts: { leader: 1, deputy: 0, member: 1 },
  members: [
    { name: "Lê Văn Cường", role: "leader", phone: "0912000003" },
    {
      name: "Phạm Thị Dung",
      role: "member",
      phone: "0912000004",
      consent: { givenOn: "2026-01-05", withdrawnOn: "2026-02-01" },
    },
  ],
  ext: { zalo: "nhom-thon-3" },
};

const dataset = DatasetSchema.parse({
  schemaVersion: "1.0",
  teams: [team],
  incidents: [
    {
      id: "vv-1",
      category: "theft",
      occurredAt: "2024-03-07T01:40:00+07:00",
      unitCode: "15532",
      detectedBy: "report",
      status: "received",
      address: "Số 4 thôn 3",
      description: "Ông X khai bị mất xe máy",
    },
  ],
  extractions: [
    {
      id: "tx-1",
      unitCode: "15532",
      cameraIds: ["cam-1"],
      requestedAt: "2024-03-07T08:00:00+07:00",
      requestedBy: "Thượng úy Hoàng Văn Em",
      footageFrom: "2024-03-07T01:00:00+07:00",
      footageTo: "2024-03-07T02:30:00+07:00",
      purpose: "incident-investigation",
      outcome: "pending",
    },
  ],
});

describe("personalDataOf", () => {
  it("lists each record that holds personal data, with its fields and kinds", () => {
    const list = personalDataOf(dataset);
    expect(list.map((h) => [h.collection, h.id, h.kinds])).toEqual([
      ["teams", "to-3", ["basic"]],
      ["incidents", "vv-1", ["basic", "sensitive"]],
      ["extractions", "tx-1", ["basic"]],
    ]);
    expect(list[0]?.fields.map((f) => f.path)).toEqual([
      "households.0.headName",
      "households.1.headName",
      "households.0.address",
      "households.0.phone",
      "households.1.phone",
      "members.0.name",
      "members.1.name",
      "members.0.phone",
      "members.1.phone",
    ]);
    expect(list[1]?.fields).toEqual([
      { path: "address", kind: "basic" },
      { path: "description", kind: "sensitive" },
    ]);
  });

  it("leaves out records without personal data", () => {
    const bare = DatasetSchema.parse({
      schemaVersion: "1.0",
      incidents: [{ ...dataset.incidents[0], address: undefined, description: undefined }],
    });
    expect(personalDataOf(bare)).toEqual([]);
  });

  it("has a type an app can use", () => {
    expectTypeOf(personalDataOf).returns.toEqualTypeOf<PersonalDataHolding[]>();
  });
});

describe("redact", () => {
  it("hides who handled footage in a custody log, at the public level", () => {
    const withCustody = DatasetSchema.parse({
      schemaVersion: "1.0",
      extractions: [
        {
          ...dataset.extractions[0],
          custody: [
            {
              at: "2024-03-07T09:00:00+07:00",
              action: "viewed",
              by: "Đại úy Lê Văn B",
              reason: "Xác minh",
            },
            {
              at: "2024-03-07T10:00:00+07:00",
              action: "handed-over",
              by: "Đại úy Lê Văn B",
              reason: "Chuyển hồ sơ",
              to: "Công an huyện Thọ Xuân",
            },
          ],
        },
      ],
    });
    expect(personalDataOf(withCustody)[0]?.fields.map((f) => f.path)).toEqual(
      expect.arrayContaining(["custody.0.by", "custody.1.by"]),
    );
    const copy = redact(withCustody, "public");
    // The body a hand-over went to is kept: the schema needs it, and it names a body.
    expect(copy.extractions[0]?.custody?.map((e) => [e.by, e.to])).toEqual([
      [REDACTED, undefined],
      [REDACTED, "Công an huyện Thọ Xuân"],
    ]);
    expect(JSON.stringify(copy)).not.toContain("Lê Văn B");
    expect(DatasetSchema.safeParse(copy).success).toBe(true);
  });

  it("removes every marked field at the public level, and every ext", () => {
    const copy = redact(dataset, "public");
    const copied = copy.teams[0];
    expect(copied?.households?.[0]).toEqual({ id: "ho-1", headName: REDACTED });
    expect(copied?.members?.[0]).toEqual({ name: REDACTED, role: "leader" });
    expect(copied?.ext).toBeUndefined();
    expect(copy.incidents[0]?.address).toBeUndefined();
    expect(copy.incidents[0]?.description).toBeUndefined();
    expect(copy.extractions[0]?.requestedBy).toBe(REDACTED);
    expect(DatasetSchema.safeParse(copy).success).toBe(true);
  });

  it("keeps basic data for another agency but not sensitive data, nor a withdrawn person's", () => {
    const copy = redact(dataset, "agency");
    expect(copy.teams[0]?.members?.[0]?.phone).toBe("0912000003");
    expect(copy.teams[0]?.members?.[1]).toEqual({
      name: REDACTED,
      role: "member",
      consent: { givenOn: "2026-01-05", withdrawnOn: "2026-02-01" },
    });
    expect(copy.incidents[0]?.address).toBe("Số 4 thôn 3");
    expect(copy.incidents[0]?.description).toBeUndefined();
    expect(copy.extractions[0]?.requestedBy).toBe("Thượng úy Hoàng Văn Em");
  });

  it("keeps a person's details from an agency their consent does not name", () => {
    const forPolice = redact(dataset, "agency", { recipient: "police" });
    expect(forPolice.teams[0]?.households?.[1]?.headName).toBe(REDACTED);
    expect(forPolice.teams[0]?.households?.[1]?.phone).toBeUndefined();
    // No consent recorded: the movement's public task is the basis, and the details stay.
    expect(forPolice.teams[0]?.households?.[0]?.phone).toBe("0912000001");
    const forCommune = redact(dataset, "agency", { recipient: "commune" });
    expect(forCommune.teams[0]?.households?.[1]?.phone).toBe("0912000002");
  });

  it("keeps everything internally except a withdrawn person's details", () => {
    const copy = redact(dataset, "internal");
    expect(copy.incidents[0]?.description).toBe("Ông X khai bị mất xe máy");
    expect(copy.teams[0]?.households?.[1]?.phone).toBe("0912000002");
    expect(copy.teams[0]?.members?.[1]?.phone).toBeUndefined();
    expect(copy.teams[0]?.members?.[1]?.name).toBe(REDACTED);
    expect(copy.teams[0]?.ext).toEqual({ zalo: "nhom-thon-3" });
  });

  it("honours a withdrawal from its day on, when the day of the copy is given", () => {
    expect(redact(dataset, "internal", { on: "2026-01-31" }).teams[0]?.members?.[1]?.phone).toBe(
      "0912000004",
    );
    expect(
      redact(dataset, "internal", { on: "2026-02-01" }).teams[0]?.members?.[1]?.phone,
    ).toBeUndefined();
  });

  it("has types an app can use without casts", () => {
    expectTypeOf(redact).returns.toEqualTypeOf<Dataset>();
    expectTypeOf(redact).parameter(1).toEqualTypeOf<"public" | "agency" | "internal">();
  });

  it("never changes its input", () => {
    const before = structuredClone(dataset);
    for (const level of ["public", "agency", "internal"] as const) redact(dataset, level);
    expect(dataset).toEqual(before);
  });

  it("rejects an unknown level, recipient or day with a catalogued code, in both languages", () => {
    const attempt = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const level = attempt(() => redact(dataset, "press" as SharingLevel));
    expect(level).toBeInstanceOf(RedactionError);
    expect((level as RedactionError).code).toBe("unknown-sharing-level");
    expect((level as RedactionError).vi).toContain("Mức chia sẻ");
    const recipient = attempt(() =>
      redact(dataset, "agency", { recipient: "bank" as unknown as "police" }),
    );
    expect((recipient as RedactionError).code).toBe("unknown-consent-recipient");
    const day = attempt(() => redact(dataset, "agency", { on: "2026-02-30" }));
    expect((day as RedactionError).code).toBe("invalid-day");
    for (const error of [level, recipient, day]) {
      expect(describeProblem((error as RedactionError).code)?.id).toMatch(/^ANTT-E92\d$/);
    }
  });

  describe("laws, for any generated dataset", () => {
    it("a public copy holds none of the marked values, found by walking the schemas", () => {
      fc.assert(
        fc.property(datasetArb, (input) => {
          const json = JSON.stringify(redact(input, "public"));
          // A value may legitimately stay when an unmarked field holds it too (fast-check
          // gives two fields the same token at times, "constructor" say): it must then be
          // found more often in the input than at its marked places.
          const marked = markedValues(input).flatMap(strings);
          const timesIn = (list: readonly string[], value: string) =>
            list.filter((v) => v === value).length;
          const everywhere = strings(input);
          for (const value of marked) {
            if (timesIn(everywhere, value) > timesIn(marked, value)) continue;
            expect(json).not.toContain(JSON.stringify(value));
          }
          // What stays at a marked place is only the placeholder.
          for (const value of markedValues(redact(input, "public"))) {
            expect([REDACTED, []]).toContainEqual(value);
          }
        }),
        { numRuns: 200 },
      );
    });

    it("a public copy still parses, and redacting it again changes nothing", () => {
      fc.assert(
        fc.property(datasetArb, (input) => {
          const once = redact(input, "public");
          expect(DatasetSchema.parse(once)).toEqual(once);
          expect(redact(once, "public")).toEqual(once);
        }),
        { numRuns: 100 },
      );
    });

    it("no copy holds the details of a person whose consent is withdrawn", () => {
      fc.assert(
        fc.property(
          datasetArb,
          fc.constantFrom<SharingLevel>("public", "agency", "internal"),
          (input, level) => {
            const copy = redact(input, level);
            for (const issue of consentIssues(copy)) {
              throw new Error(`kept after withdrawal: ${issue.path.join(".")}`);
            }
          },
        ),
        { numRuns: 100 },
      );
    });

    it("an internal copy of a dataset without withdrawals is the dataset", () => {
      fc.assert(
        fc.property(datasetArb, (input) => {
          fc.pre(consentIssues(input).length === 0);
          expect(redact(input, "internal")).toEqual(input);
        }),
        { numRuns: 100 },
      );
    });
  });
});

describe("consentIssues", () => {
  it("warns once per person whose details are kept after a withdrawal", () => {
    const issues = consentIssues(dataset);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toEqual(["teams", 0, "members", 1]);
    expect(issues[0]?.code).toBe("personal-data-after-withdrawal");
    expect(issues[0]?.message.vi).toContain("01/02/2026");
    expect(describeProblem("personal-data-after-withdrawal")?.id).toBe("ANTT-W920");
  });

  it("counts a withdrawal only from its day, when a day is given", () => {
    expect(consentIssues(dataset, { on: "2026-01-31" })).toEqual([]);
  });
});
