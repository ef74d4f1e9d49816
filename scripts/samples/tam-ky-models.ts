/**
 * Tam Kỳ's 87 models, their sites (the first of each and the replications) and the two
 * reviews of them.
 */
import { addDays, maxDate, pad, randomDate } from "./dates.js";
import { cityPlace, finder, lowerType, lowerVillage, shortName } from "./places.js";
import { numberInOrder } from "./records.js";
import { check, must, type Rng } from "./rng.js";
import {
  BEACH_COMMUNES,
  CITY,
  CLANS,
  FIVE_IN_ONE,
  GROUPS,
  LAUNCHES,
  MODEL_COUNT,
  NEW_IN_2022,
  PLACES,
  REPLICATIONS,
  REVIEWS,
  SCHOOLS,
  TAM_THANG,
  TAM_THANG_SITES,
  type TkGroup,
  TRUONG_XUAN,
  TRUONG_XUAN_MODEL,
} from "./tam-ky-data.js";
import type { CityPlace, Model, Review, Site } from "./types.js";

export const TK_PLACES: readonly CityPlace[] = PLACES.map((row) => cityPlace(row));
export const tkPlace = finder(TK_PLACES)<CityPlace>;

/** A model with the group it belongs to, the place it was launched in and its site's unit. */
export interface Draft {
  model: Model;
  group: TkGroup;
  place: CityPlace;
  village?: string;
  siteUnit: string;
}

export interface TkModels {
  drafts: Draft[];
  fiveInOne: Draft;
  truongXuanCamera: Draft;
  sites: Site[];
  siteOfModel: Map<string, Site>;
  /** The six sites of the Tam Thăng five-in-one, Kim Đới first. */
  tamThangSites: Site[];
}

/**
 * Models: one draft per model of each group, placed in a commune, launched 2015-2021
 * except the Tam Thăng five-in-one (March 2021) and the 4 launched in H1 2022.
 */
function drafts(rng: Rng): Draft[] {
  const out: Draft[] = [];
  const used = new Set<string>();
  let clan = 0;
  let school = 0;
  for (const group of GROUPS) {
    for (let i = 0; i < group.count; i++) {
      let place: CityPlace;
      let village: string | undefined;
      let launchedOn: string;
      const isFiveInOne = group.kind === "five-in-one" && i === 0;
      const special = isFiveInOne
        ? { unit: TAM_THANG, launchedOn: must(TAM_THANG_SITES[0], "Kim Đới").launchedOn }
        : NEW_IN_2022.find((n) => n.group === group.group && i === 0);
      if (special) {
        place = tkPlace(special.unit);
        launchedOn = special.launchedOn;
      } else {
        do {
          place =
            group.kind === "custom" && group.customKindName === "Bãi biển an toàn về ANTT"
              ? tkPlace(BEACH_COMMUNES[i === 0 ? 0 : 1])
              : rng.pick(TK_PLACES);
        } while (
          (group.perCommune && used.has(`${group.group}|${place.code}`)) ||
          (group.kind === "five-in-one" && place.code === TAM_THANG)
        );
        launchedOn = randomDate(rng, ...LAUNCHES);
      }
      used.add(`${group.group}|${place.code}`);
      const atKimDoi = place.code === TAM_THANG && isFiveInOne;
      if (group.siteKind === "village") {
        village = atKimDoi ? must(TAM_THANG_SITES[0], "Kim Đới").village : rng.pick(place.villages);
      }
      const where =
        village !== undefined
          ? `${lowerVillage(village)}, ${lowerType(place.name)}`
          : lowerType(place.name);
      const name = isFiveInOne
        ? FIVE_IN_ONE.name
        : group.name
            .replace("{p}", where)
            .replace("{clan}", CLANS[clan++ % CLANS.length] as string)
            .replace("{school}", SCHOOLS[school++ % SCHOOLS.length] as string);
      const schoolPlace =
        group.kind === "safe-school-gate"
          ? must(
              TK_PLACES.find((p) => name.includes(shortName(p.name))),
              "school's ward",
            )
          : place;
      out.push({
        model: {
          id: "",
          name,
          kind: group.kind,
          ...(group.customKindName !== undefined ? { customKindName: group.customKindName } : {}),
          type: group.type,
          group: group.group,
          unitCode: schoolPlace.code,
          launchedOn,
          status: "active",
          ...(group.duties ? { duties: [...group.duties] } : {}),
        },
        group,
        place: schoolPlace,
        ...(village !== undefined ? { village } : {}),
        siteUnit: atKimDoi
          ? `${TAM_THANG}.${must(TAM_THANG_SITES[0], "Kim Đới").slug}`
          : schoolPlace.code,
      });
    }
  }
  return out;
}

function siteName(d: Draft): string {
  switch (d.group.siteKind) {
    case "school":
      return d.model.name.replace("Cổng trường an toàn giao thông ", "");
    case "religious-community":
      return d.group.kind === "peaceful-parish"
        ? "Giáo xứ Tam Kỳ"
        : `Chùa ${shortName(d.place.name)}`;
    case "business":
      return `Các doanh nghiệp ${lowerType(d.place.name)}`;
    case "other":
      return d.group.customKindName === "Chợ an toàn về ANTT"
        ? `Chợ ${shortName(d.place.name)}`
        : `Bãi biển ${shortName(d.place.name)}`;
    default:
      return d.place.name;
  }
}

export function tkModels(rng: Rng): TkModels {
  const all = drafts(rng);
  check(all.length === MODEL_COUNT, `Tam Kỳ has ${MODEL_COUNT} models`);
  all.sort((a, b) =>
    `${a.model.launchedOn}|${a.model.name}` < `${b.model.launchedOn}|${b.model.name}` ? -1 : 1,
  );
  all.forEach((d, i) => {
    d.model.id = `tk-mh-${pad(i + 1, 3)}`;
    d.model.dossierRef = `${pad(i + 1, 3)}/HSMH-CATP`;
  });
  const fiveInOne = must(
    all.find((d) => d.model.name === FIVE_IN_ONE.name),
    "Tam Thăng five-in-one",
  );
  fiveInOne.model.exemplar = true;
  const truongXuanCamera = must(
    all.find((d) => d.place.code === TRUONG_XUAN && d.model.kind === "camera-security"),
    "Trường Xuân cameras",
  );
  truongXuanCamera.model.name = TRUONG_XUAN_MODEL.name;
  truongXuanCamera.model.description = TRUONG_XUAN_MODEL.description;

  // Sites: one where each model was launched, plus the replications.
  const sites: Site[] = [];
  const siteOfModel = new Map<string, Site>();
  for (const d of all) {
    const site: Site = {
      id: "",
      modelId: d.model.id,
      unitCode: d.siteUnit,
      name: d.village ?? siteName(d),
      kind: d.group.siteKind,
      launchedOn: must(d.model.launchedOn, "launch"),
      status: "active",
    };
    sites.push(site);
    siteOfModel.set(d.model.id, site);
  }
  const kimDoi = must(siteOfModel.get(fiveInOne.model.id), "Kim Đới site");
  const replicated = (from: Site, unitCode: string, name: string, launchedOn: string): Site => {
    const site: Site = {
      id: "",
      modelId: from.modelId,
      unitCode,
      name,
      kind: from.kind,
      launchedOn,
      status: "active",
      replicatedFromSiteId: from.id,
    };
    sites.push(site);
    site.id = `tk-site-${pad(sites.length, 3)}`;
    return site;
  };
  // Ids first for the originals, so that replications can point at them.
  sites.forEach((s, i) => {
    s.id = `tk-site-${pad(i + 1, 3)}`;
  });
  const tamThangSites = [kimDoi];
  for (const s of TAM_THANG_SITES.slice(1)) {
    tamThangSites.push(replicated(kimDoi, `${TAM_THANG}.${s.slug}`, s.village, s.launchedOn));
  }
  // Other replications: two before 2022, one in February 2022, and a loudspeaker site
  // that was ended in 2021.
  const loudspeakers = all
    .filter((d) => d.model.kind === "security-loudspeaker" && d.place.code !== TAM_THANG)
    .sort((a, b) => (String(a.model.launchedOn) < String(b.model.launchedOn) ? -1 : 1));
  const { selfRun: selfRunOn, loudspeaker, ended } = REPLICATIONS;
  check(String(loudspeakers[0]?.model.launchedOn) < ended.launchedOn, "an early loudspeaker model");
  const selfRun = all.filter(
    (d) => d.model.kind === "self-governing-team" && String(d.model.launchedOn) < "2020-01-01",
  );
  const extra: [Draft, string, boolean][] = [
    [must(selfRun[0], "self-run model"), selfRunOn[0], false],
    [must(selfRun[1] ?? selfRun[0], "self-run model"), selfRunOn[1], false],
    [must(loudspeakers[1], "loudspeaker model"), loudspeaker, false],
    [must(loudspeakers[0], "loudspeaker model"), ended.launchedOn, true],
  ];
  for (const [d, launchedOn, isEnded] of extra) {
    const from = must(siteOfModel.get(d.model.id), "site");
    const village = rng.pick(d.place.villages.filter((v) => v !== d.village));
    const launch = maxDate(launchedOn, addDays(must(from.launchedOn, "launch"), 30));
    const site = replicated(from, d.place.code, village, launch);
    if (isEnded) {
      site.status = "ended";
      site.endedOn = ended.endedOn;
      site.endReason = ended.endReason;
    }
  }
  return { drafts: all, fiveInOne, truongXuanCamera, sites, siteOfModel, tamThangSites };
}

/**
 * Reviews: the final review of 2021 for models launched before October 2021, and the
 * interim review of H1 2022 for every model (the 4 new ones are not graded yet). Each
 * model's grade is its interim grade.
 */
export function tkReviews(rng: Rng, all: readonly Draft[], fiveInOne: Draft): Review[] {
  const { final, interim } = REVIEWS;
  const older = all.filter((d) => String(d.model.launchedOn) < "2022-01-01");
  const grades = rng.shuffle(
    Object.entries(REVIEWS.grades).flatMap(([grade, n]) => Array<string>(n).fill(grade)),
  );
  check(grades.length === older.length, "one grade per model launched before 2022");
  // The Tam Thăng five-in-one is good: swap it in if the shuffle said otherwise.
  const fiveIndex = older.indexOf(fiveInOne);
  const goodIndex = grades.indexOf("good");
  if (grades[fiveIndex] !== "good") {
    [grades[fiveIndex], grades[goodIndex]] = [
      grades[goodIndex] as string,
      grades[fiveIndex] as string,
    ];
  }
  const reviews: Review[] = [];
  let ends = 0;
  let replicates = 0;
  const review = (d: Draft, kind: "final" | "interim", grade: string) => ({
    id: "",
    modelId: must(d.model.id, "id"),
    unitCode: CITY,
    kind,
    reviewedOn: REVIEWS[kind].reviewedOn,
    grade,
  });
  older.forEach((d, i) => {
    const grade = grades[i] as string;
    const recommendation: Review["recommendation"] =
      grade === "weak"
        ? ends++ < REVIEWS.end
          ? "end"
          : "consolidate"
        : grade === "average"
          ? "consolidate"
          : grade === "good" && (d === fiveInOne || replicates++ < REVIEWS.replicate - 1)
            ? "replicate"
            : "maintain";
    d.model.grade = { grade, reviewedOn: interim.reviewedOn, kind: "interim" };
    if (String(d.model.launchedOn) < final.before) {
      const before =
        grade === "weak"
          ? rng.pick(["average", "weak"])
          : rng.chance(0.75)
            ? grade
            : rng.pick(["good", "fair", "average"]);
      reviews.push({
        ...review(d, "final", before),
        recommendation:
          before === "weak" ? "consolidate" : before === "average" ? "consolidate" : "maintain",
        decisionRef: final.decisionRef,
      });
    }
    reviews.push({
      ...review(d, "interim", grade),
      recommendation,
      decisionRef: interim.decisionRef,
      ...(recommendation === "end" ? { note: REVIEWS.endNote } : {}),
    });
  });
  for (const d of all.filter((x) => String(x.model.launchedOn) >= "2022-01-01")) {
    d.model.grade = {
      grade: "not-graded",
      reviewedOn: interim.reviewedOn,
      kind: "interim",
      note: REVIEWS.notGradedNote,
    };
    reviews.push({
      ...review(d, "interim", "not-graded"),
      recommendation: "maintain",
      decisionRef: interim.decisionRef,
    });
  }
  return numberInOrder(reviews, (r) => `${r.reviewedOn}|${r.modelId}`, "tk-rv-", 3);
}
