/**
 * Thọ Xuân's activities: the tips and mediations of the incidents, each commune's patrols
 * and outreach, the clusters' ambushes, the fixed events of each year and the awards.
 */
import { at, iso, randomDate } from "./dates.js";
import { mediationOf } from "./incidents.js";
import { personName } from "./names.js";
import { activityKey, copy, numberInOrder } from "./records.js";
import { must, type Rng } from "./rng.js";
import { TX_COMMUNES } from "./tho-xuan-communes.js";
import { AWARDS, EVENTS_BY_YEAR, NOTES, TEAM_PATROL, XUAN_SINH } from "./tho-xuan-data.js";
import type { TxYear } from "./tho-xuan-incidents.js";
import type { Activity, Team } from "./types.js";

export function txActivities(
  rng: Rng,
  years: readonly TxYear[],
  siteOf: Map<string, string>,
  teams: readonly Team[],
): Activity[] {
  const out: Activity[] = [];
  for (const { incidents } of years) {
    for (const draft of incidents) {
      if (draft.detectedBy === "tip") {
        out.push({
          kind: "tip",
          id: "",
          unitCode: draft.place.code,
          receivedAt: iso(draft.reported),
          channel: rng.pick(["phone", "hotline", "app", "in-person"] as const),
          tipKind: rng.chance(0.6) ? "report" : "denunciation",
          category: draft.category,
          verified: true,
          ledToIncidentId: draft.id,
        });
      }
      if (draft.category === "dispute") out.push(mediationOf(rng, draft, 6));
    }
  }
  for (const year of [2023, 2024]) {
    for (const place of TX_COMMUNES) {
      const site = must(siteOf.get(place.code), "site of a commune");
      out.push(...communeYear(rng, year, place.code, site));
    }
    out.push(...districtYear(rng, year));
  }
  // Awards at the movement's festival day (19 August).
  for (const { site, award } of AWARDS) {
    out.push({
      ...copy(award),
      ...(site !== undefined ? { recipientId: must(siteOf.get(site), `site of ${site}`) } : {}),
      ...(award.recipientKind === "individual"
        ? { recipientName: personName(rng, "north", true) }
        : {}),
    });
  }
  out.push({
    ...copy(TEAM_PATROL),
    modelSiteId: must(siteOf.get(XUAN_SINH), "Xuân Sinh site"),
    teamId: must(teams[0], "Xuân Sinh team").id,
  });
  return numberInOrder(out, (a) => activityKey(a), "tx-hd-");
}

/** A commune's patrols and outreach sessions of a year. */
function communeYear(rng: Rng, year: number, unitCode: string, site: string): Activity[] {
  const out: Activity[] = [];
  const patrols = year === 2024 ? rng.int(6, 10) : rng.int(3, 5);
  for (let i = 0; i < patrols; i++) {
    const start = at(
      randomDate(rng, `${year}-01-03`, `${year}-12-29`),
      rng.int(19, 22),
      rng.pick([0, 30]),
    );
    const byCamera = rng.chance(year === 2024 ? 0.35 : 0.2);
    const found = rng.weighted([
      [0, 0.6],
      [1, 0.3],
      [2, 0.1],
    ] as const);
    out.push({
      kind: "patrol",
      id: "",
      unitCode,
      startedAt: iso(start),
      endedAt: iso(start + rng.int(2, 4) * 60),
      participants: rng.int(3, 8),
      directedByCamera: byCamera,
      incidentsFound: found,
      ...(found > 0 && rng.chance(0.5) ? { suspectsApprehended: rng.int(1, 3) } : {}),
      ...(byCamera ? { modelSiteId: site } : {}),
      ...(byCamera ? { note: NOTES.patrolByCamera } : {}),
    });
  }
  for (let i = 0; i < 2; i++) {
    const date = randomDate(rng, `${year}-02-15`, `${year}-11-30`);
    const channel = rng.weighted([
      ["meeting", 0.5],
      ["loudspeaker", 0.35],
      ["social-media", 0.15],
    ] as const);
    out.push({
      kind: "outreach",
      id: "",
      unitCode,
      date,
      audience:
        channel === "meeting"
          ? rng.int(60, 250)
          : channel === "loudspeaker"
            ? rng.int(8, 30) * 100
            : rng.int(5, 40) * 100,
      topic: rng.weighted([
        ["law", 0.3],
        ["fraud", 0.2],
        ["drugs", 0.15],
        ["traffic-safety", 0.2],
        ["cybersecurity", 0.1],
        ["fire-safety", 0.05],
      ] as const),
      channel,
      ...(rng.chance(0.5) ? { modelSiteId: site } : {}),
    });
  }
  return out;
}

/**
 * The district's activities of a year: ambushes in the hot spots of each cluster, tips
 * that led nowhere, mediations of disputes never recorded as incidents, and the year's
 * training and drill.
 */
function districtYear(rng: Rng, year: number): Activity[] {
  const out: Activity[] = [];
  for (const cluster of new Set(TX_COMMUNES.map((c) => c.cluster))) {
    const place = rng.pick(TX_COMMUNES.filter((c) => c.cluster === cluster));
    const start = at(randomDate(rng, `${year}-01-10`, `${year}-12-20`), 23, 0);
    out.push({
      kind: "ambush",
      id: "",
      unitCode: place.code,
      startedAt: iso(start),
      endedAt: iso(start + 300),
      participants: rng.int(4, 8),
      directedByCamera: rng.chance(0.5),
      incidentsFound: rng.int(0, 1),
      note: NOTES.ambush,
    });
  }
  for (let i = 0; i < 20; i++) {
    const place = rng.pick(TX_COMMUNES);
    out.push({
      kind: "tip",
      id: "",
      unitCode: place.code,
      receivedAt: iso(
        at(randomDate(rng, `${year}-01-05`, `${year}-12-28`), rng.int(7, 21), rng.int(0, 59)),
      ),
      channel: rng.pick(["phone", "app", "in-person", "letter"] as const),
      tipKind: rng.pick(["report", "petition"] as const),
      category: rng.pick(["gambling", "drugs", "public-disorder", "urban-order"] as const),
      verified: false,
    });
  }
  for (let i = 0; i < 8; i++) {
    out.push({
      kind: "mediation",
      id: "",
      unitCode: rng.pick(TX_COMMUNES).code,
      date: randomDate(rng, `${year}-01-10`, `${year}-12-20`),
      disputeKind: rng.pick(["land", "family", "debt", "neighbours"] as const),
      outcome: rng.weighted([
        ["succeeded", 0.7],
        ["failed", 0.2],
        ["pending", 0.1],
      ] as const),
      parties: rng.int(2, 3),
    });
  }
  out.push(...(EVENTS_BY_YEAR[year] ?? []).map(copy));
  return out;
}
