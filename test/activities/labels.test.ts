import { describe, expect, it } from "vitest";
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
import { label } from "../../src/core/index.js";
import { type CodeList, describeCodeLists, KEBAB_LETTERS } from "../support/code-lists.js";

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
      codes: "accepts exactly the codes that have labels",
      rejects: "accepts exactly the codes that have labels",
      labels: "has kebab-case codes and a Vietnamese and English label for each",
      kebab: "has kebab-case codes and a Vietnamese and English label for each",
      jsonSchema: "carries its labels into JSON Schema",
    },
    codePattern: KEBAB_LETTERS,
  });

  it("labels the kinds with the words reports use", () => {
    expect(label(ACTIVITY_KIND_LABELS, "patrol")).toBe("Tuần tra");
    expect(label(ACTIVITY_KIND_LABELS, "ambush")).toBe("Mật phục");
    expect(label(ACTIVITY_KIND_LABELS, "mediation")).toBe("Hòa giải");
    expect(label(MEDIATION_OUTCOME_LABELS, "failed")).toBe("Hòa giải không thành");
    expect(label(OUTREACH_CHANNEL_LABELS, "loudspeaker")).toBe("Tiếng loa an ninh");
    expect(label(AWARD_FORM_LABELS, "certificate")).toBe("Giấy khen");
    expect(label(AWARD_FORM_LABELS, "merit")).toBe("Bằng khen");
    expect(label(TIP_KIND_LABELS, "denunciation")).toBe("Tố giác");
    expect(label(TIP_KIND_LABELS, "report")).toBe("Tin báo");
  });
});
