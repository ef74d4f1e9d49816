// The building blocks every kind of activity shares. Internal: the domain's index does not
// export them.
import * as z from "zod";
import {
  CalendarDateSchema,
  ExtSchema,
  IdSchema,
  TextSchema,
  UnitCodeSchema,
} from "../../core/index.js";

// CountSchema with its lower bound raised, built from z.int() rather than by adding
// .min(n) to CountSchema, so that a negative count gives one issue, not two.
export const countFrom = (min: number) => z.int().min(min);

// Fields every activity starts with (after `kind`) and ends with, so that all variants
// read the same way and JSON Schema lists them in the same order.
export const head = /* @__PURE__ */ (() => ({
  /** Identifier of the activity */
  id: IdSchema.describe("Identifier of the activity"),
  /**
   * Administrative unit the activity belongs to: where it took place, or where the award
   * recipient is
   */
  unitCode: UnitCodeSchema.describe(
    "Administrative unit the activity belongs to: where it took place, or where the award recipient is",
  ),
  /** Date the unit code was valid for; when absent, the activity's own date */
  unitCodeAsOf: CalendarDateSchema.describe(
    "Date the unit code was valid for; when absent, the activity's own date",
  ).optional(),
}))();

export const tail = /* @__PURE__ */ (() => ({
  /** Site of a security-and-order model the activity ran under */
  modelSiteId: IdSchema.describe(
    "Site of a security-and-order model the activity ran under",
  ).optional(),
  /** Team (tổ) that ran the activity */
  teamId: IdSchema.describe("Team (tổ) that ran the activity").optional(),
  /** Free note */
  note: TextSchema.describe("Free note").optional(),
  /** App-specific data, not interpreted by the library */
  ext: ExtSchema.optional(),
}))();
