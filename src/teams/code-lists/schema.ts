// The code lists of the team records as zod enums, each built from its labels in
// ../labels.ts. The record schemas import them from here; ../schema.ts re-exports them.
import { codeList } from "../../core/index.js";
import {
  CONSENT_RECIPIENT_LABELS,
  TEAM_CHAT_PLATFORM_LABELS,
  TEAM_EQUIPMENT_KIND_LABELS,
  TEAM_KIND_LABELS,
  TEAM_ROLE_LABELS,
  TEAM_TRAINING_KIND_LABELS,
  TEAM_TRAINING_LEVEL_LABELS,
} from "../labels.js";

/**
 * The kind of a team, a code of {@link TEAM_KIND_LABELS}.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { TeamKindSchema } from "antt";
 * TeamKindSchema.parse("fire-safety-group");
 * ```
 */
export const TeamKindSchema = /* @__PURE__ */ (() => codeList(TEAM_KIND_LABELS, "Kind of team"))();

/**
 * A role in a team, a code of {@link TEAM_ROLE_LABELS}.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { TeamRoleSchema } from "antt";
 * TeamRoleSchema.parse("leader");
 * ```
 */
export const TeamRoleSchema = /* @__PURE__ */ (() =>
  codeList(TEAM_ROLE_LABELS, "Role in a team"))();

/**
 * A kind of team equipment, a code of {@link TEAM_EQUIPMENT_KIND_LABELS}.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { TeamEquipmentKindSchema } from "antt";
 * TeamEquipmentKindSchema.parse("siren");
 * ```
 */
export const TeamEquipmentKindSchema = /* @__PURE__ */ (() =>
  codeList(TEAM_EQUIPMENT_KIND_LABELS, "Kind of team equipment"))();

/**
 * The platform of a team's chat group, a code of {@link TEAM_CHAT_PLATFORM_LABELS}.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { TeamChatPlatformSchema } from "antt";
 * TeamChatPlatformSchema.parse("zalo");
 * ```
 */
export const TeamChatPlatformSchema = /* @__PURE__ */ (() =>
  codeList(TEAM_CHAT_PLATFORM_LABELS, "Platform of a team's chat group"))();

/**
 * The kind of a team exercise, a code of {@link TEAM_TRAINING_KIND_LABELS}.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { TeamTrainingKindSchema } from "antt";
 * TeamTrainingKindSchema.parse("training");
 * ```
 */
export const TeamTrainingKindSchema = /* @__PURE__ */ (() =>
  codeList(TEAM_TRAINING_KIND_LABELS, "Kind of team exercise: training or drill"))();

/**
 * The level that organised a training or drill, a code of
 * {@link TEAM_TRAINING_LEVEL_LABELS}.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { TeamTrainingLevelSchema } from "antt";
 * TeamTrainingLevelSchema.parse("province");
 * ```
 */
export const TeamTrainingLevelSchema = /* @__PURE__ */ (() =>
  codeList(TEAM_TRAINING_LEVEL_LABELS, "Level that organised a training or drill"))();

/**
 * An organisation a consent lets see a person's details, a code of
 * {@link CONSENT_RECIPIENT_LABELS}.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { ConsentRecipientSchema } from "antt";
 * ConsentRecipientSchema.parse("commune");
 * ```
 */
export const ConsentRecipientSchema = /* @__PURE__ */ (() =>
  codeList(CONSENT_RECIPIENT_LABELS, "An organisation a consent lets see a person's details"))();
