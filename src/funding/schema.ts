import * as z from "zod";
import {
  CalendarDateSchema,
  codeList,
  ExtSchema,
  IdSchema,
  labelFields,
  NameSchema,
  PayerSchema,
  PositiveVndSchema,
  personalData,
  TextSchema,
  UnitCodeSchema,
} from "../core/index.js";
import {
  CONTRIBUTION_FIELDS,
  EXPENSE_FIELDS,
  FUNDS_CAMERAS_FIELDS,
  FUNDS_MODEL_FIELDS,
  FUNDS_MODEL_SITE_FIELDS,
  FUNDS_OTHER_FIELDS,
  FUNDS_TEAM_FIELDS,
} from "./field-labels.js";
import { EXPENSE_PURPOSE_LABELS, FUNDS_TARGET_KIND_LABELS } from "./labels.js";

/**
 * The kind of contributor: the payer code list (see {@link PayerSchema}), shared with a
 * camera point's funding and an expense's source.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { ContributorKindSchema } from "antt";
 * ContributorKindSchema.parse("business"); // "business"
 * ContributorKindSchema.safeParse("state").success; // false
 * ```
 */
export const ContributorKindSchema = PayerSchema;

// The source of funding (community or budget) is decided in core, beside the payer code
// list; the funding entry re-exports its schema.
export { FundingSourceSchema } from "../core/schemas.js";

/**
 * The kind of thing money is for (see {@link FUNDS_TARGET_KIND_LABELS}); the
 * discriminator of {@link FundsTargetSchema}.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { FundsTargetKindSchema } from "antt";
 * FundsTargetKindSchema.parse("model-site"); // "model-site"
 * ```
 */
export const FundsTargetKindSchema = /* @__PURE__ */ (() =>
  codeList(FUNDS_TARGET_KIND_LABELS, "What money is for"))();

/**
 * The purpose of an expense (see {@link EXPENSE_PURPOSE_LABELS}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { ExpensePurposeSchema } from "antt";
 * ExpensePurposeSchema.parse("equipment"); // "equipment"
 * ```
 */
export const ExpensePurposeSchema = /* @__PURE__ */ (() =>
  codeList(EXPENSE_PURPOSE_LABELS, "What money was spent on"))();

// The core CountSchema with its lower bound raised. It is built from z.int() rather than
// by adding .min(1) to the core schema, so that a negative value gives one issue, not two
// ("expected >=0" and "expected >0"); amounts use the core PositiveVndSchema likewise.
const positiveVnd = () => PositiveVndSchema;
const countFromOne = () => z.int().min(1);

const targetId = (what: string) =>
  IdSchema.describe(`Identifier of the ${what}, when the money is for a known one`).optional();

/**
 * What a contribution or an expense is for: one target, so that every đồng is counted
 * once.
 *
 * @description A discriminated union on `kind`: a model (`id` of the model), a site of
 * a model (`id` of the site), a team (`id` of the team), cameras (`cameraIds`, the
 * camera points bought, installed or repaired with the money) or something else
 * (`description`). The ids are optional: the kind alone says where the money goes in a
 * report. The amount is never split among `cameraIds`: a contribution of 20 million
 * đồng for 4 cameras counts 20 million once, under cameras. The same camera id may not
 * be listed twice.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { FundsTargetSchema } from "antt";
 * FundsTargetSchema.parse({ kind: "cameras", cameraIds: ["cam-1", "cam-2"] });
 * FundsTargetSchema.parse({ kind: "model-site", id: "site-kim-doi" });
 * FundsTargetSchema.safeParse({ kind: "team", cameraIds: ["cam-1"] }).success; // false
 * ```
 */
export const FundsTargetSchema = /* @__PURE__ */ (() =>
  z
    .discriminatedUnion("kind", [
      labelFields(
        z
          .strictObject({
            /** The money is for a model (mô hình) */
            kind: z.literal("model").describe("The money is for a model (mô hình)"),
            id: targetId("model"),
          })
          .describe("Funds for a security-and-order model"),
        FUNDS_MODEL_FIELDS,
      ),
      labelFields(
        z
          .strictObject({
            /** The money is for a site of a model (điểm mô hình) */
            kind: z
              .literal("model-site")
              .describe("The money is for a site of a model (điểm mô hình)"),
            id: targetId("model site"),
          })
          .describe("Funds for a site of a model"),
        FUNDS_MODEL_SITE_FIELDS,
      ),
      labelFields(
        z
          .strictObject({
            /** The money is for cameras (camera an ninh) */
            kind: z.literal("cameras").describe("The money is for cameras (camera an ninh)"),
            /** Camera points the money paid for; the amount is not split among them */
            cameraIds: z
              .array(IdSchema.describe("Identifier of a camera point"))
              .min(1)
              .max(10_000)
              .describe("Camera points the money paid for; the amount is not split among them")
              .optional(),
          })
          .superRefine((value, ctx) => {
            const seen = new Set<string>();
            value.cameraIds?.forEach((id, index) => {
              if (seen.has(id)) {
                ctx.addIssue({
                  code: "custom",
                  path: ["cameraIds", index],
                  message: `The camera ${id} is listed twice`,
                  params: { vi: `Camera ${id} bị ghi hai lần`, code: "funds-camera-repeated" },
                });
              }
              seen.add(id);
            });
          })
          .describe("Funds for cameras"),
        FUNDS_CAMERAS_FIELDS,
      ),
      labelFields(
        z
          .strictObject({
            /** The money is for a team (tổ) */
            kind: z.literal("team").describe("The money is for a team (tổ)"),
            id: targetId("team"),
          })
          .describe("Funds for a team"),
        FUNDS_TEAM_FIELDS,
      ),
      labelFields(
        z
          .strictObject({
            /** The money is for something else */
            kind: z.literal("other").describe("The money is for something else"),
            /** What the money is for */
            description: NameSchema.describe("What the money is for").optional(),
          })
          .describe("Funds for another purpose"),
        FUNDS_OTHER_FIELDS,
      ),
    ])
    .describe("What the money is for: one target"))();

/**
 * What a contribution or an expense is for (see {@link FundsTargetSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { FundsTarget } from "antt";
 * const target: FundsTarget = { kind: "cameras", cameraIds: ["cam-1"] };
 * ```
 */
export type FundsTarget = z.infer<typeof FundsTargetSchema>;

/**
 * A contribution (đóng góp) of money, or of goods valued in đồng, to the movement: from
 * households, businesses, organisations and individuals (xã hội hóa) or from the state
 * budget (ngân sách).
 *
 * @description `amount` is a whole number of đồng above 0. An in-kind contribution
 * (`inKind: true`, such as a donated camera) carries its value in đồng, so money and
 * goods add up in one total and can still be told apart. One record may pool what many
 * people gave in one collection: `contributorCount` says how many (such as the 50
 * households of a village). `unitCodeAsOf` defaults to `receivedOn`.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ContributionSchema, validate } from "antt";
 * ContributionSchema.parse({
 *   id: "con-1",
 *   unitCode: "20347",
 *   contributorKind: "household",
 *   contributorCount: 50,
 *   amount: 12_500_000,
 *   receivedOn: "2022-04-10",
 *   funds: { kind: "cameras" },
 * });
 * const zero = validate(ContributionSchema, {
 *   id: "con-2",
 *   unitCode: "20347",
 *   contributorKind: "business",
 *   amount: 0,
 *   receivedOn: "2022-04-10",
 *   funds: { kind: "other" },
 * });
 * if (!zero.success) console.log(zero.issues[0]?.path); // ["amount"]
 * ```
 */
export const ContributionSchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /** Identifier of the contribution */
        id: IdSchema.describe("Identifier of the contribution"),
        /** Administrative unit that received the contribution */
        unitCode: UnitCodeSchema.describe("Administrative unit that received the contribution"),
        /** Date the unit code was valid for; when absent, receivedOn */
        unitCodeAsOf: CalendarDateSchema.describe(
          "Date the unit code was valid for; when absent, receivedOn",
        ).optional(),
        /**
         * Who gave: a payer code (household, business, organization, budget, commune-budget...)
         */
        contributorKind: ContributorKindSchema.describe(
          "Who gave: a payer code (household, business, organization, budget, commune-budget...)",
        ),
        /**
         * Name of the contributor; personal data (basic): the contributor may be a person or a
         * household
         */
        contributorName: NameSchema.optional()
          .describe(
            "Name of the contributor; personal data (basic): the contributor may be a person or a household",
          )
          .meta(personalData("basic")),
        /** Number of contributors pooled in this record, such as households of a village */
        contributorCount: countFromOne()
          .describe("Number of contributors pooled in this record, such as households of a village")
          .optional(),
        /** Amount in đồng (whole number above 0) */
        amount: positiveVnd().describe("Amount in đồng (whole number above 0)"),
        /** Whether the contribution is goods or work valued in đồng rather than money */
        inKind: z
          .boolean()
          .describe("Whether the contribution is goods or work valued in đồng rather than money")
          .optional(),
        /** Day the contribution was received in Vietnam */
        receivedOn: CalendarDateSchema.describe("Day the contribution was received in Vietnam"),
        /** What the money is for: one target */
        funds: FundsTargetSchema,
        /** Free note */
        note: TextSchema.describe("Free note").optional(),
        /** App-specific data, not interpreted by the library */
        ext: ExtSchema.optional(),
      })
      .describe("A contribution (đóng góp, xã hội hóa) of money or goods valued in đồng"),
    CONTRIBUTION_FIELDS,
  ))();

/**
 * A contribution (see {@link ContributionSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { Contribution } from "antt";
 * const gift: Contribution = {
 *   id: "con-1",
 *   unitCode: "20347",
 *   contributorKind: "business",
 *   contributorName: "Công ty TNHH Xuân Sinh",
 *   amount: 5_000_000,
 *   inKind: true,
 *   receivedOn: "2024-01-15",
 *   funds: { kind: "cameras", cameraIds: ["cam-7"] },
 * };
 * ```
 *
 * @interface
 */
export type Contribution = z.infer<typeof ContributionSchema>;

/**
 * An expense (khoản chi) of the movement's money: cameras, equipment, training,
 * allowances for team members.
 *
 * @description `amount` is a whole number of đồng above 0. `source` says whose money
 * was spent (community or budget) when it is known; `funds` is the one target the
 * spending served, with the same shape as a contribution's. `unitCodeAsOf` defaults to
 * `spentOn`.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ExpenseSchema } from "antt";
 * ExpenseSchema.parse({
 *   id: "exp-1",
 *   unitCode: "20347",
 *   amount: 3_500_000,
 *   spentOn: "2022-05-02",
 *   purpose: "cameras",
 *   source: "community",
 *   funds: { kind: "cameras", cameraIds: ["cam-1", "cam-2"] },
 * });
 * ```
 */
export const ExpenseSchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /** Identifier of the expense */
        id: IdSchema.describe("Identifier of the expense"),
        /** Administrative unit that spent the money */
        unitCode: UnitCodeSchema.describe("Administrative unit that spent the money"),
        /** Date the unit code was valid for; when absent, spentOn */
        unitCodeAsOf: CalendarDateSchema.describe(
          "Date the unit code was valid for; when absent, spentOn",
        ).optional(),
        /** Amount in đồng (whole number above 0) */
        amount: positiveVnd().describe("Amount in đồng (whole number above 0)"),
        /** Day the money was spent in Vietnam */
        spentOn: CalendarDateSchema.describe("Day the money was spent in Vietnam"),
        /** What the money was spent on: cameras, equipment, training, allowance or other */
        purpose: ExpensePurposeSchema.describe(
          "What the money was spent on: cameras, equipment, training, allowance or other",
        ),
        /** Whose money was spent, when known: a payer code (community, budget, household...) */
        source: PayerSchema.describe(
          "Whose money was spent, when known: a payer code (community, budget, household...)",
        ).optional(),
        /** What the money is for: one target */
        funds: FundsTargetSchema,
        /**
         * Who was paid, such as the camera installer; personal data (basic): the payee may be a
         * person
         */
        payee: NameSchema.optional()
          .describe(
            "Who was paid, such as the camera installer; personal data (basic): the payee may be a person",
          )
          .meta(personalData("basic")),
        /** Free note */
        note: TextSchema.describe("Free note").optional(),
        /** App-specific data, not interpreted by the library */
        ext: ExtSchema.optional(),
      })
      .describe("An expense (khoản chi) of the movement's money"),
    EXPENSE_FIELDS,
  ))();

/**
 * An expense (see {@link ExpenseSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { Expense } from "antt";
 * const allowance: Expense = {
 *   id: "exp-2",
 *   unitCode: "20347",
 *   amount: 1_200_000,
 *   spentOn: "2024-06-30",
 *   purpose: "allowance",
 *   funds: { kind: "team", id: "team-12" },
 * };
 * ```
 *
 * @interface
 */
export type Expense = z.infer<typeof ExpenseSchema>;
