// The English report: its words and sentences, saying what the Vietnamese one says.
import { DATASET_COLLECTION_LABELS } from "../../../dataset/labels.js";
import type { ReportLocale } from "../locale.js";
import { after, exactFirst, sentence } from "./text.js";

/** A noun with its singular and plural: "model", "models". */
const plural =
  (one: string, other = `${one}s`) =>
  (count: number) =>
    count === 1 ? one : other;

/** A unit type's area word and its plural as a type of child unit. */
const unit = (area: string, children = `${area}s`) => ({ area, children });

const from = (ref: string | null) => after(" from ", ref);
const upper = (text: string) => sentence(text, "en");

/**
 * The English report locale: what {@link renderReport} writes with `locale: "en"`, the same
 * report as the Vietnamese one, in English.
 *
 * @category Reports
 * @example
 * ```ts
 * import { REPORT_LOCALE_EN } from "antt";
 * REPORT_LOCALE_EN.messages.common.whole("district"); // "Across the district"
 * ```
 */
export const REPORT_LOCALE_EN: ReportLocale = {
  tag: "en",
  style: "en",
  nouns: {
    model: plural("model"),
    site: plural("site"),
    team: plural("team"),
    household: plural("household"),
    lens: plural("camera lens", "camera lenses"),
    lensShort: plural("lens", "lenses"),
    point: plural("point"),
    extraction: plural("extraction"),
    incident: plural("incident"),
    case: plural("case"),
    clarifiedCase: plural("case"),
    categoryCase: null,
    extractionChange: null,
    clarifiedChange: null,
    patrol: plural("patrol"),
    ambush: plural("ambush", "ambushes"),
    tip: plural("tip"),
    mediation: plural("mediation"),
    session: plural("session"),
    audience: null,
    drill: plural("drill"),
    training: plural("training"),
    award: plural("award"),
    contribution: plural("contribution"),
    suspect: plural("suspect"),
  },
  units: {
    province: unit("province"),
    "centrally-run-city": unit("city", "cities"),
    "provincial-city": unit("city", "cities"),
    "municipal-city": unit("city", "cities"),
    "rural-district": unit("district"),
    "urban-district": unit("district"),
    "district-town": unit("town"),
    commune: unit("commune"),
    ward: unit("ward"),
    township: unit("township"),
    "special-zone": unit("special zone"),
    village: unit("village"),
    "mountain-village": unit("village"),
    "urban-block": unit("urban block"),
    "residential-group": unit("residential group"),
    hamlet: unit("hamlet"),
    "other-village": unit("residential area"),
  },
  ownerGroups: {
    "agencies-businesses-schools": "installed by agencies, businesses and schools",
    households: "installed by households",
    public: "on community-funded public cameras",
    police: "of the police",
  },
  collections: {
    models: DATASET_COLLECTION_LABELS.models.en,
    sites: DATASET_COLLECTION_LABELS.sites.en,
    reviews: DATASET_COLLECTION_LABELS.reviews.en,
    recognitions: DATASET_COLLECTION_LABELS.recognitions.en,
    teams: DATASET_COLLECTION_LABELS.teams.en,
    cameras: DATASET_COLLECTION_LABELS.cameras.en,
    incidents: DATASET_COLLECTION_LABELS.incidents.en,
    extractions: DATASET_COLLECTION_LABELS.extractions.en,
    activities: DATASET_COLLECTION_LABELS.activities.en,
    contributions: DATASET_COLLECTION_LABELS.contributions.en,
    expenses: DATASET_COLLECTION_LABELS.expenses.en,
    forces: DATASET_COLLECTION_LABELS.forces.en,
  },
  messages: {
    common: {
      unassigned: "Unassigned",
      unassignedKind: "unassigned",
      unknownModel: "model not in the dataset",
      quoted: (name) => `“${name}”`,
      whole: (area) => `Across the ${area}`,
      unitList: (words) =>
        [words.slice(0, -1).join(", "), words.at(-1)].filter(Boolean).join(" and "),
      ofThese: (parts) => `Of these: ${parts.join("; ")}.`,
      clauses: (parts) => `${parts.join("; ")}.`,
    },
    header: {
      title: 'REPORT ON THE "ALL PEOPLE PROTECT NATIONAL SECURITY" MOVEMENT',
      unitAndPeriod: ({ unit, parent, period }) =>
        `${unit}${parent === null ? "" : ` (${parent})`}, ${period}`,
      now: ({ units, kind }) =>
        kind === "became"
          ? `Now ${units[0]}.`
          : kind === "divided"
            ? `Since divided between: ${units.join("; ")}.`
            : `Now in one of these units (the sources do not say which): ${units.join("; ")}.`,
      dateRange: ({ start, end }) => `${start} to ${end}`,
      comparedWith: (ref) => `compared with ${ref}`,
      notCompared: "not compared with another period",
      periodLine: ({ range, compared, code }) =>
        `Period: ${range}; ${compared}. Unit code ${code}.`,
      dataSource: (name) => `Data: ${name}.`,
      numbersExact: "Numbers: exact counts.",
      numbersRoundedMarkdown:
        "Numbers: counts in the prose are rounded (over, more than, nearly); the exact count follows in parentheses and in the tables.",
      numbersRoundedText:
        "Numbers: counts in the prose are rounded (over, more than, nearly); exact counts are in the markdown tables and the JSON report.",
    },
    changes: {
      samePeriodYearEarlier: "the same period a year earlier",
      samePeriodOf: ({ year, unit }) => (unit === "year" ? year : `the same period of ${year}`),
      previousPeriod: ({ period, unit }) => (unit === "half" ? `the ${period}` : period),
      significant: ", statistically significant",
      notSignificant: ", not statistically significant",
      unchanged: "unchanged",
      sameAs: (ref) => `the same as in ${ref}`,
      upFromNone: ({ amount, exact, ref, significance }) =>
        `up ${amount}${from(ref)} (${exactFirst(exact)}none then)${significance}`,
      up: ({ amount, exact, percent, ref, significance }) =>
        `up ${amount} (${exactFirst(exact)}+${percent})${from(ref)}${significance}`,
      down: ({ amount, exact, percent, ref, significance }) =>
        `down ${amount} (${exactFirst(exact)}−${percent})${from(ref)}${significance}`,
      curbed: ({ amount, exact, percent, ref, significance }) =>
        `curbed by ${amount} (${exactFirst(exact)}${percent} fewer)${from(ref)}${significance}`,
      cellWasNone: "was 0",
      cellSignificant: (p) => `yes (p = ${p})`,
      cellNotSignificant: (p) => `no (p = ${p})`,
    },
    models: {
      title: "Models and teams",
      none: "No model, site or team is recorded.",
      ofThemReplicated: ({ number }) => `, ${number} of them replicated`,
      onlyHigherLevel: ({ whole, sites, above, replicated, end }) =>
        `${whole} ${sites} apply models of a higher level${above === null ? "" : ` (${above})`}${replicated}; the unit runs no model of its own on ${end}.`,
      active: ({ whole, models, count, kinds, end, change, sites, replicated }) =>
        `${whole} ${count === 1 ? "there is" : "there are"} ${models}${kinds === null ? "" : ` of ${kinds} kinds`} active on ${end}${change}; ${sites} apply models${replicated}.`,
      types: ({ types, groups }) => `the models fall into ${types} types and ${groups} groups`,
      withDossier: ({ models, count }) => `${models} ${count === 1 ? "has" : "have"} a dossier`,
      exemplars: ({ models, count }) =>
        `${models} ${count === 1 ? "is an advanced exemplar" : "are advanced exemplars"}`,
      facts: (parts) => `${upper(parts.join("; "))}.`,
      kindCount: ({ kind, count }) => `${kind} (${count})`,
      byKind: ({ kinds, others }) =>
        `By kind: ${kinds.join(", ")}${others > 0 ? ` and ${others} other kinds` : ""}.`,
      everyUnit: ({ total, children, model }) => `${total} of ${total} ${children} run “${model}”`,
      everyUnitOfKind: ({ total, children, kind, models }) =>
        `${total} of ${total} ${children} run a model of the kind “${kind}” (${models} together)`,
      unitsWithSite: ({ count, total, children }) =>
        `${count} of ${total} ${children} have a model site`,
      widest: ({ model, count, total }) =>
        `the most widespread is the model “${model}” (${count} of ${total})`,
      widestKind: ({ kind, count, total, models }) =>
        `the most widespread kind is “${kind}” (${count} of ${total}, ${models} together)`,
      participants: ({ households, people }) =>
        `${[households === null ? null : `${households} households`, people === null ? null : `${people} people`].filter((x) => x !== null).join(" and ")} take part in the models.`,
      noChanges: "No model was launched, replicated or ended in the period.",
      launched: (models) => `${models} launched`,
      replicated: (sites) => `${sites} replicated`,
      ended: (models) => `${models} ended`,
      closed: (sites) => `${sites} closed`,
      changesInPeriod: ({ parts, total }) =>
        `In the period: ${parts.join(", ")} (new or replicated: ${total}).`,
      newSites: ({ kind, active, launched }) => `${kind}: ${active}, ${launched} new in the period`,
      replicatedModel: ({ name, sites, replicated }) =>
        `“${name}” ${sites} (${replicated} replicated)`,
      mostReplicated: (models) => `Most replicated: ${models.join("; ")}.`,
      grade: ({ grade, count }) => `${grade} ${count}`,
      grades: (grades) => `Grades: ${grades.join(", ")}.`,
      recommendation: ({ recommendation, count }) => `${recommendation} ${count}`,
      partners: (parts) => `Models built with: ${parts.join("; ")}.`,
      modelCameras: (parts) => `Cameras of the models: ${parts.join("; ")}.`,
      modelCamera: ({ model, lenses, points }) => `${model}: ${lenses} (${points})`,
      partner: ({ partner, models }) => `${partner} (${models})`,
      reviews: ({ held, recommendations }) =>
        `${held} model reviews held${recommendations.length > 0 ? `; recommended: ${recommendations.join(", ")}` : ""}.`,
      teamKind: ({ kind, count }) => `${kind}: ${count}`,
      teams: ({ teams, kinds, households, change, founded }) =>
        `${upper(teams)} active${kinds.length > 0 ? ` (${kinds.join("; ")})` : ""}${after(", with ", households)}${change}${founded === null ? "" : `; ${founded} founded in the period`}.`,
      fireSafety: ({ groups, founded, households, combined }) =>
        `${groups} fire-safety household groups (${founded} founded in the period${combined === null ? "" : `; ${combined} also keeping security and order`}) link ${households}.`,
      securityVillages: (villages) =>
        `Grassroots security teams serve ${villages} villages and residential groups.`,
      trained: ({ trained, of, rate }) => `${trained} of ${of} members trained (${rate}).`,
      forces: (forces) => `Forces: ${forces.join("; ")}.`,
      force: ({ force, members, teams, police, until }) =>
        `${force.toLowerCase()}, ${members} ${police ? "officers" : "members"}${teams === null ? "" : ` (${teams} teams)`}${until === null ? "" : ` (until ${until})`}`,
      table: ["Kind of model", "Models", "Sites", "Change"],
    },
    cameras: {
      title: "Security cameras",
      none: "No camera is recorded.",
      allFacing: ({ whole, lenses, change }) =>
        `${whole} ${lenses} face public places and roads${change}.`,
      someFacing: ({ whole, lenses, change, facing }) =>
        `${whole} there are ${lenses}${change}, ${facing} of them facing public places and roads.`,
      police: {
        commune: "commune police",
        ward: "commune police",
        township: "commune police",
        communeAndWard: "commune police",
      },
      dutyRoom: ({ lenses, police }) => `${lenses} connected to the ${police} duty room`,
      byOwner: ({ lenses, owner }) => `${lenses} ${owner}`,
      installed: ({ points, removed }) =>
        `${upper(points)} installed in the period${removed === null ? "" : `, ${removed} removed`}.`,
      costSource: ({ source, amount }) => `${source} ${amount}`,
      cost: ({ points, total, split, sources }) =>
        `Recorded installation cost of ${points}: ${total}${split === null ? "" : `, of which ${split}`} (${sources.join(", ")}).`,
      equipment: ({ recorders, recorderCount, screens, screenCount, police }) =>
        `The systems comprise ${[
          recorders === null
            ? null
            : `${recorders} ${recorderCount === 1 ? "recorder" : "recorders"}`,
          screens === null
            ? null
            : `${screens} monitoring ${screenCount === 1 ? "screen" : "screens"} in the ${police} duty room`,
        ]
          .filter((part) => part !== null)
          .join(" and ")}.`,
      planned: ({ points, allFunded, funded, cost }) =>
        allFunded
          ? `In addition, ${points} are funded${cost === null ? "" : ` (${cost})`} but not yet installed.`
          : funded === null
            ? `In addition, ${points} are planned but not yet installed.`
            : `In addition, ${points} are planned but not yet installed, ${funded} of them funded${cost === null ? "" : ` (${cost})`}.`,
      perHouseholds: ({ rate, base, previous }) =>
        `On average ${rate} camera lenses per 1,000 households (${base}${previous === null ? "" : `; ${previous.ref}: ${previous.rate}`}).`,
      table: ["Owner", "Points", "Lenses", "Lenses: change"],
    },
    population: {
      residents: (count, n) => `population ${count} ${n === 1 ? "resident" : "residents"}`,
      households: (count, n) => `${count} ${n === 1 ? "household" : "households"}`,
    },
    footage: {
      title: "Use of camera footage",
      none: "No footage extraction is recorded in the period.",
      category: ({ category, count, classes }) =>
        `${category}: ${count}${classes.length === 0 ? "" : ` (${classes.join(", ")})`}`,
      categoryClass: ({ legalClass, count }) => `${legalClass}: ${count}`,
      summary: ({ extractions, total, clarified, categories }) =>
        `${upper(extractions)} of camera footage ${total === 1 ? "was" : "were"} made, helping clarify ${clarified}${categories.length > 0 ? `: ${categories.join("; ")}` : ""}.`,
      compared: ({ ref, extractions, clarified }) =>
        `Compared with ${ref}: extractions ${extractions}; cases clarified with camera help ${clarified}.`,
      helped: (extractions) =>
        `${upper(extractions)} had an outcome that helped clarify a case (a case may need several).`,
      helpedSearch: (extractions) =>
        `${upper(extractions)} helped find a missing person or lost property.`,
      table: ["Cases clarified with camera help", "Cases", "Change", "Significant"],
    },
    incidents: {
      title: "Security and order",
      none: "No incident is recorded in the period.",
      total: ({ incidents, change }) => `${upper(incidents)} occurred${change}.`,
      perResidents: ({ rate, base, previous }) =>
        `That is ${rate} incidents per 10,000 residents (${base}${previous === null ? "" : `; ${previous.ref}: ${previous.rate}`}).`,
      legalClass: ({ legalClass, cases, change }) => `${legalClass}: ${cases}${change}`,
      byCategory: (parts) => `By category: ${parts.join("; ")}.`,
      noneDeclared: "No incident occurred in the period.",
      suspectsByCategory: (parts) => `Suspects by category: ${parts.join("; ")}.`,
      criminalCleared: ({ cleared, cases, rate, withCamera, suspects }) =>
        `Criminal offences: ${cleared} of ${cases} cleared, ${rate}; ${withCamera} with camera help, with ${suspects}.`,
      suspectsOf: ({ suspects, category }) => `${category}: ${suspects}`,
      absent: (what) =>
        what === "fire" ? "No fire or explosion occurred." : "No social evil was found.",
      childrenComplete: ({ complete, total, children }) =>
        `${complete} of ${total} ${children} reported their incidents in full.`,
      categoryGroup: ({ group, categories, cases }) => `${group} (${categories}): ${cases}.`,
      accident: (p) => {
        const of = (part: { stated: string; cases: string } | null) =>
          part === null ? "" : ` (given for ${part.stated} of ${part.cases})`;
        // One note for both figures when they are known of the same incidents.
        const same =
          p.deaths !== null && p.injuries !== null && of(p.deathsOf) === of(p.injuriesOf);
        const people = p.noCasualties
          ? ["no one killed or injured"]
          : same
            ? [`${p.deaths} killed, ${p.injuries} injured${of(p.deathsOf)}`]
            : [
                ...(p.deaths === null ? [] : [`${p.deaths} killed${of(p.deathsOf)}`]),
                ...(p.injuries === null ? [] : [`${p.injuries} injured${of(p.injuriesOf)}`]),
              ];
        const harm = [
          ...(people.length === 0 ? [] : [people.join(", ")]),
          ...(p.damage === null ? [] : [`property damage about ${p.damage}${of(p.damageOf)}`]),
        ];
        const split = p.split.map(({ severity, cases }) => `${severity}: ${cases}`).join(", ");
        return `${upper(p.category)}: ${p.cases}${split === "" ? "" : ` (${split})`}${harm.length === 0 ? "" : `; ${harm.join(", ")}`}.`;
      },
      causes: (parts) =>
        `Causes: ${parts.map(({ cause, cases }) => `${cause}: ${cases}`).join("; ")}.`,
      clarified: ({ clarified, total, rate, previous, withCamera, suspects }) =>
        `${clarified} of ${total} clarified, ${rate}${previous === null ? "" : ` (${previous.ref}: ${previous.rate})`}, ${withCamera} with camera help; ${suspects} identified.`,
      table: ["Category", "Incidents", "Before", "Change", "Significant"],
    },
    activities: {
      title: "Activities",
      none: "No activity is recorded in the period.",
      patrols: ({ patrols, directedByCamera, change }) =>
        `${patrols}${directedByCamera === null ? "" : ` (${directedByCamera} directed by cameras)`}${change}`,
      ambushes: ({ ambushes, directedByCamera }) =>
        `${ambushes}${directedByCamera === null ? "" : ` (${directedByCamera} directed by cameras)`}`,
      tips: ({ tips, ledToIncident, change }) =>
        `${tips} from the public (${ledToIncident} led to an incident)${change}`,
      mediations: ({ mediations, succeeded, rate }) =>
        `${mediations}, ${succeeded} successful${rate === null ? "" : ` (${rate} of those concluded)`}`,
      outreach: ({ sessions, audience }) => `${sessions} of outreach (audience ${audience})`,
      drills: ({ drills, topics, scales }) =>
        `${drills}${topics.length + scales.length === 0 ? "" : ` (${[...topics, ...scales].join("; ")})`}`,
      drillTopic: ({ topic, count }) => (count === null ? topic : `${count} on ${topic}`),
      drillScale: ({ scale, count }) =>
        count === null ? `${scale} scale` : `${scale} scale: ${count}`,
      trainings: (trainings) => trainings,
      awards: ({ awards, cash }) => `${awards}${cash === null ? "" : ` (${cash})`}`,
      inPeriod: (parts) => `In the period: ${parts.join("; ")}.`,
      subjects: ({ apprehended, found, byCategory }) =>
        `Patrols and ambushes: ${[
          apprehended === null ? null : `${apprehended} apprehended`,
          found === null
            ? null
            : `${found} found or handled${byCategory.length > 0 ? ` (${byCategory.join("; ")})` : ""}`,
        ]
          .filter((part) => part !== null)
          .join("; ")}.`,
      subjectCategory: ({ category, count }) => `${category} ${count}`,
    },
    funding: {
      title: "Funding",
      none: "No contribution or expense is recorded in the period.",
      allCommunity: "all community funding",
      allBudget: "all state budget",
      split: ({ community, budget, unknown }) =>
        [
          community === null ? null : `community funding ${community}`,
          budget === null ? null : `state budget ${budget}`,
          unknown === null ? null : `source unknown ${unknown}`,
        ]
          .filter((part) => part !== null)
          .join(", "),
      contributions: ({ contributions, total, split, change }) =>
        `${upper(contributions)} received, ${total} in all (${split})${change}.`,
      expenses: ({ amount, count, split }) =>
        `${amount} spent (${count} expenses)${split === null ? "" : `, of which ${split}`}.`,
      byTarget: (parts) => `Contributions by purpose: ${parts.join("; ")}.`,
      byPurpose: (parts) => `Spending by purpose: ${parts.join("; ")}.`,
      moneyFor: ({ what, amount }) => `${what} ${amount}`,
      recognisedKind: ({ kind, recognized, assessed }) => `${kind} ${recognized}/${assessed}`,
      recognised: ({ recognized, assessed, kinds }) =>
        `Recognised "safe in security and order": ${recognized} of ${assessed} (${kinds.join("; ")}).`,
    },
    notes: {
      title: "Notes",
      periodNotCovered: ({ span }) =>
        `The dataset covers ${span} only, not all of the period: the figures may be incomplete.`,
      comparisonNotCovered: ({ ref, span }) =>
        `Changes from ${ref} are not given: the dataset covers ${span} only.`,
      warning: (message) => `${message}.`,
      significanceTest: (level) =>
        `Statistical significance: exact Poisson test at level ${level}; not applied to stock figures (models, teams, cameras) or money.`,
    },
    reconciliation: {
      title: "Reconciliation",
      intro: (period) =>
        `Records of the dataset counted for ${period} (each record is counted or given a reason).`,
      otherUnit: (count) => `other unit ${count}`,
      unknownUnit: (count) => `unknown unit code ${count}`,
      outsidePeriod: (count) => `outside the period ${count}`,
      collection: ({ collection, given, counted, excluded }) =>
        `${collection}: ${given} given, ${counted} counted${excluded.length > 0 ? `; not counted: ${excluded.join(", ")}` : ""}.`,
      table: [
        "Records",
        "Given",
        "Counted",
        "Other unit",
        "Unknown unit code",
        "Outside the period",
      ],
    },
  },
};
