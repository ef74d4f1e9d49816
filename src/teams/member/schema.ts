// The people of a team: its member households (hộ gia đình), its members by role, and the
// number of people in each role.
import * as z from "zod";
import {
  CalendarDateSchema,
  CountSchema,
  ExtSchema,
  IdSchema,
  labelFields,
  NameSchema,
  personalData,
} from "../../core/index.js";
import { fail, fieldsOk, noDuplicates, RUN_WITH_OTHER_ISSUES, viDate } from "../../core/refine.js";
import { ConsentRecipientSchema, TeamRoleSchema } from "../code-lists/schema.js";
import {
  TEAM_CONSENT_FIELDS,
  TEAM_HOUSEHOLD_FIELDS,
  TEAM_MEMBER_COUNTS_FIELDS,
  TEAM_MEMBER_FIELDS,
} from "./field-labels.js";

const PhoneSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .regex(
      /^(?:\+84|0)\d{9,10}$/,
      "Expected a Vietnamese phone number: 0 or +84 and 9 or 10 digits, without spaces",
    )
    .describe("Phone number: 0 or +84 followed by 9 or 10 digits, without spaces"))();

/**
 * A person's consent to the processing of their details (đồng ý xử lý dữ liệu cá nhân), as
 * a team member or a household head gives it: the day given, the day withdrawn, and which
 * organisations may see the details.
 *
 * @description Law 91/2025/QH15 lets a data subject give consent and withdraw it. A
 * withdrawn consent is honoured by `redact` of antt/privacy: the person's marked details are
 * removed at every level. `shareWith` lists the organisations the person lets see their
 * details; absent, the consent names none in particular. `withdrawnOn` may not be before
 * `givenOn` (the same day is allowed), and each organisation is listed once.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { TeamConsentSchema } from "antt";
 * TeamConsentSchema.parse({ givenOn: "2026-01-05", shareWith: ["police", "commune"] });
 * TeamConsentSchema.safeParse({ givenOn: "2026-01-05", withdrawnOn: "2025-12-01" }).success; // false
 * ```
 */
export const TeamConsentSchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /** Day the person gave consent */
        givenOn: CalendarDateSchema.describe("Day the person gave consent"),
        /** Day the person withdrew consent, on or after givenOn; absent while it holds */
        withdrawnOn: CalendarDateSchema.optional().describe(
          "Day the person withdrew consent, on or after givenOn; absent while it holds",
        ),
        /** Organisations the person lets see their details, each once */
        shareWith: z
          .array(ConsentRecipientSchema)
          .max(16)
          .optional()
          .describe("Organisations the person lets see their details, each once"),
      })
      .superRefine((consent, ctx) => {
        if (
          fieldsOk(ctx, "givenOn", "withdrawnOn") &&
          consent.withdrawnOn !== undefined &&
          consent.withdrawnOn < consent.givenOn
        ) {
          fail(
            ctx,
            "consent-withdrawn-before-given",
            ["withdrawnOn"],
            `The consent is withdrawn on ${consent.withdrawnOn}, before it was given on ${consent.givenOn}`,
            `Ngày rút lại sự đồng ý ${viDate(consent.withdrawnOn)} trước ngày đồng ý ${viDate(consent.givenOn)}`,
          );
        }
        if (fieldsOk(ctx, "shareWith") && consent.shareWith !== undefined) {
          noDuplicates(ctx, "consent-recipient-repeated", "shareWith", consent.shareWith, {
            en: "Organisation",
            vi: "Tổ chức",
          });
        }
      }, RUN_WITH_OTHER_ISSUES)
      .describe("A person's consent to the processing of their details"),
    TEAM_CONSENT_FIELDS,
  ))();

/**
 * A person's consent (see {@link TeamConsentSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { TeamConsent } from "antt";
 * const consent: TeamConsent = { givenOn: "2026-01-05", withdrawnOn: "2026-03-01" };
 * ```
 *
 * @interface
 */
export type TeamConsent = z.infer<typeof TeamConsentSchema>;

/**
 * A household that belongs to a team (hộ gia đình tham gia tổ), named by its head.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { TeamHouseholdSchema } from "antt";
 * TeamHouseholdSchema.parse({ id: "ho-12", headName: "Nguyễn Văn An", address: "Kiệt 12 Trần Phú" });
 * ```
 */
export const TeamHouseholdSchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /** Identifier of the household, unique within the team */
        id: IdSchema.optional().describe("Identifier of the household, unique within the team"),
        /** Name of the head of the household (chủ hộ); personal data (basic) */
        headName: NameSchema.describe(
          "Name of the head of the household (chủ hộ); personal data (basic)",
        ).meta(personalData("basic")),
        /** Address of the household; personal data (basic) */
        address: NameSchema.optional()
          .describe("Address of the household; personal data (basic)")
          .meta(personalData("basic")),
        /**
         * Phone number: 0 or +84 followed by 9 or 10 digits, without spaces; personal data
         * (basic)
         */
        phone: PhoneSchema.optional()
          .describe(
            "Phone number: 0 or +84 followed by 9 or 10 digits, without spaces; personal data (basic)",
          )
          .meta(personalData("basic")),
        /** The head of household's consent to the processing of the household's details */
        consent: TeamConsentSchema.optional().describe(
          "The head of household's consent to the processing of the household's details",
        ),
        /** App-specific data, not interpreted by the library */
        ext: ExtSchema.optional(),
      })
      .describe("A household that belongs to a team"),
    TEAM_HOUSEHOLD_FIELDS,
  ))();

/**
 * A household of a team (see {@link TeamHouseholdSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { TeamHousehold } from "antt";
 * const household: TeamHousehold = { headName: "Trần Thị Bình" };
 * ```
 *
 * @interface
 */
export type TeamHousehold = z.infer<typeof TeamHouseholdSchema>;

/**
 * A person in a team, with their role: leader (tổ trưởng), deputy (tổ phó) or member (tổ
 * viên).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { TeamMemberSchema } from "antt";
 * TeamMemberSchema.parse({ name: "Lê Văn Cường", role: "leader", phone: "0912345678", trainedOn: "2024-07-20" });
 * ```
 */
export const TeamMemberSchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /** Identifier of the person, unique within the team */
        id: IdSchema.optional().describe("Identifier of the person, unique within the team"),
        /** Full name; personal data (basic) */
        name: NameSchema.describe("Full name; personal data (basic)").meta(personalData("basic")),
        /** Role in the team */
        role: TeamRoleSchema.describe("Role in the team"),
        /**
         * Phone number: 0 or +84 followed by 9 or 10 digits, without spaces; personal data
         * (basic)
         */
        phone: PhoneSchema.optional()
          .describe(
            "Phone number: 0 or +84 followed by 9 or 10 digits, without spaces; personal data (basic)",
          )
          .meta(personalData("basic")),
        /** The person's consent to the processing of their details */
        consent: TeamConsentSchema.optional().describe(
          "The person's consent to the processing of their details",
        ),
        /** Date of the person's latest training */
        trainedOn: CalendarDateSchema.optional().describe("Date of the person's latest training"),
        /** App-specific data, not interpreted by the library */
        ext: ExtSchema.optional(),
      })
      .describe("A person in a team"),
    TEAM_MEMBER_FIELDS,
  ))();

/**
 * A person in a team (see {@link TeamMemberSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { TeamMember } from "antt";
 * const deputy: TeamMember = { name: "Phạm Thị Dung", role: "deputy" };
 * ```
 *
 * @interface
 */
export type TeamMember = z.infer<typeof TeamMemberSchema>;

/**
 * How many people of a team hold each role. These are the figures counted; a list of
 * members, when recorded, must agree with them.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { TeamMemberCountsSchema } from "antt";
 * TeamMemberCountsSchema.parse({ leader: 1, deputy: 1, member: 1 });
 * ```
 */
export const TeamMemberCountsSchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /** Number of leaders (tổ trưởng) */
        leader: CountSchema.describe("Number of leaders (tổ trưởng)"),
        /** Number of deputies (tổ phó) */
        deputy: CountSchema.describe("Number of deputies (tổ phó)"),
        /** Number of members (tổ viên) */
        member: CountSchema.describe("Number of members (tổ viên)"),
      })
      .describe("Number of people in each role"),
    TEAM_MEMBER_COUNTS_FIELDS,
  ))();

/**
 * People of a team by role (see {@link TeamMemberCountsSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { TeamMemberCounts } from "antt";
 * const hcmcMinimum: TeamMemberCounts = { leader: 1, deputy: 1, member: 1 };
 * ```
 *
 * @interface
 */
export type TeamMemberCounts = z.infer<typeof TeamMemberCountsSchema>;
