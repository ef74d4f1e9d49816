// Datasets full of people's details, for the laws of redaction. Every free text is a fresh
// random token, so a value found in a redacted copy can only have come from where it was.
import fc from "fast-check";
import { type Dataset, DatasetSchema } from "../../src/index.js";

const token = fc.string({
  unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzăâđêôơưạếộ"),
  minLength: 8,
  maxLength: 16,
});
const phone = fc.stringMatching(/^0\d{9}$/);
const location = fc.record({
  lat: fc.double({ min: 8, max: 23, noNaN: true }),
  lng: fc.double({ min: 102, max: 110, noNaN: true }),
});
const day = fc.constantFrom("2026-01-05", "2026-02-01", "2026-03-01");
const consent = fc.option(
  fc.record(
    {
      givenOn: fc.constant("2026-01-01"),
      withdrawnOn: day,
      shareWith: fc.subarray(["police", "commune", "front", "team"] as const),
    },
    { requiredKeys: ["givenOn"] },
  ),
  { nil: undefined },
);
const ext = fc.option(fc.dictionary(fc.constantFrom("note", "zalo"), token, { maxKeys: 2 }), {
  nil: undefined,
});

const household = fc.record(
  { headName: token, address: token, phone, consent, ext },
  { requiredKeys: ["headName"] },
);
const member = fc.record(
  { name: token, role: fc.constantFrom("leader", "deputy", "member"), phone, consent, ext },
  { requiredKeys: ["name", "role"] },
);

const team = fc.record(
  {
    name: token,
    households: fc.array(household, { minLength: 1, maxLength: 4 }),
    members: fc.array(member, { minLength: 1, maxLength: 4 }),
    note: token,
  },
  { requiredKeys: ["name"] },
);
const camera = fc.record(
  { address: token, location, ext, retentionDays: fc.nat({ max: 90 }) },
  { requiredKeys: [] },
);
const incident = fc.record({ address: token, location, description: token }, { requiredKeys: [] });

/** A parsed dataset with teams, cameras, incidents, extractions, awards and money. */
export const datasetArb: fc.Arbitrary<Dataset> = fc
  .record({
    teams: fc.array(team, { maxLength: 3 }),
    cameras: fc.array(camera, { maxLength: 3 }),
    incidents: fc.array(incident, { maxLength: 3 }),
    requesters: fc.array(token, { maxLength: 2 }),
    awards: fc.array(token, { maxLength: 2 }),
    contributors: fc.array(fc.option(token, { nil: undefined }), { maxLength: 2 }),
    payees: fc.array(fc.option(token, { nil: undefined }), { maxLength: 2 }),
  })
  .map((g) =>
    DatasetSchema.parse({
      schemaVersion: "1.0",
      teams: g.teams.map((t, i) => ({
        id: `team-${i}`,
        kind: "self-governing",
        unitCode: "15532",
        foundedOn: "2020-01-01",
        householdCount: t.households?.length || 5,
        ...(t.members === undefined
          ? {}
          : {
              memberCounts: {
                leader: t.members.filter((m) => m.role === "leader").length,
                deputy: t.members.filter((m) => m.role === "deputy").length,
                member: t.members.filter((m) => m.role === "member").length,
              },
            }),
        ...t,
      })),
      cameras: g.cameras.map((c, i) => ({
        id: `cam-${i}`,
        unitCode: "15532",
        ownerKind: "household",
        installedOn: "2020-01-01",
        connectedToDutyRoom: false,
        sharingTier: "registered",
        coverage: ["road"],
        status: "active",
        ...c,
      })),
      incidents: g.incidents.map((x, i) => ({
        id: `inc-${i}`,
        category: "theft",
        occurredAt: "2024-03-07T01:40:00+07:00",
        unitCode: "15532",
        detectedBy: "report",
        status: "received",
        ...x,
      })),
      extractions: g.requesters.map((requestedBy, i) => ({
        id: `ext-${i}`,
        unitCode: "15532",
        cameraIds: ["cam-0"],
        requestedAt: "2024-03-07T08:00:00+07:00",
        requestedBy,
        footageFrom: "2024-03-07T01:00:00+07:00",
        footageTo: "2024-03-07T02:30:00+07:00",
        purpose: "incident-investigation",
        outcome: "pending",
      })),
      activities: g.awards.map((recipientName, i) => ({
        kind: "award",
        id: `award-${i}`,
        unitCode: "15532",
        date: "2024-08-19",
        recipientKind: "team",
        recipientName,
        level: "district",
        form: "certificate",
      })),
      contributions: g.contributors.map((contributorName, i) => ({
        id: `con-${i}`,
        unitCode: "15532",
        contributorKind: "household",
        amount: 500_000,
        receivedOn: "2024-04-10",
        funds: { kind: "model-site" },
        ...(contributorName === undefined ? {} : { contributorName }),
      })),
      expenses: g.payees.map((payee, i) => ({
        id: `exp-${i}`,
        unitCode: "15532",
        amount: 300_000,
        spentOn: "2024-05-02",
        purpose: "equipment",
        source: "budget",
        funds: { kind: "model-site" },
        ...(payee === undefined ? {} : { payee }),
      })),
    }),
  );
