// The sentences evaluation and recognition write, as templates: one table per locale
// (wording-en.ts, wording-vi.ts), the same keys in each. A template names its slots in
// braces, `{label}`; the engines choose a template and fill its slots.
import type { Locale } from "../../core/labels.js";
import type { ModelVerdictRule } from "./model-evaluation.js";
import { EN } from "./wording-en.js";
import { VI } from "./wording-vi.js";

/** The sentences of a criterion met when all of a count take part: households, staff. */
export interface ShareWording {
  /** What is counted, in `missing` and `noShare`. */
  readonly what: string;
  /** `{part}`, `{total}`: all took part. */
  readonly met: string;
  /** `{part}`, `{total}`, `{rate}` (the share in percent): not all did. */
  readonly notMet: string;
}

/** Every sentence of evaluation and recognition in one locale. */
export interface EvaluationWording {
  /** The reason of a model criterion (see `ModelReason.message`). */
  readonly reason: {
    /** `{label}`, `{needs}`: the evidence lacks the criterion's figure. */
    readonly unknown: string;
    /** `{needs}` of a criterion that names no field. */
    readonly anyFigure: string;
    /** `{label}`, `{value}`, `{requirement}`, `{outcome}`: the figure was judged. */
    readonly judged: string;
    /** `{threshold}`: the requirement of an `at-least` criterion. */
    readonly atLeast: string;
    /** `{threshold}`: the requirement of an `at-most` criterion. */
    readonly atMost: string;
    /** The outcome of a criterion met. */
    readonly met: string;
    /** The outcome of a criterion not met. */
    readonly notMet: string;
  };
  /** The explanation of a model's verdict (see `ModelEvaluation.explanation`). */
  readonly verdict: {
    /**
     * One template per rule, with the slots `{score}` (the `score` phrase, or nothing
     * when not graded), `{on}` and `{reason}` (`ended`), `{unknown}` (`not-graded`),
     * `{trend}` (`good-proven`) and `{why}` (`good`).
     */
    readonly rules: { readonly [R in ModelVerdictRule]: string };
    /** `{points}`: the score out of 100. */
    readonly score: string;
    /** `{date}`: the day the model was ended. */
    readonly endedOn: string;
    /** `{reason}`: why the model was ended. */
    readonly endReason: string;
    /** How a good grade compares with the earlier one, for `good-proven`. */
    readonly trend: { readonly up: string; readonly steady: string };
    /** `{unknown}`: why a good model is not replicated: some figures are unknown. */
    readonly unknownFigures: string;
    /** Why a good model is not replicated: there is no earlier grade. */
    readonly noEarlierGrade: string;
  };
  /** The sentences of "An toàn về ANTT" recognition. */
  readonly recognition: {
    /** `{what}`: the evidence lacks a figure. */
    readonly missing: string;
    /** `{what}`: the evidence counts none, so no share can be computed. */
    readonly noShare: string;
    /** The `households-registered` criterion. */
    readonly households: ShareWording;
    /** The `staff-briefed` criterion. */
    readonly staff: ShareWording;
    /** The `effective-model` criterion. */
    readonly effectiveModels: {
      /** What is counted, in `missing`. */
      readonly what: string;
      /** `{count}`: at least one effective model. */
      readonly met: string;
      /** No effective model. */
      readonly notMet: string;
    };
    /**
     * The explanation of an assessment, with the slots `{kind}` (`none`), `{year}`,
     * `{window}` and `{list}` (the criteria failed or unknown).
     */
    readonly outcome: {
      readonly none: string;
      readonly failed: string;
      readonly unknown: string;
      readonly recognized: string;
    };
  };
}

/** The wording of each locale a message is written in. */
export type Wordings = { readonly [L in Locale]: EvaluationWording };

/** The library's wording, English and Vietnamese. */
export const WORDINGS: Wordings = { en: EN, vi: VI };

/**
 * Fills the slots of a template: `{name}` becomes `values.name`; a slot without a value is
 * left as it is. Values are not read again for slots.
 */
export function fill(template: string, values: { readonly [slot: string]: string }): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => values[name] ?? slot);
}

/** A message in English and Vietnamese, each written by `write` in its locale. */
export function inBoth(write: (locale: Locale) => string): { en: string; vi: string } {
  return { en: write("en"), vi: write("vi") };
}
