// A site of a model (điểm mô hình, điểm nhân rộng): one place that applies the model.
import * as z from "zod";
import {
  CalendarDateSchema,
  ExtSchema,
  IdSchema,
  labelFields,
  NameSchema,
  TextSchema,
  UnitCodeSchema,
} from "../../core/index.js";
import { fail } from "../../core/refine.js";
import { ModelSiteKindSchema, ModelStatusSchema } from "../code-lists/schema.js";
import { checkLifecycle } from "../lifecycle.js";
import { ModelParticipantsSchema } from "../model/schema.js";
import { MODEL_SITE_FIELDS } from "./field-labels.js";

/**
 * A site of a model (điểm mô hình, điểm nhân rộng): one village, commune, agency, school
 * or other place that applies the model, with its own launch date and status.
 *
 * @description Guidance 22/HD-BCA-V05 has localities report the number of models, of
 * sites applying them and of teams running the sites apart; so a model replicated to 5
 * villages is one model with 6 sites. A replicated site names the site it was
 * replicated from (`replicatedFromSiteId`), never itself. The life-cycle rules are
 * those of {@link SecurityModelSchema}: `launchedOn` unless `proposed`; `endedOn` and
 * `endReason` when, and only when, `ended`; the end not before the launch.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ModelSiteSchema } from "antt";
 * ModelSiteSchema.parse({
 *   id: "site-kim-doi",
 *   modelId: "mh-tam-thang-5in1",
 *   unitCode: "20362.kim-doi",
 *   name: "Thôn Kim Đới",
 *   kind: "village",
 *   launchedOn: "2021-03-15",
 *   status: "active",
 *   participants: { households: 120 },
 * });
 * ```
 */
export const ModelSiteSchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /** Identifier of the site */
        id: IdSchema.describe("Identifier of the site"),
        /** Id of the model the site applies */
        modelId: IdSchema.describe("Id of the model the site applies"),
        /** Code of the unit (village or commune) where the site is */
        unitCode: UnitCodeSchema.describe(
          "Code of the unit (village or commune) where the site is",
        ),
        /** Date the unit code was valid for; the launch date when absent */
        unitCodeAsOf: CalendarDateSchema.optional().describe(
          "Date the unit code was valid for; the launch date when absent",
        ),
        /** Name of the site, such as the village's name */
        name: NameSchema.optional().describe("Name of the site, such as the village's name"),
        /** Kind of place */
        kind: ModelSiteKindSchema.describe("Kind of place"),
        /** Date the model was launched at this site; required unless the status is proposed */
        launchedOn: CalendarDateSchema.optional().describe(
          "Date the model was launched at this site; required unless the status is proposed",
        ),
        /** Life-cycle status of the site */
        status: ModelStatusSchema.describe("Life-cycle status of the site"),
        /** Date the site was ended; required when the status is ended */
        endedOn: CalendarDateSchema.optional().describe(
          "Date the site was ended; required when the status is ended",
        ),
        /** Why the site was ended; required when the status is ended */
        endReason: TextSchema.optional().describe(
          "Why the site was ended; required when the status is ended",
        ),
        /** Id of the site this one was replicated (nhân rộng) from */
        replicatedFromSiteId: IdSchema.optional().describe(
          "Id of the site this one was replicated (nhân rộng) from",
        ),
        /** Households and people taking part at this site */
        participants: ModelParticipantsSchema.optional().describe(
          "Households and people taking part at this site",
        ),
        /** Note */
        note: TextSchema.optional().describe("Note"),
        /** App-specific data, not interpreted by the library */
        ext: ExtSchema.optional(),
      })
      .superRefine((value, ctx) => {
        checkLifecycle(value, ctx, { en: "site", vi: "Điểm mô hình" });
        if (value.replicatedFromSiteId === value.id) {
          fail(
            ctx,
            "site-replicated-from-itself",
            ["replicatedFromSiteId"],
            "A site cannot be replicated from itself",
            "Điểm mô hình không thể nhân rộng từ chính nó",
          );
        }
      })
      .describe("A site of a model (điểm mô hình, điểm nhân rộng)"),
    MODEL_SITE_FIELDS,
  ))();

/**
 * A site of a model (see {@link ModelSiteSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { ModelSite } from "antt";
 * const site: ModelSite = {
 *   id: "site-thon-2",
 *   modelId: "mh-tam-thang-5in1",
 *   unitCode: "20362.thon-2",
 *   kind: "village",
 *   launchedOn: "2021-09-02",
 *   status: "active",
 *   replicatedFromSiteId: "site-kim-doi",
 * };
 * ```
 *
 * @interface
 */
export type ModelSite = z.infer<typeof ModelSiteSchema>;
