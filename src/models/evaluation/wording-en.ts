// The sentences of evaluation and recognition in English, as data (see wording.ts).
import type { EvaluationWording } from "./wording.js";

export const EN: EvaluationWording = {
  reason: {
    unknown: "{label}: unknown, the evidence lacks {needs} (not counted as zero)",
    anyFigure: "its figure",
    judged: "{label}: {value} ({requirement}): {outcome}",
    atLeast: "at least {threshold}",
    atMost: "at most {threshold}",
    met: "met",
    notMet: "not met",
  },
  verdict: {
    rules: {
      ended: "The model was ended (thanh loại){on}{reason}",
      "not-launched": "The model was not launched in the period: launch it before it can be graded",
      "not-graded":
        "Too little evidence to grade the model (unknown: {unknown}): complete the figures before deciding",
      "weak-twice":
        "Graded weak{score} in this period and in the one before: end the model (thanh loại)",
      weak: "Graded weak{score}: improve the model; if it is weak again in the next period it will be ended",
      suspended:
        "The model is suspended{score}: improve it and restart it before it can be kept or replicated",
      "good-proven":
        "Graded good{score} on complete evidence, {trend} the earlier period: replicate the model",
      good: "Graded good{score}; not replicated yet because {why}: maintain the model",
      fair: "Graded fair{score}: maintain the model",
      average: "Graded average{score}: improve the model",
    },
    score: " (score {points}/100)",
    endedOn: " on {date}",
    endReason: ": {reason}",
    trend: { up: "up from", steady: "as in" },
    unknownFigures: "some figures are unknown ({unknown})",
    noEarlierGrade: "no earlier grade to compare with",
  },
  recognition: {
    missing: "Unknown: {what} not in the evidence",
    noShare: "Unknown: the evidence gives 0 {what}, so no share can be computed",
    households: {
      what: "households",
      met: "{part} of {total} households (100%) registered to take part",
      notMet: "Only {part} of {total} households ({rate}%) registered to take part; all must",
    },
    staff: {
      what: "staff",
      met: "{part} of {total} staff (100%) briefed",
      notMet: "Only {part} of {total} staff ({rate}%) briefed; all must be",
    },
    effectiveModels: {
      what: "the number of effective models",
      met: "{count} effective model(s) of the movement (at least 1)",
      notMet: "No effective model of the movement (at least 1 is required)",
    },
    outcome: {
      none: "No required criterion applies to a {kind}: pass the criteria to assess it on",
      failed: "Not recognised for {year} ({window}): not met: {list}",
      unknown: "Cannot be decided for {year} yet ({window}): unknown: {list}",
      recognized: "Meets every required criterion for {year} ({window})",
    },
  },
};
