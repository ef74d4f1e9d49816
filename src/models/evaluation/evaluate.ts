// The model evaluation engine: judges each criterion, grades, and chooses the verdict by
// one exhaustive match; the sentences are the wording's (wording-*.ts). Pure.
import { match, P } from "ts-pattern";
import type { Locale } from "../../core/labels.js";
import type { Period } from "../../core/period.js";
import { previousPeriod } from "../../core/period-arithmetic.js";
import { viDate } from "../../core/refine.js";
import { MODEL_GRADE_LABELS, type ModelGrade, type ReviewRecommendation } from "../labels.js";
import type { SecurityModel } from "../schema.js";
import type { ModelCriterion, ModelReason } from "./criterion.js";
import { checkIds, num, round2 } from "./internal.js";
import type { ModelVerdict } from "./labels.js";
import { DEFAULT_MODEL_CRITERIA, monthsOf } from "./model-criteria.js";
import type {
  ModelEvaluation,
  ModelEvaluationOptions,
  ModelTrend,
  ModelVerdictRule,
} from "./model-evaluation.js";
import type { ModelEvidence, ModelFigures } from "./schema.js";
import { fill, inBoth, WORDINGS, type Wordings } from "./wording.js";

const DEFAULT_FLOORS = { good: 85, fair: 70, average: 50 } as const;
const DEFAULT_MIN_KNOWN_SHARE = 0.6;

function checkCriteria(criteria: readonly { id: string; weight: number }[]): void {
  checkIds(criteria);
  for (const criterion of criteria) {
    if (!Number.isFinite(criterion.weight) || criterion.weight <= 0) {
      throw new RangeError(
        `Criterion ${criterion.id} has weight ${criterion.weight}: expected a finite number above 0 (Trọng số tiêu chí phải lớn hơn 0)`,
      );
    }
  }
}

function judge<E extends ModelEvidence>(
  wordings: Wordings,
  criterion: ModelCriterion<E>,
  evidence: E,
): ModelReason {
  const direction = criterion.direction ?? "at-least";
  const base = {
    criterion: criterion.id,
    label: criterion.label,
    threshold: criterion.threshold,
    direction,
    weight: criterion.weight,
  };
  const raw = criterion.measure(evidence);
  if (raw === undefined || !Number.isFinite(raw)) {
    const needs = criterion.needs.join(", ");
    return {
      ...base,
      status: "unknown",
      value: null,
      message: inBoth((locale) => {
        const words = wordings[locale].reason;
        return fill(words.unknown, {
          label: criterion.label[locale],
          needs: needs || words.anyFigure,
        });
      }),
    };
  }
  const value = round2(raw);
  const met =
    direction === "at-least" ? value >= criterion.threshold : value <= criterion.threshold;
  const unit = criterion.unit ?? { vi: "", en: "" };
  return {
    ...base,
    status: met ? "met" : "not-met",
    value,
    message: inBoth((locale) => {
      const words = wordings[locale].reason;
      return fill(words.judged, {
        label: criterion.label[locale],
        value: `${num(value, locale)}${unit[locale]}`,
        requirement: fill(direction === "at-least" ? words.atLeast : words.atMost, {
          threshold: `${num(criterion.threshold, locale)}${unit[locale]}`,
        }),
        outcome: met ? words.met : words.notMet,
      });
    }),
  };
}

interface Graded {
  readonly reasons: ModelReason[];
  readonly grade: ModelGrade;
  readonly score: number | undefined;
}

function gradeOf<E extends ModelEvidence>(
  wordings: Wordings,
  criteria: readonly ModelCriterion<E>[],
  evidence: E,
  options: ModelEvaluationOptions,
): Graded {
  const reasons = criteria.map((criterion) => judge(wordings, criterion, evidence));
  let total = 0;
  let known = 0;
  let met = 0;
  for (const reason of reasons) {
    total += reason.weight;
    if (reason.status !== "unknown") known += reason.weight;
    if (reason.status === "met") met += reason.weight;
  }
  const minShare = options.minKnownShare ?? DEFAULT_MIN_KNOWN_SHARE;
  if (known === 0 || known < total * minShare) {
    return { reasons, grade: "not-graded", score: undefined };
  }
  const score = Math.round((met / known) * 100);
  const floors = options.gradeFloors ?? DEFAULT_FLOORS;
  const grade: ModelGrade =
    score >= floors.good
      ? "good"
      : score >= floors.fair
        ? "fair"
        : score >= floors.average
          ? "average"
          : "weak";
  return { reasons, grade, score };
}

function figuresOf(from: ModelFigures): ModelFigures {
  const figures: {
    -readonly [K in keyof ModelFigures]: ModelFigures[K];
  } = {};
  if (from.activities !== undefined) figures.activities = from.activities;
  if (from.incidents !== undefined) figures.incidents = { ...from.incidents };
  if (from.participation !== undefined) figures.participation = { ...from.participation };
  if (from.funding !== undefined) figures.funding = { ...from.funding };
  if (from.sites !== undefined) figures.sites = from.sites;
  return figures;
}

const GRADE_RANK: Record<ModelGrade, number> = {
  good: 4,
  fair: 3,
  average: 2,
  weak: 1,
  "not-graded": 0,
};

function isDefaultGrade(grade: string): grade is ModelGrade {
  return Object.hasOwn(MODEL_GRADE_LABELS, grade);
}

function previousGrade<E extends ModelEvidence>(
  wordings: Wordings,
  model: SecurityModel,
  evidence: E,
  criteria: readonly ModelCriterion<E>[],
  options: ModelEvaluationOptions,
): ModelEvaluation["previous"] {
  const earlier = evidence.previous;
  if (earlier?.grade !== undefined) return { grade: earlier.grade, from: "evidence" };
  if (earlier !== undefined) {
    const figures = figuresOf(earlier);
    if (Object.keys(figures).length > 0) {
      // The earlier figures are judged alone: an evidence of the standard figures only.
      const alone = {
        period: earlier.period ?? previousPeriod(evidence.period),
        ...figures,
        ...(earlier.ext === undefined ? {} : { ext: earlier.ext }),
      } as E;
      return { grade: gradeOf(wordings, criteria, alone, options).grade, from: "figures" };
    }
  }
  const own = model.grade;
  if (
    own !== undefined &&
    own.scale === undefined &&
    own.reviewedOn < evidence.period.start &&
    isDefaultGrade(own.grade)
  ) {
    return { grade: own.grade, from: "model" };
  }
  return undefined;
}

function trendOf(grade: ModelGrade, previous: ModelGrade | undefined): ModelTrend {
  if (previous === undefined || grade === "not-graded" || previous === "not-graded") {
    return "unknown";
  }
  const change = GRADE_RANK[grade] - GRADE_RANK[previous];
  return change > 0 ? "up" : change < 0 ? "down" : "steady";
}

type ModelState = "active" | "suspended" | "ended" | "not-launched";

function stateOf(model: SecurityModel, period: Period): ModelState {
  return match(model.status)
    .returnType<ModelState>()
    .with("ended", () => "ended")
    .with("proposed", () => "not-launched")
    .with("active", "suspended", (status) =>
      model.launchedOn !== undefined && model.launchedOn > period.end ? "not-launched" : status,
    )
    .exhaustive();
}

/** The verdict of every rule; the rule itself is chosen by an exhaustive match. */
const RULE_VERDICT: Record<ModelVerdictRule, ModelVerdict> = {
  ended: "end",
  "not-launched": "improve",
  "not-graded": "improve",
  "weak-twice": "end",
  weak: "improve",
  suspended: "improve",
  "good-proven": "replicate",
  good: "maintain",
  fair: "maintain",
  average: "improve",
};

const VERDICT_RECOMMENDATION: Record<ModelVerdict, ReviewRecommendation> = {
  replicate: "replicate",
  maintain: "maintain",
  improve: "consolidate",
  end: "end",
};

function ruleOf(
  state: ModelState,
  grade: ModelGrade,
  trend: ModelTrend,
  complete: boolean,
): ModelVerdictRule {
  return match({ state, grade, trend, evidence: complete ? "complete" : "partial" } as const)
    .returnType<ModelVerdictRule>()
    .with({ state: "ended" }, () => "ended")
    .with({ state: "not-launched" }, () => "not-launched")
    .with({ grade: "not-graded" }, () => "not-graded")
    .with({ grade: "weak", trend: "steady" }, () => "weak-twice")
    .with({ grade: "weak" }, () => "weak")
    .with({ state: "suspended" }, () => "suspended")
    .with(
      { grade: "good", evidence: "complete", trend: P.union("up", "steady") },
      () => "good-proven",
    )
    .with({ grade: "good" }, () => "good")
    .with({ grade: "fair" }, () => "fair")
    .with({ grade: "average" }, () => "average")
    .exhaustive();
}

function labelsOf(reasons: readonly ModelReason[], locale: Locale): string {
  return reasons.map((reason) => reason.label[locale].toLowerCase()).join(", ");
}

/** The explanation of a verdict: the rule's template, its slots filled. */
function explain(
  wordings: Wordings,
  rule: ModelVerdictRule,
  model: SecurityModel,
  graded: Graded,
  trend: ModelTrend,
): ModelEvaluation["explanation"] {
  const unknown = graded.reasons.filter((reason) => reason.status === "unknown");
  return inBoth((locale) => {
    const words = wordings[locale].verdict;
    const unknownLabels = labelsOf(unknown, locale);
    const on = model.endedOn;
    return fill(words.rules[rule], {
      score: graded.score === undefined ? "" : fill(words.score, { points: String(graded.score) }),
      on: on ? fill(words.endedOn, { date: locale === "vi" ? viDate(on) : on }) : "",
      reason: model.endReason ? fill(words.endReason, { reason: model.endReason }) : "",
      unknown: unknownLabels,
      trend: trend === "up" ? words.trend.up : words.trend.steady,
      // Good is the top grade, so it cannot have fallen: either a figure is unknown or
      // there is no earlier grade to compare with.
      why:
        unknown.length > 0
          ? fill(words.unknownFigures, { unknown: unknownLabels })
          : words.noEarlierGrade,
    });
  });
}

/**
 * {@link evaluateModel}, writing the reasons and the explanation in the given wording.
 */
export function evaluateModelWith<E extends ModelEvidence>(
  wordings: Wordings,
  model: SecurityModel,
  evidence: E,
  criteria: readonly ModelCriterion<E>[] = DEFAULT_MODEL_CRITERIA,
  options: ModelEvaluationOptions = {},
): ModelEvaluation {
  checkCriteria(criteria);
  const state = stateOf(model, evidence.period);
  const judged = gradeOf(wordings, criteria, evidence, options);
  const graded: Graded =
    state === "not-launched" ? { ...judged, grade: "not-graded", score: undefined } : judged;
  const previous = previousGrade(wordings, model, evidence, criteria, options);
  const trend = trendOf(graded.grade, previous?.grade);
  const unknown = graded.reasons
    .filter((reason) => reason.status === "unknown")
    .map((reason) => reason.criterion);
  const rule = ruleOf(state, graded.grade, trend, unknown.length === 0);
  const verdict = RULE_VERDICT[rule];
  return {
    modelId: model.id,
    period: evidence.period,
    status: model.status,
    grade: graded.grade,
    verdict,
    recommendation: VERDICT_RECOMMENDATION[verdict],
    rule,
    explanation: explain(wordings, rule, model, graded, trend),
    ...(graded.score === undefined ? {} : { score: graded.score }),
    trend,
    ...(previous === undefined ? {} : { previous }),
    reasons: graded.reasons,
    unknown,
    figures: { ...figuresOf(evidence), months: round2(monthsOf(evidence.period)) },
  };
}

/**
 * Evaluates one model over a period (đánh giá, xếp loại mô hình) from the figures linked
 * to it: a grade on the default scale, a verdict (replicate, maintain, improve, end) and
 * the reasons, so that "keep the effective models, end the ineffective ones" can be
 * explained line by line.
 *
 * @description Each criterion (by default {@link DEFAULT_MODEL_CRITERIA}) gives a
 * reason: met, not met, or `unknown` when the evidence lacks its figure. The score is
 * the weight of the criteria met over the weight of the criteria known (0 to 100); the
 * grade is `good` from 85, `fair` from 70, `average` from 50, `weak` below (see
 * {@link ModelEvaluationOptions}). When less than 60% of the weight is known the model is
 * `not-graded`: missing figures are never read as zeros.
 *
 * The earlier period's grade is `previous.grade` of the evidence, else the grade of the
 * earlier figures judged with the same criteria, else the model's own `grade` when it is
 * on the default scale and dated before the period. The verdict then follows
 * {@link ModelVerdictRule}, written as one exhaustive ts-pattern match over the status,
 * the grade, the trend and whether every criterion is known: an `ended` model stays
 * ended; a `proposed` one (or one launched after the period) is not graded and must be
 * launched first; weak twice in a row is ended; weak once, average or suspended is
 * improved; fair, or good without full proof, is maintained; good on complete evidence,
 * held or raised from the earlier period, is replicated.
 *
 * The function is pure, deterministic and does not parse: give it a model that passed
 * {@link SecurityModelSchema} and evidence that passed {@link ModelEvidenceSchema}. With
 * valid evidence it never throws; a figure that is not a finite number makes its
 * criterion unknown.
 *
 * @param model - the model
 * @param evidence - its figures over the period (see {@link ModelEvidenceSchema})
 * @param criteria - the criteria, replacing the defaults; extend them with
 *   `[...DEFAULT_MODEL_CRITERIA, mine]`
 * @param options - grade floors and the known share needed to grade
 * @returns the {@link ModelEvaluation}
 * @throws RangeError when two criteria share an id or a weight is not above 0
 * @category Reports
 * @example
 * ```ts
 * import { evaluateModel, parsePeriod } from "antt";
 * const model = {
 *   id: "mh-kim-doi", name: "Tổ tự quản 5 trong 1 thôn Kim Đới", kind: "five-in-one",
 *   unitCode: "20362", launchedOn: "2021-03-15", status: "active",
 * } as const;
 * const result = evaluateModel(model, {
 *   period: parsePeriod("2024-H1"),
 *   activities: 18,
 *   incidents: { total: 4, clarified: 4 },
 *   participation: { households: 118, householdsInArea: 120 },
 *   funding: { community: 12_500_000, budget: 0 },
 *   previous: { activities: 15, grade: "good" },
 * });
 * result.grade;   // "good"
 * result.verdict; // "replicate"
 * result.reasons.map((reason) => reason.message.vi);
 * ```
 */
export function evaluateModel<E extends ModelEvidence>(
  model: SecurityModel,
  evidence: E,
  criteria: readonly ModelCriterion<E>[] = DEFAULT_MODEL_CRITERIA,
  options: ModelEvaluationOptions = {},
): ModelEvaluation {
  return evaluateModelWith(WORDINGS, model, evidence, criteria, options);
}

/**
 * Whether an evaluated model counts as effective (mô hình phát huy hiệu quả): its
 * verdict is `replicate` or `maintain`.
 *
 * @description Use it to fill `effectiveModels` of an "An toàn về ANTT" assessment
 * (see {@link assessSafetyRecognition}): count the models of the commune or agency
 * evaluated over the assessment window that are effective.
 *
 * @param evaluation - an evaluation, or just its verdict
 * @returns `true` for `replicate` and `maintain`
 * @category Reports
 * @example
 * ```ts
 * import { isEffectiveModel } from "antt";
 * isEffectiveModel({ verdict: "maintain" }); // true
 * isEffectiveModel({ verdict: "improve" });  // false
 * ```
 */
export function isEffectiveModel(evaluation: Pick<ModelEvaluation, "verdict">): boolean {
  return match(evaluation.verdict)
    .with("replicate", "maintain", () => true)
    .with("improve", "end", () => false)
    .exhaustive();
}
