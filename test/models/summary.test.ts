import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  type Aggregator,
  aggregate,
  aggregateState,
  byUnit,
  groupBy,
  incidentSummaryByUnitAndPeriod,
  MODEL_GRADE_LABELS,
  MODEL_KIND_LABELS,
  MODEL_SITE_KIND_LABELS,
  type ModelKind,
  type ModelSite,
  ModelSiteSchema,
  type ModelSummary,
  type ModelSummaryRecord,
  type ModelSummaryState,
  mergeStates,
  modelGradeKey,
  modelKindKey,
  modelKindKeyName,
  modelSummary,
  parsePeriod,
  type SecurityModel,
  SecurityModelSchema,
  summarizeModels,
  type Team,
  TeamSchema,
  UNKNOWN_MODEL,
} from "../../src/index.js";
import { stream, total, viaJson } from "../support/helpers.js";
import { describeAggregatorLaws, SUMMARY_LAW_NAMES } from "../support/laws.js";
import {
  describeStateIntegrity,
  expectRecordError,
  expectRejectedRecordError,
} from "../support/untrusted.js";

// ---------------------------------------------------------------------------------------
// Helpers

function model(id: string, extra: Partial<SecurityModel> = {}): SecurityModel {
  return {
    id,
    name: `Mô hình ${id}`,
    kind: "self-governing-team",
    unitCode: "20362",
    launchedOn: "2021-03-15",
    status: "active",
    ...extra,
  } as SecurityModel;
}

function site(id: string, modelId: string, extra: Partial<ModelSite> = {}): ModelSite {
  return {
    id,
    modelId,
    unitCode: "20362",
    kind: "village",
    launchedOn: "2021-03-15",
    status: "active",
    ...extra,
  } as ModelSite;
}

function team(id: string, modelSiteId?: string, extra: Partial<Team> = {}): Team {
  return {
    id,
    kind: "patrol-team",
    name: `Tổ ${id}`,
    unitCode: "20362",
    foundedOn: "2021-03-15",
    ...(modelSiteId === undefined ? {} : { modelSiteId }),
    ...extra,
  } as Team;
}

// ---------------------------------------------------------------------------------------
// Published figures

/** Tam Kỳ, 2022: 87 dossiers in 3 types and 22 groups; 7 built or replicated in H1 2022. */
function tamKy() {
  const models: SecurityModel[] = Array.from({ length: 87 }, (_, i) =>
    model(`mh-${i + 1}`, {
      type: `Loại ${(i % 3) + 1}`,
      group: `Nhóm ${(i % 22) + 1}`,
      dossierRef: `HS-${i + 1}`,
      // four of the 87 were launched in the first half of 2022
      launchedOn: i < 4 ? `2022-0${i + 2}-10` : "2020-10-01",
    }),
  );
  models[0] = {
    ...(models[0] as SecurityModel),
    name: "Camera an ninh phường Trường Xuân",
    kind: "camera-security",
    launchedOn: "2022-04-20",
  };
  models[10] = {
    ...(models[10] as SecurityModel),
    id: "mh-5in1",
    name: "Tổ tự quản 5 trong 1",
    kind: "five-in-one",
    launchedOn: "2021-03-15",
  };
  const kimDoi = site("kim-doi", "mh-5in1", {
    unitCode: "20362.kim-doi",
    launchedOn: "2021-03-15",
  });
  const replicas = ["thon-1", "thon-2", "thon-3", "thon-4", "thon-5"].map((v, i) =>
    site(v, "mh-5in1", {
      unitCode: `20362.${v}`,
      launchedOn: `2021-0${i + 4}-01`,
      replicatedFromSiteId: "kim-doi",
    }),
  );
  // three sites of other models replicated in H1 2022
  const replicatedIn2022 = [1, 2, 3].map((n) =>
    site(`r-${n}`, "mh-20", { launchedOn: `2022-0${n}-20`, replicatedFromSiteId: "s-mh-20" }),
  );
  const sites = [
    kimDoi,
    ...replicas,
    site("s-mh-20", "mh-20", { launchedOn: "2020-10-01" }),
    ...replicatedIn2022,
  ];
  return { models, sites };
}

describe("summarizeModels on published figures", () => {
  it("reproduces Tam Kỳ 2022: 87 dossiers, 3 types, 22 groups, 7 built or replicated in H1", () => {
    const { models, sites } = tamKy();
    const summary = summarizeModels({ models, sites }, { period: parsePeriod("2022-H1") });
    expect(summary.models.total).toBe(87);
    expect(summary.models.withDossier).toBe(87);
    expect(Object.keys(summary.models.byType)).toEqual(["Loại 1", "Loại 2", "Loại 3"]);
    expect(Object.keys(summary.models.byGroup)).toHaveLength(22);
    expect(total(summary.models.byGroup)).toBe(87);
    expect(summary.models.inPeriod).toEqual({ launched: 4, ended: 0 });
    expect(summary.sites.inPeriod).toEqual({ launched: 3, replicated: 3, ended: 0 });
    expect(summary.newOrReplicatedInPeriod).toBe(7);
  });

  it("counts Tam Thăng's Tổ tự quản 5 trong 1 as one model with 6 sites, 5 of them replicated", () => {
    const { models, sites } = tamKy();
    const summary = summarizeModels({ models, sites });
    expect(summary.byModel["mh-5in1"]).toEqual({ sites: 6, replicated: 5, teams: 0 });
    expect(summary.models.byKind["five-in-one"]).toBe(1);
  });

  it("counts the teams running each site of the 5-village replication under the model", () => {
    const { models, sites } = tamKy();
    const teams = ["kim-doi", "thon-1", "thon-2", "thon-3", "thon-4", "thon-5"].map((s) =>
      team(`tq-${s}`, s, { kind: "self-governing", householdCount: 40 }),
    );
    teams.push(team("tq-kim-doi-2", "kim-doi", { kind: "self-governing", householdCount: 12 }));
    const summary = summarizeModels({ models, sites, teams });
    expect(summary.byModel["mh-5in1"]).toEqual({ sites: 6, replicated: 5, teams: 7 });
    expect(summary.teams).toEqual({
      total: 7,
      byKind: { "self-governing": 7 },
      atKnownSite: 7,
      atUnknownSite: 0,
      withoutSite: 0,
    });
  });

  it("reproduces Hội An 2023: 4 new models bring the total to 44, one of a custom kind", () => {
    const old = Array.from({ length: 40 }, (_, i) =>
      model(`ha-${i}`, { launchedOn: "2020-05-01" }),
    );
    const added = [
      model("thanh-ha", { kind: "people-patrol", launchedOn: "2023-03-01" }),
      model("son-phong", { kind: "area-police-serving-people", launchedOn: "2023-05-01" }),
      model("cam-pho", {
        kind: "custom",
        customKindName: "Tín hữu Hội thánh Tin lành nói không với ma túy",
        launchedOn: "2023-06-01",
      }),
      model("tan-hiep", { kind: "camera-security", launchedOn: "2023-08-01" }),
    ];
    const summary = summarizeModels(
      { models: [...old, ...added], sites: [] },
      { period: parsePeriod("2023") },
    );
    expect(summary.models.total).toBe(44);
    expect(summary.models.inPeriod?.launched).toBe(4);
    expect(summary.models.byKind["custom:Tín hữu Hội thánh Tin lành nói không với ma túy"]).toBe(1);
    expect(summary.byModel["cam-pho"]).toEqual({ sites: 0, replicated: 0, teams: 0 });
  });
});

// ---------------------------------------------------------------------------------------
// Example-based rules

describe("modelSummary", () => {
  it("gives zeros, empty groups and null period figures for no records", () => {
    const summary = summarizeModels({ models: [], sites: [], teams: [] });
    expect(summary).toEqual({
      models: {
        total: 0,
        byKind: {},
        byType: {},
        byGroup: {},
        byStatus: {},
        byGrade: {},
        exemplars: 0,
        withDossier: 0,
        inPeriod: null,
        asOf: null,
      },
      sites: { total: 0, byStatus: {}, byKind: {}, replicated: 0, inPeriod: null, asOf: null },
      teams: { total: 0, byKind: {}, atKnownSite: 0, atUnknownSite: 0, withoutSite: 0 },
      byModel: {},
      unknownModelIds: [],
      newOrReplicatedInPeriod: null,
      participants: { households: 0, people: 0, byModel: {} },
    } satisfies ModelSummary);
  });

  it("gives zero period and as-of figures for no records when they are asked for", () => {
    const summary = summarizeModels(
      { models: [], sites: [] },
      { period: parsePeriod("2024"), asOf: "2024-12-31" },
    );
    expect(summary.models.inPeriod).toEqual({ launched: 0, ended: 0 });
    expect(summary.models.asOf).toEqual({ active: 0, ended: 0, notYetLaunched: 0 });
    expect(summary.sites.inPeriod).toEqual({ launched: 0, replicated: 0, ended: 0 });
    expect(summary.newOrReplicatedInPeriod).toBe(0);
  });

  it("keys each custom kind by its own name, so two custom kinds are not lumped together", () => {
    const summary = summarizeModels({
      models: [
        model("a", { kind: "custom", customKindName: "Xứ họ bình yên" }),
        model("b", { kind: "custom", customKindName: "Xứ  họ bình yên " }),
        model("c", { kind: "custom", customKindName: "Chợ an toàn" }),
        model("d", { kind: "camera-security" }),
      ],
      sites: [],
    });
    expect(summary.models.byKind).toEqual({
      "camera-security": 1,
      "custom:Chợ an toàn": 1,
      "custom:Xứ họ bình yên": 2,
    });
  });

  it("puts models without a type or group under unassigned", () => {
    const summary = summarizeModels({
      models: [model("a", { type: "Loại 1", group: "Nhóm 1" }), model("b")],
      sites: [],
    });
    expect(summary.models.byType).toEqual({ "Loại 1": 1, unassigned: 1 });
    expect(summary.models.byGroup).toEqual({ "Nhóm 1": 1, unassigned: 1 });
  });

  it("counts grades of a named scale apart from the default scale, ungraded under unassigned", () => {
    const graded = (grade: string, scale?: string) =>
      model(grade + (scale ?? ""), {
        grade: { grade, reviewedOn: "2022-06-30", ...(scale ? { scale } : {}) },
      });
    const summary = summarizeModels({
      models: [
        graded("good"),
        graded("good"),
        graded("weak"),
        graded("good", "tam-ky"),
        model("x"),
      ],
      sites: [],
    });
    expect(summary.models.byGrade).toEqual({ good: 2, "tam-ky:good": 1, unassigned: 1, weak: 1 });
  });

  it("counts exemplars, statuses and models ended (thanh loại) in the period", () => {
    const ended = model("e", {
      status: "ended",
      launchedOn: "2020-01-01",
      endedOn: "2022-05-01",
      endReason: "Không hiệu quả",
    });
    const endedBefore = model("f", {
      status: "ended",
      launchedOn: "2020-01-01",
      endedOn: "2021-05-01",
      endReason: "Không hiệu quả",
    });
    const summary = summarizeModels(
      {
        models: [
          model("a", { exemplar: true }),
          model("b", { exemplar: false }),
          ended,
          endedBefore,
        ],
        sites: [],
      },
      { period: parsePeriod("2022-H1") },
    );
    expect(summary.models.exemplars).toBe(1);
    expect(summary.models.byStatus).toEqual({ active: 2, ended: 2 });
    expect(summary.models.inPeriod).toEqual({ launched: 0, ended: 1 });
  });

  it("splits models and sites as of a day into active, ended and not yet launched", () => {
    const records = [
      model("a", { launchedOn: "2022-01-01" }),
      model("b", { launchedOn: "2023-01-01" }),
      model("c", {
        status: "ended",
        launchedOn: "2020-01-01",
        endedOn: "2022-06-30",
        endReason: "x",
      }),
      model("d", {
        status: "ended",
        launchedOn: "2020-01-01",
        endedOn: "2022-07-01",
        endReason: "x",
      }),
      { ...model("e"), status: "proposed", launchedOn: undefined } as unknown as SecurityModel,
    ];
    const sites = [
      site("s1", "a", { launchedOn: "2022-06-30" }),
      site("s2", "a", { launchedOn: "2022-07-01" }),
    ];
    const summary = summarizeModels({ models: records, sites }, { asOf: "2022-06-30" });
    expect(summary.models.asOf).toEqual({ active: 2, ended: 1, notYetLaunched: 2 });
    expect(summary.sites.asOf).toEqual({ active: 1, ended: 0, notYetLaunched: 1 });
  });

  it("counts sites by status and kind, and replicated sites", () => {
    const summary = summarizeModels({
      models: [model("m")],
      sites: [
        site("s1", "m", { kind: "school" }),
        site("s2", "m", { replicatedFromSiteId: "s1", status: "suspended" }),
      ],
    });
    expect(summary.sites.total).toBe(2);
    expect(summary.sites.byStatus).toEqual({ active: 1, suspended: 1 });
    expect(summary.sites.byKind).toEqual({ school: 1, village: 1 });
    expect(summary.sites.replicated).toBe(1);
  });

  it("counts participants once: a model's own count is its total, its sites' counts are parts of it", () => {
    const summary = summarizeModels({
      models: [model("mh-1", { participants: { households: 120, people: 400 } })],
      sites: [
        site("s-1", "mh-1", { participants: { households: 70, people: 250 } }),
        site("s-2", "mh-1", { participants: { households: 50 } }),
      ],
    });
    expect(summary.participants).toEqual({
      households: 120,
      people: 400,
      byModel: { "mh-1": { households: 120, people: 400 } },
    });
  });

  it("adds up the sites' counts for a model that gives none of its own, field by field", () => {
    const summary = summarizeModels({
      models: [model("mh-1", { participants: { people: 90 } }), model("mh-2"), model("mh-3")],
      sites: [
        site("s-1", "mh-1", { participants: { households: 20, people: 60 } }),
        site("s-2", "mh-1", { participants: { households: 15 } }),
        site("s-3", "mh-2", { participants: { people: 41 } }),
        site("s-4", "mh-x", { participants: { households: 7 } }),
      ],
    });
    expect(summary.participants).toEqual({
      households: 42,
      people: 131,
      byModel: {
        "mh-1": { households: 35, people: 90 },
        "mh-2": { households: null, people: 41 },
        [UNKNOWN_MODEL]: { households: 7, people: null },
      },
    });
  });

  it("counts participants the same whatever the order and split of the records", () => {
    const records: ModelSummaryRecord[] = [
      { site: site("s-1", "mh-1", { participants: { households: 20 } }) },
      { model: model("mh-1", { participants: { households: 30 } }) },
      { site: site("s-2", "mh-1", { participants: { households: 5 } }) },
    ];
    const aggregator = modelSummary();
    const whole = aggregate(aggregator, records);
    const split = aggregator.finish(
      aggregator.merge(
        aggregateState(aggregator, records.slice(2)),
        aggregateState(aggregator, records.slice(0, 2)),
      ),
    );
    expect(whole.participants.households).toBe(30);
    expect(split.participants).toEqual(whole.participants);
  });

  it("gives every model its reach, with zeros for a model without sites", () => {
    const summary = summarizeModels({ models: [model("a"), model("b")], sites: [site("s", "a")] });
    expect(summary.byModel).toEqual({
      a: { sites: 1, replicated: 0, teams: 0 },
      b: { sites: 0, replicated: 0, teams: 0 },
    });
  });

  it("puts sites of a model not in the input, and their teams, in the unknown-model bucket", () => {
    const summary = summarizeModels({
      models: [model("a")],
      sites: [
        site("s1", "a"),
        site("s2", "gone"),
        site("s3", "gone", { replicatedFromSiteId: "s2" }),
        site("s4", "lost"),
      ],
      teams: [team("t1", "s2"), team("t2", "s1")],
    });
    expect(summary.byModel[UNKNOWN_MODEL]).toEqual({ sites: 3, replicated: 1, teams: 1 });
    expect(summary.byModel["a"]).toEqual({ sites: 1, replicated: 0, teams: 1 });
    expect(summary.unknownModelIds).toEqual(["gone", "lost"]);
  });

  it("merges unknown sites into a model that is itself named unknown-model", () => {
    const summary = summarizeModels({
      models: [model(UNKNOWN_MODEL)],
      sites: [site("s1", UNKNOWN_MODEL), site("s2", "gone")],
    });
    expect(summary.byModel[UNKNOWN_MODEL]).toEqual({ sites: 2, replicated: 0, teams: 0 });
    expect(total(Object.values(summary.byModel).map((r) => r.sites))).toBe(2);
  });

  it("counts teams at a known site, at an unknown site and without a site", () => {
    const summary = summarizeModels({
      models: [model("a")],
      sites: [site("s1", "a")],
      teams: [team("t1", "s1"), team("t2", "nowhere"), team("t3"), team("t4", "nowhere")],
    });
    expect(summary.teams).toMatchObject({
      total: 4,
      atKnownSite: 1,
      atUnknownSite: 2,
      withoutSite: 1,
    });
    expect(summary.byModel["a"]?.teams).toBe(1);
  });

  it("attaches a site to the smallest model id when duplicate site records disagree", () => {
    const records: ModelSummaryRecord[] = [
      { model: model("b") },
      { model: model("a") },
      { site: site("s", "b") },
      { site: site("s", "a") },
      { team: team("t", "s") },
    ];
    for (const order of [records, [...records].reverse()]) {
      const summary = aggregate(modelSummary(), order);
      expect(summary.byModel).toEqual({
        a: { sites: 2, replicated: 0, teams: 1 },
        b: { sites: 0, replicated: 0, teams: 0 },
      });
    }
  });

  it("handles ids and names that are members of Object.prototype", () => {
    const summary = summarizeModels({
      models: [model("__proto__", { type: "constructor" }), model("toString")],
      sites: [site("__proto__", "__proto__"), site("constructor", "toString")],
      teams: [team("t", "__proto__")],
    });
    expect(Object.hasOwn(summary.byModel, "__proto__")).toBe(true);
    expect(Object.getOwnPropertyDescriptor(summary.byModel, "__proto__")?.value).toEqual({
      sites: 1,
      replicated: 0,
      teams: 1,
    });
    expect(summary.byModel["toString"]).toEqual({ sites: 1, replicated: 0, teams: 0 });
    expect(Object.getPrototypeOf(summary.byModel)).toBe(Object.prototype);
  });

  it("does not count a model's own site record as a team or a team as a site", () => {
    const summary = summarizeModels({
      models: [model("a")],
      sites: [site("s", "a")],
      teams: [team("t", "s")],
    });
    expect([summary.models.total, summary.sites.total, summary.teams.total]).toEqual([1, 1, 1]);
  });

  it("works inside groupBy, per unit, with states merged after a JSON round trip", () => {
    const records: ModelSummaryRecord[] = [
      { model: model("a", { unitCode: "20362" }) },
      { model: model("b", { unitCode: "20335" }) },
      { site: site("s", "a", { unitCode: "20362" }) },
    ];
    const unitOf = (r: ModelSummaryRecord) => (r.model ?? r.site ?? r.team).unitCode;
    const perUnit = groupBy(byUnit(unitOf), modelSummary());
    const states = [
      aggregateState(perUnit, records.slice(0, 1)),
      aggregateState(perUnit, records.slice(1)),
    ];
    const merged = perUnit.finish(mergeStates(perUnit, states.map(viaJson)));
    expect(merged["20362"]?.byModel).toEqual({ a: { sites: 1, replicated: 0, teams: 0 } });
    expect(merged["20335"]?.models.total).toBe(1);
  });
});

describe("summarizeModels over sources", () => {
  const { models, sites } = tamKy();
  const teams = [team("t", "kim-doi")];
  const expected = summarizeModels({ models, sites, teams });

  it("reads iterables such as generators and sets", () => {
    function* gen<T>(items: T[]) {
      yield* items;
    }
    expect(
      summarizeModels({ models: gen(models), sites: new Set(sites), teams: gen(teams) }),
    ).toEqual(expected);
  });

  it("returns a promise when any source is async, with the same figures", async () => {
    await expect(summarizeModels({ models: stream(models), sites, teams })).resolves.toEqual(
      expected,
    );
    await expect(summarizeModels({ models, sites: stream(sites), teams })).resolves.toEqual(
      expected,
    );
    await expect(summarizeModels({ models, sites, teams: stream(teams) })).resolves.toEqual(
      expected,
    );
  });

  it("throws a TypeError for a source that is not iterable", () => {
    expect(() => summarizeModels({ models: 42 as never, sites: [] })).toThrow(TypeError);
  });

  it("has types: sync in, sync out; async in, a promise", () => {
    expectTypeOf(summarizeModels({ models, sites })).toEqualTypeOf<ModelSummary>();
    expectTypeOf(summarizeModels({ models, sites, teams: stream(teams) })).toEqualTypeOf<
      Promise<ModelSummary>
    >();
    expectTypeOf(summarizeModels({ models: stream(models), sites })).toEqualTypeOf<
      Promise<ModelSummary>
    >();
    expectTypeOf(summarizeModels({ models, sites: stream(sites) })).toEqualTypeOf<
      Promise<ModelSummary>
    >();
    const unknownKind = { models, sites } as {
      models: Iterable<SecurityModel> | AsyncIterable<SecurityModel>;
      sites: ModelSite[];
    };
    expectTypeOf(summarizeModels(unknownKind)).toEqualTypeOf<
      ModelSummary | Promise<ModelSummary>
    >();
    expectTypeOf(modelSummary()).toEqualTypeOf<
      Aggregator<ModelSummaryRecord, ModelSummaryState, ModelSummary>
    >();
    expectTypeOf<ModelSummary["models"]["byStatus"]["active"]>().toEqualTypeOf<
      number | undefined
    >();
    // @ts-expect-error: a record must be tagged with exactly one of model, site or team
    const untagged: ModelSummaryRecord = { model: model("a"), site: site("s", "a") };
    expect(untagged).toBeDefined();
  });
});

describe("model keys", () => {
  it("keys a listed kind by its code and a custom kind by its normalised name", () => {
    expect(modelKindKey({ kind: "four-safeties" })).toBe("four-safeties");
    expect(modelKindKey({ kind: "custom", customKindName: " Chợ\u00a0 an toàn\n" })).toBe(
      "custom:Chợ an toàn",
    );
    expect(modelKindKey({ kind: "custom", customKindName: "Tie\u0302\u0301n" })).toBe(
      "custom:Ti\u1ebfn",
    );
  });

  it("keys a custom kind without a usable name as custom", () => {
    expect(modelKindKey({ kind: "custom" })).toBe("custom");
    expect(modelKindKey({ kind: "custom", customKindName: "   " })).toBe("custom");
  });

  it("names a kind key in Vietnamese or English", () => {
    expect(modelKindKeyName("public-fire-point")).toBe("Điểm chữa cháy công cộng");
    expect(modelKindKeyName("public-fire-point", "en")).toBe("Public firefighting point");
    expect(modelKindKeyName("custom:Chợ an toàn", "en")).toBe("Chợ an toàn");
  });

  it("keys a grade by its code, or by scale and code", () => {
    expect(modelGradeKey({ grade: "fair" })).toBe("fair");
    expect(modelGradeKey({ grade: "a", scale: "ha-noi-2024" })).toBe("ha-noi-2024:a");
  });
});

// ---------------------------------------------------------------------------------------
// Laws, on generated valid records

const LISTED_KINDS = Object.keys(MODEL_KIND_LABELS).filter((k) => k !== "custom") as ModelKind[];
// "constructor" is a valid id that names an Object.prototype member; "__proto__" is no valid id.
const MODEL_IDS = ["mh-1", "mh-2", "mh-3", "mh-4", "constructor"];
const SITE_IDS = ["s-1", "s-2", "s-3", "s-4", "s-5", "toString", "hasOwnProperty"];
const DAY0 = Date.UTC(2020, 0, 1);
const dayArb = (from = 0) =>
  fc
    .integer({ min: from, max: from + 1500 })
    .map((d) => new Date(DAY0 + d * 86_400_000).toISOString().slice(0, 10));
const dayIndex = fc.integer({ min: 0, max: 1500 });
const toDay = (d: number) => new Date(DAY0 + d * 86_400_000).toISOString().slice(0, 10);

/** A launch date, end date and status that agree, as the schemas require. */
const lifecycleArb = fc
  .record({
    status: fc.constantFrom("proposed", "active", "suspended", "ended") as fc.Arbitrary<
      "proposed" | "active" | "suspended" | "ended"
    >,
    launched: dayIndex,
    endsAfter: fc.integer({ min: 0, max: 800 }),
  })
  .map(({ status, launched, endsAfter }) => {
    if (status === "proposed") return { status };
    if (status !== "ended") return { status, launchedOn: toDay(launched) };
    return {
      status,
      launchedOn: toDay(launched),
      endedOn: toDay(launched + endsAfter),
      endReason: "Không hiệu quả",
    };
  });

const modelArb: fc.Arbitrary<SecurityModel> = fc
  .record({
    id: fc.constantFrom(...MODEL_IDS),
    kind: fc.oneof(
      fc.constantFrom(...LISTED_KINDS).map((kind) => ({ kind })),
      fc
        .constantFrom("Xứ họ bình yên", "Chợ an toàn", "__proto__", "Xứ  họ bình yên")
        .map((customKindName) => ({ kind: "custom" as const, customKindName })),
    ),
    type: fc.option(fc.constantFrom("Loại 1", "Loại 2", "constructor"), { nil: undefined }),
    group: fc.option(fc.constantFrom("Nhóm 1", "Nhóm 2", "Nhóm 3", "valueOf"), { nil: undefined }),
    lifecycle: lifecycleArb,
    exemplar: fc.option(fc.boolean(), { nil: undefined }),
    dossierRef: fc.option(fc.constant("HS-01"), { nil: undefined }),
    grade: fc.option(
      fc.record({
        grade: fc.constantFrom(...Object.keys(MODEL_GRADE_LABELS)),
        scale: fc.option(fc.constant("tam-ky-2022"), { nil: undefined }),
        reviewAfter: fc.integer({ min: 0, max: 400 }),
      }),
      { nil: undefined },
    ),
  })
  .map((r) => {
    const m: Record<string, unknown> = {
      id: r.id,
      name: `Mô hình ${r.id}`,
      ...r.kind,
      unitCode: "20362",
      ...r.lifecycle,
    };
    if (r.type !== undefined) m["type"] = r.type;
    if (r.group !== undefined) m["group"] = r.group;
    if (r.exemplar !== undefined) m["exemplar"] = r.exemplar;
    if (r.dossierRef !== undefined) m["dossierRef"] = r.dossierRef;
    if (r.grade) {
      const launched = (m["launchedOn"] as string | undefined) ?? "2020-01-01";
      const reviewedOn = toDay((Date.parse(launched) - DAY0) / 86_400_000 + r.grade.reviewAfter);
      m["grade"] = {
        grade: r.grade.grade,
        reviewedOn,
        ...(r.grade.scale === undefined ? {} : { scale: r.grade.scale }),
      };
    }
    return m as SecurityModel;
  });

const siteArb: fc.Arbitrary<ModelSite> = fc
  .record({
    id: fc.constantFrom(...SITE_IDS),
    modelId: fc.constantFrom(...MODEL_IDS, "mh-gone"),
    kind: fc.constantFrom(...(Object.keys(MODEL_SITE_KIND_LABELS) as ModelSite["kind"][])),
    lifecycle: lifecycleArb,
    from: fc.option(fc.constantFrom(...SITE_IDS), { nil: undefined }),
  })
  .map((r) => {
    const s: Record<string, unknown> = {
      id: r.id,
      modelId: r.modelId,
      unitCode: "20362",
      kind: r.kind,
      ...r.lifecycle,
    };
    if (r.from !== undefined && r.from !== r.id) s["replicatedFromSiteId"] = r.from;
    return s as ModelSite;
  });

const teamArb: fc.Arbitrary<Team> = fc
  .record({
    id: fc.constantFrom("t-1", "t-2", "t-3"),
    kind: fc.constantFrom("patrol-team", "mediation-team", "other") as fc.Arbitrary<Team["kind"]>,
    modelSiteId: fc.option(fc.constantFrom(...SITE_IDS, "s-gone"), { nil: undefined }),
    foundedOn: dayArb(),
  })
  .map(
    ({ modelSiteId, ...rest }) =>
      ({
        ...rest,
        name: `Tổ ${rest.id}`,
        unitCode: "20362",
        ...(modelSiteId ? { modelSiteId } : {}),
      }) as Team,
  );

const recordArb: fc.Arbitrary<ModelSummaryRecord> = fc.oneof(
  modelArb.map((model) => ({ model })),
  siteArb.map((site) => ({ site })),
  teamArb.map((team) => ({ team })),
);

const recordsArb = fc.array(recordArb, { maxLength: 40 });

const optionsArb = fc.constantFrom(
  {},
  { period: parsePeriod("2022-H1") },
  { period: parsePeriod("2021"), asOf: "2021-12-31" },
  { asOf: "2022-06-30" },
);

describeAggregatorLaws({
  title: "laws of modelSummary on valid records",
  make: modelSummary,
  record: recordArb,
  options: optionsArb,
  schema: {
    of: (record) =>
      record.model ? SecurityModelSchema : record.site ? ModelSiteSchema : TeamSchema,
    input: (record) => record.model ?? record.site ?? record.team,
  },
  names: SUMMARY_LAW_NAMES,
  checks: [
    {
      name: "counts every record exactly once in each breakdown",
      check: (s, records) => {
        const nModels = records.filter((r) => r.model).length;
        const nSites = records.filter((r) => r.site).length;
        const nTeams = records.filter((r) => r.team).length;
        expect(s.models.total).toBe(nModels);
        for (const groups of [
          s.models.byKind,
          s.models.byType,
          s.models.byGroup,
          s.models.byStatus,
          s.models.byGrade,
        ]) {
          expect(total(groups)).toBe(nModels);
        }
        expect(s.sites.total).toBe(nSites);
        expect(total(s.sites.byStatus)).toBe(nSites);
        expect(total(s.sites.byKind)).toBe(nSites);
        const reach = Object.values(s.byModel);
        expect(total(reach.map((r) => r.sites))).toBe(nSites);
        expect(total(reach.map((r) => r.replicated))).toBe(s.sites.replicated);
        expect(s.teams.total).toBe(nTeams);
        expect(total(s.teams.byKind)).toBe(nTeams);
        expect(s.teams.atKnownSite + s.teams.atUnknownSite + s.teams.withoutSite).toBe(nTeams);
        expect(total(reach.map((r) => r.teams))).toBe(s.teams.atKnownSite);
        if (s.models.asOf) expect(total(s.models.asOf)).toBe(nModels);
        if (s.sites.asOf) expect(total(s.sites.asOf)).toBe(nSites);
      },
    },
  ],
  more: () => {
    it("agrees with a plain join of sites and teams to models", () => {
      fc.assert(
        fc.property(recordsArb, (records) => {
          const models = records.flatMap((r) => (r.model ? [r.model] : []));
          const sites = records.flatMap((r) => (r.site ? [r.site] : []));
          const teams = records.flatMap((r) => (r.team ? [r.team] : []));
          const known = new Set(models.map((m) => m.id));
          const siteModel = new Map<string, string>();
          for (const s of sites) {
            const current = siteModel.get(s.id);
            if (current === undefined || s.modelId < current) siteModel.set(s.id, s.modelId);
          }
          const expected = new Map<string, { sites: number; replicated: number; teams: number }>();
          for (const id of known) expected.set(id, { sites: 0, replicated: 0, teams: 0 });
          const bucket = (modelId: string) => {
            const key = known.has(modelId) ? modelId : UNKNOWN_MODEL;
            if (!expected.has(key)) expected.set(key, { sites: 0, replicated: 0, teams: 0 });
            return expected.get(key) as { sites: number; replicated: number; teams: number };
          };
          for (const s of sites) {
            const b = bucket(siteModel.get(s.id) as string);
            b.sites += 1;
            if (s.replicatedFromSiteId) b.replicated += 1;
          }
          for (const t of teams) {
            const modelId = t.modelSiteId === undefined ? undefined : siteModel.get(t.modelSiteId);
            if (modelId !== undefined) bucket(modelId).teams += 1;
          }
          const summary = summarizeModels({ models, sites, teams });
          expect(new Map(Object.entries(summary.byModel))).toEqual(expected);
          const unknownIds = [...new Set(siteModel.values())].filter((id) => !known.has(id)).sort();
          expect(summary.unknownModelIds).toEqual(unknownIds);
        }),
      );
    });
  },
});

/** Records whose summary state is shipped, tampered with and read back. */
const sample: ModelSummaryRecord[] = (() => {
  const { models, sites } = tamKy();
  return [
    ...models.slice(0, 12).map((m) => ({ model: m })),
    ...sites.map((s) => ({ site: s })),
    { team: team("t-1", "kim-doi") },
    { team: team("t-2", "nowhere") },
    { team: team("t-3") },
  ];
})();

describeStateIntegrity({
  kind: "antt.models-summary",
  aggregator: modelSummary({ period: parsePeriod("2022-H1"), asOf: "2022-06-30" }),
  records: sample,
  cut: 15,
  tamper: {
    text: { set: [[["models", "total"], "12"]] },
    negative: { set: [[["sites", "byStatus", 1], -1]] },
    nullBreakdown: {
      name: "refuses null in place of a breakdown, and a site's model id that is not text",
      set: [
        [["models", "byKind"], null],
        [["sitesById", 1, "modelId"], 20],
      ],
    },
    unknownField: { set: [[["teams", "atKnownSite"], 1]] },
  },
  foreign: [{ aggregator: incidentSummaryByUnitAndPeriod() }],
  arbitrary: { noun: "records", records: recordsArb, options: optionsArb, make: modelSummary },
});

describe("untrusted input: unvalidated records", () => {
  it("surfaces a launch day that is not a date as a RecordError, with a period", async () => {
    const options = { period: parsePeriod("2022-H1") };
    const models = [model("mh-1"), model("mh-2", { launchedOn: "yesterday" })];
    expectRecordError(() => summarizeModels({ models, sites: [] }, options), {
      index: 1,
      id: "mh-2",
      cause: RangeError,
    });
    const sites = [site("s-1", "mh-1"), site("s-2", "mh-1", { endedOn: "31/12/2022" })];
    await expectRejectedRecordError(
      summarizeModels({ models: [model("mh-1")], sites: stream(sites) }, options),
      { index: 1, id: "s-2" },
    );
  });
});
