// The participants of validateDataset (internal to the dataset domain, not exported from
// the package): a model's own count of households or people is its total, so it cannot be
// below what its sites record together (the rule of the models summary's `participants`).
import { fieldLabelsOf } from "../core/index.js";
import type { Label } from "../core/labels.js";
import { ModelParticipantsSchema } from "../models/index.js";
import type { Checker, Raw, Valid } from "./validate-checker.js";

const WHO = ["households", "people"] as const;

/** Per model id, the sites' households and people added up. */
function sumsBySite(valid: Valid): Map<string, Record<(typeof WHO)[number], number>> {
  const sums = new Map<string, Record<(typeof WHO)[number], number>>();
  for (const site of valid.sites) {
    const participants = site?.["participants"] as Raw | undefined;
    if (!site || !participants) continue;
    const modelId = site["modelId"] as string;
    const into = sums.get(modelId) ?? { households: 0, people: 0 };
    for (const who of WHO) {
      const n = participants[who];
      if (typeof n === "number") into[who] += n;
    }
    sums.set(modelId, into);
  }
  return sums;
}

/** A model whose stated households or people are fewer than its sites' sum is an error. */
export function checkParticipants(c: Checker, valid: Valid): void {
  const sums = sumsBySite(valid);
  if (sums.size === 0) return;
  valid.models.forEach((model, i) => {
    const participants = model?.["participants"] as Raw | undefined;
    const ofSites = model && sums.get(model["id"] as string);
    if (!participants || !ofSites) return;
    for (const who of WHO) {
      const stated = participants[who];
      if (typeof stated !== "number" || stated >= ofSites[who]) continue;
      const field = fieldLabelsOf(ModelParticipantsSchema)?.[who] as Label;
      c.add(
        "error",
        ["models", i, "participants", who],
        "model-participants-below-sites",
        `The model's ${who} (${field.en.toLowerCase()}: ${stated}) are fewer than its sites' together (${ofSites[who]}): the model's count is its total`,
        `${field.vi} của mô hình (${stated}) nhỏ hơn tổng ${field.vi.toLowerCase()} của các điểm mô hình (${ofSites[who]}): số của mô hình là tổng số`,
      );
    }
  });
}
