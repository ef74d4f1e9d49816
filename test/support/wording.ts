// The wording of the evaluations of models and of safety recognition, marked to tell a
// template from a word. Test-only: nothing in src/ imports this.
import { type EvaluationWording, WORDINGS } from "../../src/models/evaluation/wording.js";

/** A copy of a wording with every template (every string in it) marked «…». */
export const marked = (words: unknown): unknown =>
  typeof words === "string"
    ? `«${words}»`
    : Object.fromEntries(
        Object.entries(words as object).map(([key, value]) => [key, marked(value)]),
      );

/** A test-only locale: the English wording with every template marked «…». */
export const TEST_LOCALE = { en: marked(WORDINGS.en) as EvaluationWording, vi: WORDINGS.vi };
