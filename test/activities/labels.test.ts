import { describe, it } from "vitest";
import {
  ACTIVITY_KIND_LABELS,
  ActivityKindSchema,
  AWARD_FORM_LABELS,
  AWARD_LEVEL_LABELS,
  AWARD_RECIPIENT_KIND_LABELS,
  AwardFormSchema,
  AwardLevelSchema,
  AwardRecipientKindSchema,
  DISPUTE_KIND_LABELS,
  DisputeKindSchema,
  DRILL_LEVEL_LABELS,
  DRILL_TOPIC_LABELS,
  DrillLevelSchema,
  DrillTopicSchema,
  MEDIATION_OUTCOME_LABELS,
  MediationOutcomeSchema,
  OUTREACH_CHANNEL_LABELS,
  OUTREACH_TOPIC_LABELS,
  OutreachChannelSchema,
  OutreachTopicSchema,
  TIP_CHANNEL_LABELS,
  TIP_KIND_LABELS,
  TipChannelSchema,
  TipKindSchema,
} from "../../src/activities/index.js";
import {
  ACCEPTS_EXACTLY_THE_CODES,
  type CodeList,
  describeCodeLists,
  expectLabels,
  foldedCodeListNames,
  KEBAB_LETTERS,
} from "../support/code-lists.js";

const lists: CodeList[] = [
  ["ActivityKindSchema", ACTIVITY_KIND_LABELS, ActivityKindSchema],
  ["TipChannelSchema", TIP_CHANNEL_LABELS, TipChannelSchema],
  ["TipKindSchema", TIP_KIND_LABELS, TipKindSchema],
  ["DisputeKindSchema", DISPUTE_KIND_LABELS, DisputeKindSchema],
  ["MediationOutcomeSchema", MEDIATION_OUTCOME_LABELS, MediationOutcomeSchema],
  ["OutreachTopicSchema", OUTREACH_TOPIC_LABELS, OutreachTopicSchema],
  ["OutreachChannelSchema", OUTREACH_CHANNEL_LABELS, OutreachChannelSchema],
  ["DrillLevelSchema", DRILL_LEVEL_LABELS, DrillLevelSchema],
  ["DrillTopicSchema", DRILL_TOPIC_LABELS, DrillTopicSchema],
  ["AwardRecipientKindSchema", AWARD_RECIPIENT_KIND_LABELS, AwardRecipientKindSchema],
  ["AwardLevelSchema", AWARD_LEVEL_LABELS, AwardLevelSchema],
  ["AwardFormSchema", AWARD_FORM_LABELS, AwardFormSchema],
];

describe("activity code lists", () => {
  describeCodeLists({
    lists,
    names: {
      ...foldedCodeListNames(
        ACCEPTS_EXACTLY_THE_CODES,
        "has kebab-case codes and a Vietnamese and English label for each",
      ),
      jsonSchema: "carries its labels into JSON Schema",
    },
    codePattern: KEBAB_LETTERS,
  });

  it("labels the kinds with the words reports use", () => {
    expectLabels(ACTIVITY_KIND_LABELS, {
      patrol: "Tuần tra",
      ambush: "Mật phục",
      mediation: "Hòa giải",
    });
    expectLabels(MEDIATION_OUTCOME_LABELS, { failed: "Hòa giải không thành" });
    expectLabels(OUTREACH_CHANNEL_LABELS, { loudspeaker: "Tiếng loa an ninh" });
    expectLabels(AWARD_FORM_LABELS, { certificate: "Giấy khen", merit: "Bằng khen" });
    expectLabels(TIP_KIND_LABELS, { denunciation: "Tố giác", report: "Tin báo" });
  });
});
