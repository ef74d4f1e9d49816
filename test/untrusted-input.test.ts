// Untrusted input: each defect class of the security review has a regression test here,
// named after it, and a fuzz test runs the whole boundary (validation, JSON, reports) over
// arbitrary and hostile values. The loaders, name matching and walks over the unit
// hierarchy are tested in test/admin, states in test/aggregate/state.test.ts and the
// JSON Schema patterns in test/interchange.

import { readFileSync } from "node:fs";
import fc from "fast-check";
import { marked } from "marked";
import { describe, expect, it } from "vitest";
import {
  buildUnitReport,
  CalendarDateSchema,
  DatasetSchema,
  datasetFromJSON,
  IdSchema,
  InstantSchema,
  MAX_VND,
  NameSchema,
  parsePeriod,
  periodKeyOf,
  previousPeriod,
  renderReport,
  summarizeTeams,
  type Team,
  type UnitReport,
  VndSchema,
  validateDataset,
  vietnamDateOf,
} from "../src/index.js";
import { rawDataset } from "./reports/fixture.js";
import { THANH_HOA } from "./support/records.js";

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();
const PROTOTYPE = prototypeKeys();

/** A public camera of Xuân Sinh, connected to the duty room, as raw JSON. */
const publicCamera = (id: string) => ({
  id,
  unitCode: "15532",
  ownerKind: "public",
  installedOn: "2020-05-01",
  connectedToDutyRoom: true,
  sharingTier: "live-view",
  coverage: ["road"],
  status: "active",
});

function expectNoThrow(run: () => unknown): void {
  expect(run).not.toThrow();
  expect(prototypeKeys()).toEqual(PROTOTYPE);
  expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
}

describe("untrusted input: never throws", () => {
  it.each(["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "prototype"])(
    "reports a top-level key %s as an issue",
    (key) => {
      const result = datasetFromJSON(`{"schemaVersion":"1.0","${key}":1}`);
      expect(result.success).toBe(false);
      expect(result.issues.length).toBeGreaterThan(0);
      expect(prototypeKeys()).toEqual(PROTOTYPE);
    },
  );

  it("reports a hole in a sparse array as a missing record", () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    const result = validateDataset({ schemaVersion: "1.0", cameras: [, ,] });
    expect(result.success).toBe(false);
    expect(result.issues.map((issue) => issue.path)).toEqual([
      ["cameras", 0],
      ["cameras", 1],
    ]);
  });

  it("turns a getter or a Proxy that throws into an issue", () => {
    const getter = { schemaVersion: "1.0" } as Record<string, unknown>;
    Object.defineProperty(getter, "cameras", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    const record = {};
    Object.defineProperty(record, "id", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    const trap = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("trap");
        },
        get() {
          throw new Error("trap");
        },
      },
    );
    for (const input of [
      getter,
      trap,
      { schemaVersion: "1.0", cameras: [record] },
      { schemaVersion: "1.0", cameras: [trap] },
    ]) {
      let result: ReturnType<typeof validateDataset> | undefined;
      expectNoThrow(() => {
        result = validateDataset(input);
      });
      expect(result?.success).toBe(false);
    }
  });

  it("never returns success for a dataset whose envelope is wrong, without parsing it twice", () => {
    const result = validateDataset({ schemaVersion: "2.0", cameras: [] });
    expect(result.success).toBe(false);
    expect(result.issues[0]?.path).toEqual(["schemaVersion"]);
  });

  it("gives the same data as the dataset schema for a valid dataset", () => {
    const text = readFileSync(
      new URL("../examples/data/hoi-an-2023.json", import.meta.url),
      "utf8",
    );
    const result = validateDataset(JSON.parse(text));
    expect(result.success).toBe(true);
    expect(result.issuesOmitted).toBe(0);
    expect(JSON.stringify(result.data)).toBe(JSON.stringify(DatasetSchema.parse(JSON.parse(text))));
  });

  it("reads JSON from bytes, with or without a byte order mark", () => {
    const text = '{"schemaVersion":"1.0","name":"Xã Xuân Sinh"}';
    const bytes = new TextEncoder().encode(`\uFEFF${text}`);
    expect(datasetFromJSON(bytes).success).toBe(true);
    expect(datasetFromJSON(Buffer.from(text)).success).toBe(true);
    expect(datasetFromJSON(`\uFEFF${text}`).success).toBe(true);
    expect(datasetFromJSON(new Uint8Array([0xff, 0xfe, 0x00])).issues[0]?.code).toBe(
      "invalid-json",
    );
    expect(datasetFromJSON(42 as never).issues[0]?.message.en).toContain("not number");
  });
});

describe("untrusted input: rendered reports carry no injected markup", () => {
  const HOSTILE = [
    "## heading",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    "a | b | c",
    "**bold** _it_ `code`",
    "<script>alert(1)</script>",
  ];

  it("names reject line breaks, control characters and bidi controls", () => {
    for (const bad of [
      "Xã\nXuân",
      "Xã\rXuân",
      "Xã\u202EnâuX",
      "Xã\u2066Xuân",
      "a\u0000b",
      "a\u2028b",
    ]) {
      expect(NameSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
      expect(IdSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
    const result = NameSchema.safeParse("Xã\n## Xuân");
    expect(result.success).toBe(false);
    expect(NameSchema.parse("  Xã Xuân Sinh ")).toBe("Xã Xuân Sinh");
    const dataset = validateDataset({ ...rawDataset(), name: "Bộ\ndữ liệu" });
    expect(dataset.issues[0]?.message.vi).toContain("một dòng");
  });

  function hostileReport(name: string): UnitReport {
    const raw = rawDataset();
    raw["name"] = name;
    raw["area"] = { unitCode: "412", name };
    raw["units"] = (raw["units"] as { code: string }[]).map((unit) =>
      unit.code === "412" ? { ...unit, name } : unit,
    );
    raw["models"] = (raw["models"] as object[]).map((model) => ({ ...model, name }));
    return buildUnitReport(DatasetSchema.parse(raw), { unit: "412", period: "2024" });
  }

  it.each(HOSTILE)("escapes %s in markdown, so that HTML from it holds no markup", (name) => {
    const report = hostileReport(name);
    for (const locale of ["vi", "en"] as const) {
      const markdown = renderReport(report, { locale, format: "markdown" });
      const html = marked.parse(markdown, { async: false });
      expect(html).not.toMatch(/<(img|script|a)\b/i);
      expect(html).not.toMatch(/javascript:[^<]*<\/a>|href="javascript/i);
      expect(html).not.toMatch(/<(strong|em|code)>(bold|it|code)</);
      // The name is still there, as text.
      expect(html).toContain(name.includes("<") ? "&lt;" : (name.split(" ")[1] ?? name));
      // No line of the markdown starts a heading or a table row from the name.
      for (const line of markdown.split("\n")) {
        if (line.includes("heading")) expect(line).not.toMatch(/^#+ heading/);
      }
    }
  });

  it("keeps every line of text output free of line breaks and bidi controls from data", () => {
    const report = JSON.parse(JSON.stringify(hostileReport("Xã Mẫu"))) as {
      unit: { name: string };
      dataset: { name: string | null };
    };
    report.unit.name = "Xã\n## Mẫu\u202E\u2066";
    report.dataset.name = "Bộ\r\ndữ liệu\u0007";
    for (const format of ["text", "markdown"] as const) {
      const out = renderReport(report as unknown as UnitReport, { format });
      expect(out).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
      expect([...out].filter((ch) => ch !== "\n" && /\p{Cc}/u.test(ch))).toEqual([]);
      expect(out).not.toMatch(/\n#+ Mẫu/);
    }
  });
});

describe("untrusted input: cross-record time checks compare instants", () => {
  const dataset = (requestedAt: string, occurredAt: string) => ({
    schemaVersion: "1.0",
    cameras: [publicCamera("cam-1")],
    incidents: [
      {
        id: "inc-1",
        category: "theft",
        occurredAt,
        unitCode: "15532",
        detectedBy: "report",
        status: "received",
      },
    ],
    extractions: [
      {
        id: "ex-1",
        unitCode: "15532",
        cameraIds: ["cam-1"],
        incidentId: "inc-1",
        requestedAt,
        requestedBy: "Công an xã",
        footageFrom: "2024-03-07T06:00:00+07:00",
        footageTo: "2024-03-07T07:00:00+07:00",
        purpose: "incident-investigation",
        outcome: "pending",
      },
    ],
  });

  it("rejects footage requested at 08:00 for an incident at 22:15 the same day", () => {
    const result = validateDataset(
      dataset("2024-03-07T08:00:00+07:00", "2024-03-07T22:15:00+07:00"),
    );
    expect(result.issues.map((issue) => issue.code)).toContain("footage-requested-before-incident");
  });

  it("accepts footage requested after the incident, in any offset", () => {
    const result = validateDataset(dataset("2024-03-07T15:30:00Z", "2024-03-07T06:15:00+07:00"));
    expect(result.issues.map((issue) => issue.code)).not.toContain(
      "footage-requested-before-incident",
    );
  });

  it("rejects a request in a year the schemas do not accept", () => {
    const result = validateDataset(
      dataset("0999-03-07T08:00:00+07:00", "2024-03-07T22:15:00+07:00"),
    );
    expect(result.success).toBe(false);
    expect(
      result.issues.some((issue) => issue.path.join(".") === "extractions.0.requestedAt"),
    ).toBe(true);
  });
});

describe("untrusted input: supported years", () => {
  it("accepts dates and instants of 1900 to 2999 only", () => {
    expect(CalendarDateSchema.safeParse("1900-01-01").success).toBe(true);
    expect(CalendarDateSchema.safeParse("2999-12-31").success).toBe(true);
    for (const bad of ["1899-12-31", "3000-01-01", "0999-06-01", "0050-02-01"]) {
      const result = CalendarDateSchema.safeParse(bad);
      expect(result.success, bad).toBe(false);
    }
    expect(InstantSchema.safeParse("0999-06-01T00:00:00Z").success).toBe(false);
    expect(InstantSchema.safeParse("2024-06-01T00:00:00Z").success).toBe(true);
  });

  it("keeps the time functions correct for every four-digit year, and clear outside", () => {
    expect(vietnamDateOf("2999-12-31T20:00:00Z")).toBe("3000-01-01");
    expect(periodKeyOf("1000-01-01T00:00:00+07:00", "year")).toBe("1000");
    expect(() => vietnamDateOf("0999-06-01T00:00:00Z")).toThrow(RangeError);
    expect(() => periodKeyOf("9999-12-31T20:00:00Z", "month")).toThrow(/1000 to 9999/);
    expect(() => parsePeriod("0050-02")).toThrow(RangeError);
    expect(() => parsePeriod("0999")).toThrow(RangeError);
    expect(parsePeriod("1900-02")).toMatchObject({ start: "1900-02-01", end: "1900-02-28" });
    expect(previousPeriod(parsePeriod("1900")).key).toBe("1899");
    expect(() => previousPeriod(parsePeriod("1000"))).toThrow(RangeError);
  });

  it("buckets any instant of the supported years into a four-digit period", () => {
    const min = Date.UTC(1900, 0, 1) - 7 * 3_600_000;
    const max = Date.UTC(3000, 0, 1) - 7 * 3_600_000 - 1;
    fc.assert(
      fc.property(fc.integer({ min, max }), (ms) => {
        const iso = new Date(ms).toISOString();
        const day = vietnamDateOf(iso);
        expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(periodKeyOf(iso, "year")).toBe(day.slice(0, 4));
      }),
    );
  });
});

describe("untrusted input: valid data never overflows a sum", () => {
  it("bounds one amount to 10,000 billion đồng", () => {
    expect(VndSchema.safeParse(MAX_VND).success).toBe(true);
    expect(VndSchema.safeParse(MAX_VND + 1).success).toBe(false);
    expect(VndSchema.safeParse(5e15).success).toBe(false);
  });

  it("rejects a dataset whose amounts add up beyond exact sums, and warns on large ones", () => {
    const contribution = (id: string, amount: number) => ({
      id,
      unitCode: "15532",
      contributorKind: "household",
      amount,
      receivedOn: "2024-03-01",
      funds: { kind: "cameras" },
    });
    const few = validateDataset({
      schemaVersion: "1.0",
      contributions: [contribution("c-1", 20_000_000_000)],
    });
    expect(few.issues.map((issue) => [issue.code, issue.severity])).toContainEqual([
      "unusually-large-amount",
      "warning",
    ]);
    const many = validateDataset({
      schemaVersion: "1.0",
      contributions: Array.from({ length: 901 }, (_, i) => contribution(`c-${i}`, MAX_VND)),
    });
    expect(many.success).toBe(false);
    expect(many.issues.map((issue) => issue.code)).toContain("amounts-too-large");
  });
});

describe("untrusted input: impossible hierarchies", () => {
  const units = [
    { code: "38", name: "Tỉnh Thanh Hóa", level: "province", type: "province" },
    { code: "15532", name: "Xã Xuân Sinh", level: "commune", type: "commune", parentCode: "38" },
  ];
  const site = (id: string, from?: string) => ({
    id,
    modelId: "m-1",
    name: `Điểm ${id}`,
    kind: "village",
    unitCode: "15532",
    launchedOn: "2023-01-01",
    status: "active",
    ...(from && { replicatedFromSiteId: from }),
  });
  const model = {
    id: "m-1",
    name: "Camera an ninh",
    kind: "camera-security",
    type: "Mô hình phòng ngừa",
    group: "Camera an ninh",
    unitCode: "15532",
    launchedOn: "2022-01-01",
    status: "active",
  };

  it("rejects a cycle of site replications", () => {
    const result = validateDataset({
      schemaVersion: "1.0",
      models: [model],
      sites: [site("a", "b"), site("b", "c"), site("c", "a")],
    });
    expect(result.issues.filter((issue) => issue.code === "replication-cycle")).toHaveLength(3);
  });

  it("rejects unit versions that overlap, a parent that is not listed, and a unit that succeeds itself", () => {
    const result = validateDataset({
      schemaVersion: "1.0",
      units: [
        ...units,
        {
          code: "15532",
          name: "Xã Xuân Sinh",
          level: "commune",
          type: "commune",
          parentCode: "38",
        },
        { code: "15535", name: "Xã Xuân Hòa", level: "commune", type: "commune", parentCode: "39" },
      ],
      successions: [{ oldCode: "38", newCode: "38", kind: "whole", effectiveDate: "2025-07-01" }],
    });
    const codes = result.issues.map((issue) => issue.code);
    expect(codes).toContain("overlapping-unit-versions");
    expect(codes).toContain("unknown-parent");
    expect(codes).toContain("self-succession");
  });

  it("accepts a unit that keeps its code across a reorganisation", () => {
    const result = validateDataset({
      schemaVersion: "1.0",
      units: [
        { ...THANH_HOA, validTo: "2025-06-30" },
        { ...THANH_HOA, validFrom: "2025-07-01" },
      ],
      successions: [{ oldCode: "38", newCode: "38", kind: "whole", effectiveDate: "2025-07-01" }],
    });
    expect(result.success).toBe(true);
  });

  it("treats ids equal after Unicode normalisation as the same id", () => {
    const result = validateDataset({
      schemaVersion: "1.0",
      cameras: [publicCamera("cam-Xuân"), publicCamera("cam-Xua\u0302n")],
    });
    expect(result.issues.map((issue) => issue.code)).toContain("duplicate-id");
  });
});

describe("untrusted input: resource bounds", () => {
  it("lists at most maxIssues issues and counts the rest", () => {
    const input = { schemaVersion: "1.0", cameras: Array.from({ length: 5000 }, () => null) };
    const result = validateDataset(input);
    expect(result.issues).toHaveLength(1000);
    expect(result.issuesOmitted).toBe(4000);
    expect(validateDataset(input, { maxIssues: 10 }).issuesOmitted).toBe(4990);
  });

  it("never echoes more than a few hundred characters of one value", () => {
    const key = "k".repeat(10_000_000);
    const result = validateDataset({ schemaVersion: "1.0", [key]: 1 });
    const size = JSON.stringify(result.issues).length;
    expect(size).toBeLessThan(2_000);
  });
});

// Records that look right but carry what an attacker would try.
const hostileText = fc.constantFrom(
  "## heading",
  "<img src=x onerror=alert(1)>",
  "[x](javascript:alert(1))",
  "| a | b |",
  "\u202Eabc",
  "a\nb",
  "__proto__",
  "constructor",
  "x".repeat(5000),
  "",
  " ",
);
const hostileRecord = fc.record(
  {
    id: fc.oneof(hostileText, fc.string()),
    name: hostileText,
    unitCode: fc.constantFrom("15532", "412", "16000", "16000.thon-2", "x", "__proto__"),
    installedOn: fc.constantFrom("2024-01-01", "0999-01-01", "2024-02-30", "9999-12-31"),
    occurredAt: fc.constantFrom("2024-03-07T22:15:00+07:00", "0999-01-01T00:00:00Z", "nope"),
    lenses: fc.oneof(fc.integer(), fc.string(), fc.constant(null)),
    amount: fc.oneof(fc.integer(), fc.double(), fc.constant(5e15)),
  },
  { requiredKeys: [] },
);

describe("untrusted input: fuzz over the whole boundary", () => {
  it("never throws, hangs or touches Object.prototype, whatever the value", () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (value) => {
        expectNoThrow(() => validateDataset(value));
        expectNoThrow(() => datasetFromJSON(JSON.stringify(value) ?? "null"));
      }),
      { numRuns: 300 },
    );
  });

  it("renders whatever validates with no raw markup from the input", () => {
    const collections = ["cameras", "incidents", "models", "sites", "contributions"] as const;
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...collections), fc.array(hostileRecord, { maxLength: 4 })),
        hostileText,
        (records, name) => {
          const raw = { ...rawDataset(), ...records, name: name || "Bộ dữ liệu" };
          let result: ReturnType<typeof validateDataset> | undefined;
          expectNoThrow(() => {
            result = validateDataset(raw);
          });
          if (!result?.success) return;
          const report = buildUnitReport(result.data, { unit: "412", period: "2024" });
          const markdown = renderReport(report, { format: "markdown" });
          const html = marked.parse(markdown, { async: false });
          expect(html).not.toMatch(/<(img|script)\b|href="javascript/i);
          expect(renderReport(report)).not.toMatch(/[\u202A-\u202E]/);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("untrusted input: keys from data are counted, whatever their name", () => {
  it.each(["__proto__", "constructor", "toString"])(
    "counts equipment of a kind named %s that skipped its schema, beside the others",
    (kind) => {
      const team = {
        id: "t1",
        kind: "security-and-order",
        name: "Tổ 1",
        unitCode: "15532",
        foundedOn: "2020-01-01",
        equipment: [
          { kind, count: 3 },
          { kind: "flashlight", count: 1 },
        ],
      } as unknown as Team;
      const summary = summarizeTeams([team]);
      expect(Object.hasOwn(summary.equipment, kind)).toBe(true);
      expect(Object.entries(summary.equipment)).toEqual(
        [
          [kind, 3],
          ["flashlight", 1],
        ].sort(([a], [b]) => ((a as string) < (b as string) ? -1 : 1)),
      );
    },
  );
});
